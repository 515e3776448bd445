// Makes sure the browser tests have a Chromium, before any test runs: CHROMIUM_PATH when it is
// set, else Chromium's headless shell or the full browser (tests/support/browser.ts says why the
// shell comes first). When neither is installed, or only the full browser, and we may install
// (root with apt-get), it installs Debian's `chromium-headless-shell` (falling back to `chromium`).
// Otherwise it stops with what to do, rather than letting browser tests fail one by one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_CANDIDATES } from './browser.ts';

const [SHELL, FULL] = CHROMIUM_CANDIDATES;
const mayInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** Installs Debian packages; false when apt-get fails (no such package, no network). */
function aptInstall(packages: string): boolean {
  try {
    execSync(`{ apt-get update -qq || true; } && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
      stdio: 'inherit',
      timeout: 600_000,
    });
    return true;
  } catch {
    return false;
  }
}

const wanted = process.env.CHROMIUM_PATH;
if (wanted) {
  if (!existsSync(wanted)) {
    console.error(`CHROMIUM_PATH is ${wanted}, and there is no such file. Point it at a Chromium, or unset it.`);
    process.exit(1);
  }
} else if (!existsSync(SHELL)) {
  if (mayInstall) {
    console.log('Installing Chromium\'s headless shell for the browser tests (apt-get install chromium-headless-shell)…');
    if (!aptInstall('chromium-headless-shell') && !existsSync(FULL)) {
      console.log('No headless shell to be had; installing the full Chromium (apt-get install chromium)…');
      aptInstall('chromium');
    }
  }
  if (!existsSync(SHELL)) {
    if (!existsSync(FULL)) {
      console.error(
        `Chromium is needed for the browser tests and was not found at ${SHELL} or ${FULL}.\n` +
          'Install it (Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell, or chromium) or set CHROMIUM_PATH.',
      );
      process.exit(1);
    }
    console.log(`Browser tests use ${FULL}; with chromium-headless-shell installed they take about a fifth less time.`);
  }
}

// The print tests read their PDFs back with poppler (pdftotext, pdfimages).
const hasPoppler = () => {
  try {
    execSync('pdftotext -v', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!hasPoppler()) {
  if (!mayInstall) {
    console.error('poppler-utils (pdftotext, pdfimages) is needed for the print tests.\nInstall it (Debian/Ubuntu: sudo apt-get install -y poppler-utils).');
    process.exit(1);
  }
  console.log('Installing poppler-utils for the print tests (apt-get install poppler-utils)…');
  if (!aptInstall('poppler-utils')) process.exit(1);
}

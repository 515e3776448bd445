// Makes sure the browser tests have a Chromium: uses CHROMIUM_PATH or /usr/bin/chromium, and
// installs Debian's package when it is missing and we may (root with apt-get). Otherwise it
// stops with what to do, rather than letting browser tests fail one by one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`Chromium is needed for the browser tests and was not found at ${path}.\nInstall it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils', { stdio: 'inherit' });
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
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
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error('poppler-utils (pdftotext, pdfimages) is needed for the print tests.\nInstall it (Debian/Ubuntu: sudo apt-get install -y poppler-utils).');
    process.exit(1);
  }
  console.log('Installing poppler-utils for the print tests (apt-get install poppler-utils)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
}

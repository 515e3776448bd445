// Builds the site from a copy of the content, changed by a test, into a temporary folder.
// Used to prove that wrong content stops the build with a precise message.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FixtureBuild {
  /** Exit code of the build (`npm run build`'s script). */
  status: number | null;
  /** Everything the build printed, stdout and stderr. */
  output: string;
  /** Where the build wrote (or would have written) the site. */
  outDir: string;
  /** The copied content folder (its `dokumenter/` is what was built). */
  contentDir: string;
}

/**
 * The environment without what Vitest sets for itself: its BASE_URL, MODE and NODE_ENV=test
 * would leak into the child's Vite and override the build's own base and mode.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

/** The real document's folder inside a content folder. */
export const REAL_DOCUMENT = 'dokumenter/2022-oekonomiudvalget';

/** The folder of the real document's areas inside a (copied) content folder. */
export function areaDir(contentDir: string): string {
  return join(contentDir, REAL_DOCUMENT, 'omraader');
}

/** Copies content/, lets `change` edit the copy, and builds it. */
export function buildWithContent(
  change: (contentDir: string) => void,
  { env = {} }: { env?: Record<string, string> } = {},
): FixtureBuild {
  const work = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  change(contentDir);
  const outDir = join(work, 'dist');
  // The Node running the tests (24, from node_modules) runs the build too, whatever PATH says;
  // through the same script as `npm run build`, so fixture builds show what that command leaves.
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/build.ts'), '--outDir', outDir], {
    cwd: ROOT,
    env: { ...cleanEnv(), BUDGET_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
    encoding: 'utf-8',
  });
  // Colour codes (Astro prints them when CI is set) would split the words tests look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir, contentDir };
}

/** Replaces text in one copied area file; fails loudly if the text is not there. */
export function editArea(contentDir: string, id: string, from: string | RegExp, to: string): void {
  const file = join(areaDir(contentDir), `${id}.mdx`);
  const text = readFileSync(file, 'utf-8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`Fixture edit found nothing to replace in ${id}.mdx: ${String(from)}`);
  writeFileSync(file, next);
}

/** True when a build folder holds a site (its front page). */
export function hasSite(outDir: string): boolean {
  return existsSync(join(outDir, 'index.html'));
}

/** True when the build left anything at all where the site would be. */
export function leftOutput(outDir: string): boolean {
  return existsSync(outDir);
}

// Builds the site from a copy of the content, changed by a test, into a temporary folder.
// Used to prove that wrong content stops the build with a precise message.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

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

// Fixture builds live in the project, not in the system's temporary folder: Astro puts a build's
// prerender chunks in its output folder only when that is below the working directory, and
// otherwise in <project>/.astro/, where builds running side by side would overwrite each other's.
/** The environment variable that names the folder of this test run's fixture builds. */
export const FIXTURE_RUN = 'BUDGET_TESTS_FIXTURES';

/**
 * Where fixture builds go: the folder the site tests' global setup made for this run (removed
 * when the run ends, tests/support/global-setup.ts), else .fixture-builds/ in the project.
 */
function fixturesDir(): string {
  return process.env[FIXTURE_RUN] ?? join(ROOT, '.fixture-builds');
}

/** A new folder for this run's fixture builds, inside the project (see above). */
export function newFixtureRun(): string {
  mkdirSync(join(ROOT, '.fixture-builds'), { recursive: true });
  return mkdtempSync(join(ROOT, '.fixture-builds', 'run-'));
}

const made = new Set<string>();
// What a process made, it removes when it exits (a test that wants to look can copy it first).
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the content in a fresh folder, edited by `change`; `work` also holds the build. */
export function copyContent(change: (contentDir: string) => void): { work: string; contentDir: string } {
  mkdirSync(fixturesDir(), { recursive: true });
  const work = mkdtempSync(join(fixturesDir(), 'budget-fixture-'));
  made.add(work);
  return { work, contentDir: copyContentInto(work, change) };
}

/** Copies content/ into `work`/content and lets `change` edit the copy. */
function copyContentInto(work: string, change: (contentDir: string) => void): string {
  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  change(contentDir);
  return contentDir;
}

/** Options of a fixture build. */
export interface BuildOptions {
  /** More environment for the build. */
  env?: Record<string, string>;
  /** `astro build` alone, without the build script's content check and after-build passes (as `astro dev` reads content). */
  astroAlone?: boolean;
}

/** How to run the build script on a content copy: the command, its arguments and environment. */
export function buildCommand(work: string, contentDir: string, { env = {}, astroAlone = false }: BuildOptions = {}) {
  const outDir = join(work, 'dist');
  // The Node running the tests (24, from node_modules) runs the build too, whatever PATH says;
  // through the same script as `npm run build`, so fixture builds show what that command leaves.
  const command = astroAlone ? [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'] : [join(ROOT, 'src/cli/build.ts')];
  return {
    outDir,
    args: [...command, '--outDir', outDir],
    // Its own root (astro.config.mjs): Astro's .astro/ folder, written during the build, is then
    // the fixture's, not shared with builds running beside it. Only scoped class names and asset
    // file names differ from a build at the project's root (they are hashed from paths).
    options: { cwd: ROOT, env: { ...fixtureEnv(work, contentDir), ...env } },
  };
}

/** The environment of Astro on a content copy in `work`: its content, its own cache and root. */
function fixtureEnv(work: string, contentDir: string): NodeJS.ProcessEnv {
  return { ...cleanEnv(), BUDGET_CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_ROOT: work };
}

/** How to run `astro dev` on a content copy (its own root, as a fixture build has), on `port`. */
export function devCommand(work: string, contentDir: string, port: number) {
  return {
    args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    options: { cwd: ROOT, env: fixtureEnv(work, contentDir) },
  };
}

// Colour codes (Astro prints them when CI is set) would split the words tests look for.
/** Astro's output without its colour codes. */
export const withoutColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const plain = (stdout: string, stderr: string) => withoutColours(`${stdout}\n${stderr}`);

// Fixture builds are independent: two at a time use a two-core machine, more only queue up.
const BUILD_SLOTS = Math.max(1, Math.min(2, availableParallelism()));
let running = 0;
const waiting: (() => void)[] = [];

/** Runs `task` when one of the build slots is free. */
async function inBuildSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= BUILD_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Copies content/, lets `change` edit the copy, and builds it; tests may start several, two build at a time. */
export function buildWithContent(change: (contentDir: string) => void, options: BuildOptions = {}): Promise<FixtureBuild> {
  const { work, contentDir } = copyContent(change);
  return runBuild(work, contentDir, options);
}

/** Builds `contentDir` into `work`/dist when a build slot is free. */
function runBuild(work: string, contentDir: string, buildOptions: BuildOptions): Promise<FixtureBuild> {
  const { outDir, args, options } = buildCommand(work, contentDir, buildOptions);
  return inBuildSlot(
    () =>
      new Promise<FixtureBuild>((resolve, reject) => {
        const child = spawn(process.execPath, args, options);
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output: plain(stdout, stderr), outDir, contentDir }));
      }),
  );
}

/**
 * A fixture build that several test files read, made once per run: the first file that asks
 * builds it into shared/<name>/ in the run's folder, later ones read what it wrote there. A file
 * that finds the build under way (files running side by side) waits for it. The run's folder is
 * new for each run, so a build never outlives the content and code it was made from. Tests must
 * not change it.
 */
export async function sharedBuild(
  name: string,
  change: (contentDir: string) => void,
  { env = {} }: { env?: Record<string, string> } = {},
): Promise<FixtureBuild> {
  const shared = join(fixturesDir(), 'shared');
  const work = join(shared, name);
  const resultFile = join(work, 'build.json');
  mkdirSync(shared, { recursive: true });
  try {
    mkdirSync(work);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Claimed already, in this process or another: its result appears when its build is done.
    const deadline = Date.now() + 600_000;
    while (!existsSync(resultFile)) {
      if (Date.now() > deadline) throw new Error(`The shared fixture build "${name}" (${work}) did not finish within 10 minutes.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return JSON.parse(readFileSync(resultFile, 'utf-8')) as FixtureBuild;
  }
  const build = await runBuild(work, copyContentInto(work, change), { env });
  writeFileSync(`${resultFile}.part`, JSON.stringify(build));
  renameSync(`${resultFile}.part`, resultFile);
  return build;
}

/** Replaces text in one copied area file; fails loudly if the text is not there. */
export function editArea(contentDir: string, id: string, from: string | RegExp, to: string): void {
  editContentFile(contentDir, relative(contentDir, join(areaDir(contentDir), `${id}.mdx`)), from, to);
}

/** Replaces text in a file under a copied content folder (`file`, e.g. "ordliste.yaml"); the text must be there. */
export function editContentFile(contentDir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(contentDir, file);
  const text = readFileSync(path, 'utf-8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`Fixture edit found nothing to replace in ${file}: ${String(from)}`);
  writeFileSync(path, next);
}

/** True when a build folder holds a site (its front page). */
export function hasSite(outDir: string): boolean {
  return existsSync(join(outDir, 'index.html'));
}

/** True when the build left anything at all where the site would be, or beside it (its hidden staging folders, ".dist-…"). */
export function leftOutput(outDir: string): boolean {
  const staging = `.${basename(outDir)}-`;
  return existsSync(outDir) || readdirSync(dirname(outDir)).some((name) => name.startsWith(staging));
}

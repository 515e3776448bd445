// `npm run bench`: how long builds take, how much memory they need and how big the search index
// is. Figures, not tests: they depend on the machine. Run by Node 24 from node_modules, which
// strips the types itself.
//
//   npm run bench                       the real site, then 1,000 generated areas
//   npm run bench -- --areas 10000      the real site, then 10,000 generated areas
//   npm run bench -- --areas 1000,10000 both sizes in one run (per-area times side by side)
//   npm run bench -- --runs 3           each generated site and its bare project built 3 times, in
//                                       turn: medians, and the ratio pair by pair (tests/bench/pairs.ts)
//
//   1. the real site, built by `npm run build`'s script from a cold cache;
//   2. a generated collection of documents (tests/bench/generate.ts: copies of the real document
//      under other committees and years, about 60 documents for 1,000 areas) built the same way;
//   3. a "bare" Astro build of the same files: a minimal project with only @astrojs/mdx and one
//      page template, without the schema, the content checks, the site's components or the
//      Pagefind index. The difference from (2) is what the site itself adds;
//   4. the search index (dist/pagefind) of (1) and (2);
//   5. tests/bench/search.ts, where it exists (search timings).
//
// Each build's time is wall-clock, and also its CPU time (user + system of the whole process
// tree, from /usr/bin/time where it exists): on a shared machine, CPU time is the steadier
// figure. Peak memory is the largest sum of RSS over the build's process tree, sampled from /proc
// every 100 ms (Pagefind's indexer is a process of its own), beside the largest single process.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCommand, copyContent } from '../support/build.ts';
import { generateDocuments, writeContent } from './generate.ts';
import { overRuns, pairRatio, rangeText, ratioText } from './pairs.ts';
import { phases } from './phases.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';

/** `--areas 1000` or `--areas 1000,10000` (default 1000). */
function areaCounts(args: string[]): number[] {
  const at = args.findIndex((arg) => arg === '--areas' || arg.startsWith('--areas='));
  const value = at < 0 ? '1000' : args[at]?.includes('=') ? args[at]?.split('=')[1] : args[at + 1];
  const counts = (value ?? '').split(',').map(Number);
  if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--areas wants whole numbers, e.g. --areas 1000,10000; found "${value}"`);
  return counts;
}

/** `--runs 3`: how many times each generated site and its bare project are built, in turn (default 1). */
function runCount(args: string[]): number {
  const at = args.findIndex((arg) => arg === '--runs' || arg.startsWith('--runs='));
  if (at < 0) return 1;
  const value = args[at]?.includes('=') ? args[at]?.split('=')[1] : args[at + 1];
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, e.g. --runs 3; found "${value}"`);
  return runs;
}

/** What one build cost. */
interface Measured {
  status: number | null;
  output: string;
  seconds: number;
  /** User + system CPU seconds of the whole process tree (NaN without /usr/bin/time). */
  cpu: number;
  /** Largest sum of RSS over the process tree, in bytes. */
  treeRss: number;
  /** Largest RSS of one process, in bytes (NaN without /usr/bin/time). */
  processRss: number;
}

/** Every process below `pid` (via /proc/<pid>/task/<tid>/children), `pid` included. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    const dir = `/proc/${tree[i]}/task`;
    try {
      for (const task of readdirSync(dir)) {
        const children = readFileSync(`${dir}/${task}/children`, 'utf-8').trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return tree;
}

/** The summed resident memory of processes, in bytes. */
function rssOf(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf-8'))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb * 1024;
}

/** Runs a command, sampling its process tree's memory, and measures its wall and CPU time. */
function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const timed = existsSync(TIME);
  const timeFile = join(tmpdir(), `budget-bench-time-${process.pid}-${Date.now()}`);
  const [file, argv] = timed ? [TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (output += chunk));
    let treeRss = 0;
    const sampler = setInterval(() => {
      if (child.pid) treeRss = Math.max(treeRss, rssOf(processTree(child.pid)));
    }, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      let cpu = Number.NaN;
      let processRss = Number.NaN;
      if (timed && existsSync(timeFile)) {
        const [user, sys, maxKb] = readFileSync(timeFile, 'utf-8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
        cpu = (user ?? Number.NaN) + (sys ?? Number.NaN);
        processRss = (maxKb ?? Number.NaN) * 1024;
        rmSync(timeFile, { force: true });
      }
      resolvePromise({ status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), seconds, cpu, treeRss, processRss });
    });
  });
}

/** Runs a build, says how long it took, and stops the benchmark if it failed. */
async function timed<T extends Measured>(label: string, build: () => Promise<T>): Promise<T> {
  process.stdout.write(`${label} … `);
  const result = await build();
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  console.log(`${result.seconds.toFixed(1)} s (CPU ${result.cpu.toFixed(1)} s, peak ${gb(result.treeRss)})`);
  return result;
}

/** The site's build (`npm run build`'s script) of a content copy made by `change`. */
async function siteBuild(change: (contentDir: string) => void): Promise<Measured & { outDir: string; contentDir: string }> {
  const { work, contentDir } = copyContent(change);
  const { outDir, args, options } = buildCommand(work, contentDir);
  const result = await measure(process.execPath, args, options);
  return { ...result, outDir, contentDir };
}

/** Bytes and files of a Pagefind output folder: the index itself, and the runtime (JS, WASM, CSS). */
function searchIndexSize(dir: string): { index: number; indexFiles: number; runtime: number } {
  const size = { index: 0, indexFiles: 0, runtime: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf-8' })) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    if (/\.pf_(meta|index|fragment)$/.test(name) || /^(index|fragment)\//.test(name)) {
      size.index += stat.size;
      size.indexFiles += 1;
    } else {
      size.runtime += stat.size;
    }
  }
  return size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gb = (bytes: number) => (Number.isNaN(bytes) ? '?' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);

/** A minimal Astro project (MDX and one page template) over the areas matching `pattern` in `contentDir`. */
async function bareBuild(contentDir: string, pattern: string, count: number): Promise<Measured> {
  const project = mkdtempSync(join(tmpdir(), 'budget-bare-'));
  // The project's packages, linked; its own cache folder (the default one would be the real
  // project's, behind the link, and would hand it the real site's content store).
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({\n  integrations: [mdx()],\n  trailingSlash: 'always',\n  build: { format: 'directory' },\n  cacheDir: './.cache',\n  // The same filter as the site's config: one harmless warning per MDX file.\n  vite: { build: { rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },\n});\n`,
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { omraader: defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: ${JSON.stringify(pattern)} }) }) };\n`,
  );
  writeFileSync(join(project, 'src/Nothing.astro'), '');
  writeFileSync(
    join(project, 'src/pages/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Nothing from '../Nothing.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('omraader')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="da"><head><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content components={{ RecipientTable: Nothing }} /></body></html>\n`,
  );
  const result = await measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project });
  const dist = join(project, 'dist');
  const pages = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf-8' }).filter((name) => name.endsWith('.html')).length : 0;
  rmSync(project, { recursive: true, force: true });
  const complete = result.status === 0 && pages >= count;
  return { ...result, status: complete ? 0 : 1, output: `${result.output}\n(${pages} pages)` };
}

const row = (label: string, value: string) => `  ${label.padEnd(38)}${value}`;

console.log(`Benchmark on ${availableParallelism()} CPU(s), Node ${process.version}. Builds start from a cold cache.\n`);

const real = await timed('Build of the real site', () => siteBuild(() => {}));
const realIndex = searchIndexSize(join(real.outDir, 'pagefind'));
rmSync(dirname(real.outDir), { recursive: true, force: true });
const summary = [row('real site build', `${real.seconds.toFixed(1)} s (CPU ${real.cpu.toFixed(1)} s)`), row('search index, real site', `${kb(realIndex.index)} in ${realIndex.indexFiles} files (+ ${kb(realIndex.runtime)} Pagefind runtime)`)];

const runs = runCount(process.argv.slice(2));
for (const count of areaCounts(process.argv.slice(2))) {
  const documents = generateDocuments(join(ROOT, 'content'), count);
  let pattern = '';
  const siteRuns: Measured[] = [];
  const bareRuns: Measured[] = [];
  let index: ReturnType<typeof searchIndexSize> | undefined;
  // In turn, site then bare, so each pair runs under about the same load.
  for (let i = 1; i <= runs; i += 1) {
    const of = runs > 1 ? ` (run ${i} of ${runs})` : '';
    const site = await timed(`Build of ${documents.length} generated documents (${count} areas)${of}`, () =>
      siteBuild((dir) => (pattern = writeContent(dir, documents))),
    );
    // The bare project reads the very files the site's build just read.
    bareRuns.push(await timed(`Bare Astro build of the same ${count} areas${of}`, () => bareBuild(site.contentDir, pattern, count)));
    index ??= searchIndexSize(join(site.outDir, 'pagefind'));
    rmSync(dirname(site.outDir), { recursive: true, force: true });
    siteRuns.push(site);
  }
  const site = overRuns(siteRuns);
  const bare = overRuns(bareRuns);
  const ms = (seconds: number) => `${((seconds / count) * 1000).toFixed(0)} ms per area`;
  const wallRatio = pairRatio(siteRuns, bareRuns, 'seconds');
  const largest = runs > 1 ? `largest of ${runs} runs; ` : '';
  // The first two lines keep this exact form: other tools read them.
  summary.push(
    row(`${count} areas, the site's build`, `${site.seconds.toFixed(1)} s (${ms(site.seconds)})`),
    row(`${count} areas, bare Astro + MDX`, `${bare.seconds.toFixed(1)} s (the site adds ${(site.seconds - bare.seconds).toFixed(1)} s)`),
    row(`${count} areas, site / bare`, `${wallRatio.median.toFixed(2)}× (wall clock${rangeText(wallRatio)})`),
    row(`${count} areas, CPU time, site`, `${site.cpu.toFixed(1)} s (${ms(site.cpu)})`),
    row(`${count} areas, CPU time, bare`, `${bare.cpu.toFixed(1)} s (site / bare ${ratioText(pairRatio(siteRuns, bareRuns, 'cpu'))})`),
    row(`${count} areas, peak memory, site`, `${gb(site.treeRss)} (${largest}process tree; largest process ${gb(site.processRss)})`),
    row(`${count} areas, peak memory, bare`, `${gb(bare.treeRss)} (${largest}process tree; largest process ${gb(bare.processRss)})`),
    row(`search index, ${count} areas`, index ? `${kb(index.index)} in ${index.indexFiles} files` : '?'),
    row(`${count} areas, phases, site`, phases(site.output)),
    row(`${count} areas, phases, bare`, phases(bare.output)),
  );
}

console.log(`
Summary (${documentsNote()})
${summary.join('\n')}

"Bare": a project with only @astrojs/mdx and one page template that renders each file's title
and text; no schema, no content checks, no site components or styles, no search index.
CPU: user + system seconds of the build's whole process tree; steadier than wall time on a
shared machine. Peak memory: the largest sum of RSS over the build's processes.
Phases (wall clock, as the builds print them): Vite bundling the server and client code (the MDX
compiled), Astro writing the pages, then the print footers and the search index, made side by side
with the open data files (so their times overlap; the build's output gives the data files' time).
The search index is what Pagefind writes for the pages (meta, word index, fragments); a search
downloads its runtime once and only the index chunks and fragments it needs.`);

function documentsNote(): string {
  return 'generated documents of the real document\'s 17 areas, under other committees and years';
}

const searchBench = join(import.meta.dirname, 'search.ts');
if (existsSync(searchBench) && !existsSync(join(ROOT, 'dist', 'index.html'))) {
  console.log('\nSearch (tests/bench/search.ts): skipped, it measures the site in dist/ (run `npm run build` first)');
} else if (existsSync(searchBench)) {
  console.log('\nSearch (tests/bench/search.ts)');
  const module = (await import(pathToFileURL(searchBench).href)) as { bench?: () => unknown };
  if (typeof module.bench === 'function') await module.bench();
}

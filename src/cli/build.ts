// `npm run build`: runs `astro build` into a staging folder next to the output folder and moves
// it into place only when the build succeeded. Astro empties its output folder and then writes
// page by page, so an error while rendering (an MDX expression that throws, say) would leave a
// half-written site; and a previous build's site must not survive a failed build either, or it
// could be deployed as if it were current. So: after a failed build there is no output folder.
// When Astro has written the pages and exited, this script writes what is made from the finished
// pages (src/after-build/): the print footers and the Pagefind search index, and beside them the
// open data files, made from the checked content (faster than as Astro routes). In a process of their
// own, they do not share memory with Astro's: at 10,000 areas, Astro's 5.5 GB and Pagefind's 2.4 GB
// were held at once when the index was an Astro integration.
// The documents and their areas are checked as content sync would check them, and against their
// source texts (src/lib/content-check.ts), and the glossary and the site settings with them, while Astro
// starts: wrong content stops the build within a second or so, with every problem listed at once.
// Astro's output is held back until the content has passed, so a failed check shows only its own
// message, and Astro is stopped before it writes a site.
import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { runSideBySide } from '../after-build/passes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Content paths are relative to the project, for this check as for Astro (run with cwd ROOT).
process.chdir(ROOT);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Splits `--outDir X` / `--outDir=X` off the arguments; the rest go to Astro unchanged. */
function takeOutDir(args: string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--outDir') {
      outDir = args[i + 1] ?? outDir;
      i += 1;
    } else if (arg.startsWith('--outDir=')) {
      outDir = arg.slice('--outDir='.length);
    } else {
      rest.push(arg);
    }
  }
  return { outDir: resolve(ROOT, outDir), rest };
}

const { outDir, rest } = takeOutDir(process.argv.slice(2));
// A sibling, so the final move is a rename on one file system; hidden, so it never looks like a site.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);

rmSync(outDir, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
// Colours as Astro would print them to this terminal, though its output passes through a pipe.
const color = process.stdout.isTTY && !('FORCE_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
const astro = spawn(process.execPath, [ASTRO, 'build', ...rest, '--outDir', staging], {
  cwd: ROOT,
  env: { ...process.env, ...color },
  stdio: ['inherit', 'pipe', 'pipe'],
});
const astroDone = new Promise<number>((resolvePromise) => astro.on('close', (status, signal) => resolvePromise(status ?? (signal ? 1 : 0))));
// Astro's output, held back until the content has passed its check, then passed on as it comes.
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
}

/** Stops the build: no output folder is left, so nothing incomplete can be deployed. */
async function fail(status: number): Promise<never> {
  if (astro.exitCode === null && astro.signalCode === null) astro.kill();
  await astroDone;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir} was removed so no incomplete site is left to deploy.`);
  process.exit(status);
}

const checkStart = performance.now();
// Loaded only now, so Astro starts without waiting for the check's modules.
const [{ ContentError }, { checkSiteContent }, { CONTENT_FILES }] = await Promise.all([
  import('../lib/checks.ts'),
  import('../lib/content-check.ts'),
  import('../lib/content-dir.ts'),
]);
// The glossary and the site settings too: Astro would report the glossary's first wrong entry
// without its line or what it found, and the settings only once it writes pages.
const { content, problems } = checkSiteContent(CONTENT_FILES);
if (problems.length > 0) {
  console.error(`\n${new ContentError(problems).message}`);
  await fail(1);
}
console.log(`Checked the documents, their areas against their source texts, the glossary and the site settings in ${((performance.now() - checkStart) / 1000).toFixed(2)}s.`);
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);

const status = await astroDone;
if (status !== 0) await fail(status);
try {
  // Loaded only now: a failed build does not wait for Pagefind's module.
  const [{ writePrintFooters }, { indexSite }, { writeDataFiles }, { dataDocumentsOf }, { writeSitemap }] = await Promise.all([
    import('../after-build/print-footers.ts'),
    import('../after-build/pagefind.ts'),
    import('../after-build/data-files.ts'),
    import('../lib/open-data/data-documents.ts'),
    import('../after-build/sitemap.ts'),
  ]);
  // The site's own address, when known (SITE_URL, as in astro.config.mjs): printed links then give
  // it, and search engines get a sitemap.
  const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : undefined;
  const base = process.env.BASE_PATH || '/';
  // Side by side: the footers (this process, reading the pages, writing print/*.css), the index
  // (Pagefind's own process, reading the pages, writing pagefind/), the open data files (from
  // the content checked above, writing data/ folders; no page) and the sitemap (reading the pages'
  // heads, writing sitemap.xml and robots.txt) touch no file of each other's.
  await runSideBySide([
    { run: () => writeDataFiles(staging, dataDocumentsOf(content.documents, content.areasByDocument)), done: (files) => `Wrote ${files} open data files` },
    { run: () => writePrintFooters(staging, origin), done: (pages) => `Wrote print footers for ${pages} pages` },
    { run: () => indexSite(staging), done: (pages) => `Indexed ${pages} pages for search (Danish)` },
    ...(origin ? [{ run: () => writeSitemap(staging, origin, base), done: (pages: number) => `Wrote a sitemap of ${pages} pages for ${origin}${base}` }] : []),
  ]);
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  await fail(1);
}
renameSync(staging, outDir);

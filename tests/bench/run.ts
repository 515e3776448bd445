// `npm run bench`: how long builds take and how big the search index is. Figures, not tests:
// they depend on the machine. Run by Node 24 from node_modules, which strips the types itself.
//
//   1. the real site, built by `npm run build`'s script from a cold cache;
//   2. a generated large site (1,000 areas made from the real ones) built the same way;
//   3. a "bare" Astro build of the same 1,000 files: a minimal project with only @astrojs/mdx and
//      one trivial page template, without the schema, the content checks, the site's components
//      or the Pagefind index. The difference from (2) is what the site itself adds;
//   4. the search index (dist/pagefind) of (1) and (2);
//   5. tests/bench/search.ts, where it exists (search timings).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { areaDir, buildWithContent, type FixtureBuild } from '../support/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LARGE_AREA_COUNT = 1000;

/** Runs a build and returns it with its wall-clock time; stops the benchmark if it fails. */
function timed(label: string, build: () => FixtureBuild | { status: number | null; output: string }): number {
  process.stdout.write(`${label} … `);
  const start = performance.now();
  const result = build();
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  console.log(`${seconds.toFixed(1)} s`);
  return seconds;
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

/**
 * Writes `count` areas into the real document's `omraader/` of a content folder, cycling through the real ones: the
 * same frontmatter and text, with a numbered title, slug and order, and relations kept within
 * each copy of the set. Realistic in size and shape, and valid for the site's checks.
 */
function generateAreas(contentDir: string, count: number): void {
  const dir = areaDir(contentDir);
  const originals = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.replace(/\.mdx$/, ''), text: readFileSync(join(dir, name), 'utf-8') }));
  rmSync(dir, { recursive: true });
  mkdirSync(dir);
  const copies = Array.from({ length: count }, (_, n) => {
    const original = originals[n % originals.length];
    if (!original) throw new Error('No areas to generate from');
    const copy = Math.floor(n / originals.length) + 1;
    return { n, original, copy, id: `${original.id}-${copy}` };
  });
  const ids = new Set(copies.map((c) => c.id));
  for (const { n, original, copy, id } of copies) {
    // The last, incomplete copy of the set may lack an area that another one relates to.
    const related = (slugs: string) => slugs.split(',').map((s) => `${s.trim()}-${copy}`).filter((slug) => ids.has(slug));
    const text = original.text
      .replace(/^title: "(.*)"$/m, `title: "$1 (${copy})"`)
      .replace(/^order: \d+$/m, `order: ${n + 1}`)
      .replace(/^related: \[(.*)\]\n/m, (_, slugs: string) => (related(slugs).length > 0 ? `related: [${related(slugs).join(', ')}]\n` : ''));
    writeFileSync(join(dir, `${id}.mdx`), text);
  }
}

/** A minimal Astro project (MDX and one page template) over the same content, built once. */
function bareBuild(contentDir: string): { status: number | null; output: string } {
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
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { omraader: defineCollection({ loader: glob({ base: ${JSON.stringify(areaDir(contentDir))}, pattern: '**/*.mdx' }) }) };\n`,
  );
  writeFileSync(join(project, 'src/Nothing.astro'), '');
  writeFileSync(
    join(project, 'src/pages/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Nothing from '../Nothing.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('omraader')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="da"><head><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content components={{ RecipientTable: Nothing }} /></body></html>\n`,
  );
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = existsSync(join(project, 'dist')) ? readdirSync(join(project, 'dist')).length : 0;
  rmSync(project, { recursive: true, force: true });
  const complete = result.status === 0 && pages >= LARGE_AREA_COUNT;
  return { status: complete ? 0 : 1, output: `${result.stdout}\n${result.stderr}\n${result.error ?? ''}\n(${pages} pages)` };
}

console.log(`Benchmark on ${availableParallelism()} CPU(s), Node ${process.version}. Builds start from a cold cache.\n`);

let real: FixtureBuild | undefined;
const realSeconds = timed('Build of the real site (17 areas)', () => (real = buildWithContent(() => {})));
let large: FixtureBuild | undefined;
const largeSeconds = timed(`Build of a generated site (${LARGE_AREA_COUNT} areas)`, () => (large = buildWithContent((dir) => generateAreas(dir, LARGE_AREA_COUNT))));
// The bare project reads the very files the site's build just read.
const bareSeconds = timed(`Bare Astro build of the same ${LARGE_AREA_COUNT} areas`, () => bareBuild(large?.contentDir ?? ''));

const realIndex = searchIndexSize(join(real?.outDir ?? '', 'pagefind'));
const largeIndex = searchIndexSize(join(large?.outDir ?? '', 'pagefind'));
const row = (label: string, value: string) => `  ${label.padEnd(38)}${value}`;

console.log(`
Summary
${row('real site build (17 areas)', `${realSeconds.toFixed(1)} s`)}
${row(`${LARGE_AREA_COUNT} areas, the site's build`, `${largeSeconds.toFixed(1)} s (${((largeSeconds / LARGE_AREA_COUNT) * 1000).toFixed(0)} ms per area)`)}
${row(`${LARGE_AREA_COUNT} areas, bare Astro + MDX`, `${bareSeconds.toFixed(1)} s (the site adds ${(largeSeconds - bareSeconds).toFixed(1)} s)`)}
${row('search index, real site', `${kb(realIndex.index)} in ${realIndex.indexFiles} files (+ ${kb(realIndex.runtime)} Pagefind runtime)`)}
${row(`search index, ${LARGE_AREA_COUNT} areas`, `${kb(largeIndex.index)} in ${largeIndex.indexFiles} files`)}

"Bare": a project with only @astrojs/mdx and one page template that renders each file's title
and text; no schema, no content checks, no site components or styles, no search index.
The search index is what Pagefind writes for the pages (meta, word index, fragments); a search
downloads its runtime once and only the index chunks and fragments it needs.`);

// The builds' temporary folders hold whole sites (1,000 pages); do not leave them behind.
for (const build of [real, large]) if (build) rmSync(dirname(build.outDir), { recursive: true, force: true });

const searchBench = join(import.meta.dirname, 'search.ts');
if (existsSync(searchBench)) {
  console.log('\nSearch (tests/bench/search.ts)');
  const module = (await import(pathToFileURL(searchBench).href)) as { bench?: () => unknown };
  if (typeof module.bench === 'function') await module.bench();
}

// Builds the Pagefind search index from the finished site, through Pagefind's Node API, and
// beside it the site's vocabulary (pagefind/ord.json), with which the search UI respells words
// typed without æ, ø and å (src/lib/danish-spelling.ts).
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { vocabularyOf } from '../lib/danish-spelling.ts';

/** The file, under the index's folder, that holds the site's vocabulary. */
export const VOCABULARY_FILE = 'ord.json';

/** What the index holds of one page: its URL and its indexed text. */
export interface PageFragment {
  url: string;
  content: string;
}

/** One page's fragment file as Pagefind writes it (pagefind/fragment/*.pf_fragment): gzipped JSON after a "pagefind_dcd" signature. */
export function readFragment(file: Buffer): PageFragment {
  return JSON.parse(gunzipSync(file).toString('utf-8').replace(/^pagefind_dcd/, '')) as PageFragment;
}

/**
 * The indexed text of every page, read back from the index's fragments: exactly the words search
 * can find, hidden aliases and all.
 */
async function indexedTexts(output: string): Promise<string[]> {
  const dir = join(output, 'fragment');
  const files = await readdir(dir);
  return Promise.all(files.map(async (name) => readFragment(await readFile(join(dir, name))).content));
}

// Pagefind also writes its ready-made search UIs; the site has its own (src/scripts/search-ui.ts),
// so these would only be dead weight on the host.
const UNUSED_BUNDLE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/**
 * The pages Pagefind reads: every page but the documents' print booklets (<year>/<committee>/udskriv/),
 * which hold their document's areas again and carry no data-pagefind-body, so Pagefind read them (a
 * quarter of the site's HTML) only to leave them out. In Pagefind's glob syntax (Wax), which has no
 * negation: the site's root pages, every folder not named by a year, and a document's own page,
 * area pages and data page. tests/site/pages.test.ts proves that the index holds every page marked
 * for search, so a new kind of page outside these fails there.
 */
export const INDEXED_PAGES = '{*.html,[!0-9]*/**/*.html,[0-9]*/*/*.html,[0-9]*/*/{omraader,data}/**/*.html}';

/** Indexes the built site in `dir` in Danish and writes `dir/pagefind/`; returns how many pages it indexed. */
export async function indexSite(dir: string): Promise<number> {
  const output = join(dir, 'pagefind');
  try {
    // Every page is Danish; forcing it keeps Danish stemming even if a page lost its lang.
    const { index, errors: createErrors } = await createIndex({ forceLanguage: 'da' });
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const { errors, page_count } = await index.addDirectory({ path: dir, glob: INDEXED_PAGES });
    if (errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${errors.join('; ')}`);
    // An index without pages means search silently finds nothing: stop instead.
    if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const unused = (await readdir(output)).filter((name) => UNUSED_BUNDLE.test(name));
    await Promise.all(unused.map((name) => rm(join(output, name))));
    await writeFile(join(output, VOCABULARY_FILE), JSON.stringify(vocabularyOf(await indexedTexts(output))));
    // page_count counts every HTML file read; the entry file says what went into the index.
    const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf-8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.keys(entry.languages);
    if (languages.join() !== 'da') throw new Error(`Expected one Danish search index, found: ${languages.join(', ')}`);
    return entry.languages.da?.page_count ?? 0;
  } finally {
    await close();
  }
}

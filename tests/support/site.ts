// Reading the built site from disk: which pages exist, their parsed HTML and their text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readFragment, type PageFragment } from '../../src/after-build/pagefind.ts';

/** The built site under test: `dist/`, or SITE_DIR when a test run points elsewhere. */
export const SITE_DIR = resolve(process.env.SITE_DIR ?? 'dist');

/** Fails early, with the fix, when there is no build to test. */
export function assertBuilt(dir = SITE_DIR): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run "npm run build" first (or "npm test", which does).`);
  }
}

/** Every HTML file of the site, as URL paths relative to the site root ("omraader/x/"). */
export function listPages(dir = SITE_DIR): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        pages.push(relative(dir, path).replace(/index\.html$/, '').replaceAll('\\', '/'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** What the search index holds of each page: its fragment, read as the build reads it back. */
export function indexedPages(dir = SITE_DIR): PageFragment[] {
  const folder = join(dir, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => readFragment(readFileSync(join(folder, name))));
}

/** The file behind a URL path of the site. */
export function fileOf(path: string, dir = SITE_DIR): string {
  const clean = path.replace(/^\/+/, '').split(/[?#]/)[0] ?? '';
  return join(dir, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** A page's parsed HTML. */
export function readPage(path: string, dir = SITE_DIR): HTMLElement {
  return parse(readFileSync(fileOf(path, dir), 'utf-8'));
}

// Inline elements join their text to the words around them; every other tag separates words.
const INLINE_TAGS = /<\/?(?:a|abbr|b|bdi|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>/gi;

/** Text as a reader sees it: block boundaries and table cells become spaces, whitespace collapses. */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const clone = parse(element.outerHTML);
  clone.querySelectorAll('script, style, template, [aria-hidden="true"]').forEach((el) => el.remove());
  const spaced = clone.toString().replace(INLINE_TAGS, '').replace(/<[^>]*>/g, ' ');
  return parse(`<p>${spaced}</p>`).text.replace(/\s+/g, ' ').trim();
}

/** The site path of a URL found in a page or a module, relative to where it was found (null for other origins). */
export function sitePath(url: string, from: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(`/${from}`), url);
  return posix.normalize(path).split(/[?#]/)[0] ?? null;
}

/** A module and every module it imports statically, as site paths; `import()` loads later and is not followed. */
export function withStaticImports(path: string, dir = SITE_DIR, seen = new Set<string>()): Set<string> {
  if (seen.has(path) || !existsSync(fileOf(path, dir))) return seen;
  seen.add(path);
  const code = readFileSync(fileOf(path, dir), 'utf-8');
  // `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`.
  for (const [, url] of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
    const next = url ? sitePath(url, path.replace(/^\//, '')) : null;
    if (next) withStaticImports(next, dir, seen);
  }
  return seen;
}

/** Every JS module a page loads with it (its scripts, module preloads and their static imports), as site paths. */
export function pageScripts(path: string, dir = SITE_DIR): Set<string> {
  const page = readPage(path, dir);
  const js = new Set<string>();
  const sources = [
    ...page.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? ''),
    ...page.querySelectorAll('link[rel="modulepreload"][href]').map((l) => l.getAttribute('href') ?? ''),
  ];
  for (const src of sources) {
    const p = sitePath(src, path);
    if (p) withStaticImports(p, dir, js);
  }
  return js;
}

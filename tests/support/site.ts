// Reading the built site from disk: which pages exist, their parsed HTML and their text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

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
const INLINE_TAGS = /<\/?(?:a|abbr|b|bdi|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^>]*>/gi;

/** Text as a reader sees it: block boundaries and table cells become spaces, whitespace collapses. */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const clone = parse(element.outerHTML);
  clone.querySelectorAll('script, style, template, [aria-hidden="true"]').forEach((el) => el.remove());
  const spaced = clone.toString().replace(INLINE_TAGS, '').replace(/<[^>]*>/g, ' ');
  return parse(`<p>${spaced}</p>`).text.replace(/\s+/g, ' ').trim();
}

// Link checks over a built site, shared by the real site's test and the fixture sites' tests.
import { existsSync, statSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { fileOf, listPages, readPage } from './site.ts';

const ORIGIN = 'http://site.invalid';

/** A page's path as listPages writes it, from a URL path: "/2022/x/omraader/y/" → "2022/x/omraader/y/". */
export const pageKey = (pathname: string) => decodeURIComponent(pathname).replace(/^\/+/, '').replace(/index\.html$/, '');

/** An internal URL of a page, resolved against the page's own URL. */
export interface InternalLink {
  from: string;
  href: string;
  url: URL;
}

/** Every page of a built site, parsed, with its ids. */
export function readSite(dir: string): { pages: Map<string, HTMLElement>; ids: Map<string, Set<string>> } {
  const pages = new Map<string, HTMLElement>();
  const ids = new Map<string, Set<string>>();
  for (const path of listPages(dir)) {
    const page = readPage(path, dir);
    pages.set(path, page);
    ids.set(path, new Set(page.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
  }
  return { pages, ids };
}

/** Every internal URL of every page (links, a search form's action, stylesheets, scripts), for a site served under `base`. */
export function internalLinks(pages: ReadonlyMap<string, HTMLElement>, base = '/'): InternalLink[] {
  return [...pages].flatMap(([from, page]) =>
    page
      .querySelectorAll('a[href], form[action], link[href], [src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? '')
      .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
      .map((href) => ({ from, href, url: new URL(href, `${ORIGIN}${base}${from}`) })),
  );
}

/** What is wrong with the links of a site built for `base`: broken links, broken fragments, duplicate ids, orphan pages. */
export function linkProblems(dir: string, base = '/'): { links: number; broken: string[]; fragments: string[]; duplicateIds: string[]; orphans: string[] } {
  const { pages, ids } = readSite(dir);
  const links = internalLinks(pages, base);
  // Each link's page in the built folder; none for a link outside the base (broken wherever the site is served).
  const targets = links.map(({ url }) => (url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined));
  const broken = links
    .filter((_, i) => {
      const file = targets[i] === undefined ? undefined : fileOf(decodeURIComponent(targets[i]), dir);
      return file === undefined || !existsSync(file) || !statSync(file).isFile();
    })
    .map(({ from, href }) => `${from || '/'}: ${href}`);
  const fragments = links
    .filter(({ url }, i) => url.hash !== '' && targets[i] !== undefined && !ids.get(pageKey(targets[i]))?.has(decodeURIComponent(url.hash.slice(1))))
    .map(({ from, href }) => `${from || '/'}: ${href}`);
  const duplicateIds = [...pages].flatMap(([path, page]) => {
    const all = page.querySelectorAll('[id]').map((el) => el.getAttribute('id'));
    return all.filter((id, i) => all.indexOf(id) !== i).map((id) => `${path}: #${id}`);
  });
  const linkedFromElsewhere = new Set(
    targets.flatMap((target, i) => (target !== undefined && pageKey(target) !== links[i]?.from ? [pageKey(target)] : [])),
  );
  const orphans = [...pages.keys()].filter((path) => path !== '404.html' && !linkedFromElsewhere.has(path));
  return { links: links.length, broken, fragments, duplicateIds, orphans };
}

// The site as one connected document: every internal link and fragment resolves, every page is
// reachable from another page, and related areas link to each other in both directions.
import { existsSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import { assertBuilt, fileOf, listPages, readPage } from '../support/site.ts';

const ORIGIN = 'http://site.invalid';

/** A page's path as listPages writes it, from a URL path: "/omraader/x/" → "omraader/x/". */
const pageKey = (pathname: string) => decodeURIComponent(pathname).replace(/^\/+/, '').replace(/index\.html$/, '');

describe('links across the built site', () => {
  const pages = new Map<string, HTMLElement>();
  const ids = new Map<string, Set<string>>();

  beforeAll(() => {
    assertBuilt();
    for (const path of listPages()) {
      const page = readPage(path);
      pages.set(path, page);
      ids.set(path, new Set(page.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
    }
  });

  /** Every internal URL of every page (links, a search form's action, stylesheets, scripts), resolved against the page's own URL. */
  const internalLinks = () =>
    [...pages].flatMap(([from, page]) =>
      page
        .querySelectorAll('a[href], form[action], link[href], [src]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('src') ?? '')
        .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
        .map((href) => ({ from, href, url: new URL(href, `${ORIGIN}/${from}`) })),
    );

  it('has links to check', () => {
    expect(internalLinks().length).toBeGreaterThan(100);
  });

  it('points every internal link at a file of the site', () => {
    const broken = internalLinks()
      .filter(({ url }) => {
        const file = fileOf(decodeURIComponent(url.pathname));
        return !existsSync(file) || !statSync(file).isFile();
      })
      .map(({ from, href }) => `${from || '/'}: ${href}`);
    expect(broken).toEqual([]);
  });

  it('points every #fragment at an element with that id on the target page', () => {
    const broken = internalLinks()
      .filter(({ url }) => url.hash !== '')
      .filter(({ url }) => {
        const target = ids.get(pageKey(url.pathname));
        return !target?.has(decodeURIComponent(url.hash.slice(1)));
      })
      .map(({ from, href }) => `${from || '/'}: ${href}`);
    expect(broken).toEqual([]);
  });

  it('gives no two elements of a page the same id', () => {
    const duplicates = [...pages].flatMap(([path, page]) => {
      const all = page.querySelectorAll('[id]').map((el) => el.getAttribute('id'));
      return all.filter((id, i) => all.indexOf(id) !== i).map((id) => `${path}: #${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('leaves no page an orphan: each is linked from another page (the 404 page aside)', () => {
    const linkedFromElsewhere = new Set(
      internalLinks()
        .map(({ from, url }) => ({ from, to: pageKey(url.pathname) }))
        .filter(({ from, to }) => from !== to)
        .map(({ to }) => to),
    );
    const orphans = [...pages.keys()].filter((path) => path !== '404.html' && !linkedFromElsewhere.has(path));
    expect(orphans).toEqual([]);
  });

  it('links related areas in both directions on every area page', () => {
    const related = new Map(
      [...pages]
        .filter(([path]) => path.startsWith('2022/oekonomiudvalget/omraader/'))
        .map(([path, page]) => [path, page.querySelectorAll('nav.related a').map((a) => pageKey(a.getAttribute('href') ?? ''))]),
    );
    const oneWay = [...related].flatMap(([from, targets]) =>
      targets.filter((to) => !(related.get(to) ?? []).includes(from)).map((to) => `${from} → ${to}`),
    );
    expect(oneWay).toEqual([]);
    // Every relation declared in frontmatter shows on both pages.
    const declared = readAreaFiles('content/dokumenter/2022-oekonomiudvalget/omraader').flatMap((area) => (area.data.related ?? []).map((to) => [area.id, to] as const));
    expect(declared.length).toBeGreaterThan(0);
    for (const [a, b] of declared) {
      expect(related.get(`2022/oekonomiudvalget/omraader/${a}/`), `${a} → ${b}`).toContain(`2022/oekonomiudvalget/omraader/${b}/`);
      expect(related.get(`2022/oekonomiudvalget/omraader/${b}/`), `${b} → ${a}`).toContain(`2022/oekonomiudvalget/omraader/${a}/`);
    }
  });
});

// Every internal link and asset of the built site resolves: to a file, and a #fragment to an id
// on the page it points to. Pages are found in dist/, so new pages are checked as they appear.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, fileOf, listPages, readPage } from '../support/site.ts';

/** Every URL a page refers to: links, assets, images, forms. */
function urlsOf(page: HTMLElement): string[] {
  return [
    ...page.querySelectorAll('a[href], link[href], area[href]').map((el) => el.getAttribute('href') ?? ''),
    ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
    ...page.querySelectorAll('form[action]').map((el) => el.getAttribute('action') ?? ''),
    ...page.querySelectorAll('img[srcset], source[srcset]').flatMap((el) =>
      (el.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    ),
  ];
}

describe('links of the built site', () => {
  beforeAll(() => assertBuilt());

  it('resolve to a file, and fragments to an id on the target page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let set = ids.get(path);
      if (!set) {
        set = new Set(readPage(path).querySelectorAll('[id]').map((el) => el.id));
        ids.set(path, set);
      }
      return set;
    };
    const broken: string[] = [];
    for (const path of listPages()) {
      const here = new URL(path, 'http://site.invalid/');
      for (const raw of urlsOf(readPage(path))) {
        if (raw === '' || /^(mailto|tel|data):/.test(raw)) continue;
        const url = new URL(raw, here);
        // Other origins are not part of the site (and no page may load from them: see security.test.ts).
        if (url.origin !== here.origin) continue;
        const target = decodeURIComponent(url.pathname);
        if (!existsSync(fileOf(target))) {
          broken.push(`${path || '/'}: ${raw} leads to no file`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && (target.endsWith('/') || target.endsWith('.html'))) {
          if (!idsOf(target).has(fragment)) broken.push(`${path || '/'}: ${raw} points to no element with id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

// The site as one connected document: every internal link and fragment resolves, every page is
// reachable from another page, and related areas link to each other in both directions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import { linkProblems, pageKey, readSite } from '../support/links.ts';
import { assertBuilt, SITE_DIR } from '../support/site.ts';

describe('links across the built site', () => {
  let pages = new Map<string, HTMLElement>();
  let problems: ReturnType<typeof linkProblems>;

  beforeAll(() => {
    assertBuilt();
    pages = readSite(SITE_DIR).pages;
    problems = linkProblems(SITE_DIR);
  });

  it('has links to check', () => {
    expect(problems.links).toBeGreaterThan(100);
  });

  it('points every internal link at a file of the site', () => {
    expect(problems.broken).toEqual([]);
  });

  it('points every #fragment at an element with that id on the target page', () => {
    expect(problems.fragments).toEqual([]);
  });

  it('gives no two elements of a page the same id', () => {
    expect(problems.duplicateIds).toEqual([]);
  });

  it('leaves no page an orphan: each is linked from another page (the 404 page aside)', () => {
    expect(problems.orphans).toEqual([]);
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

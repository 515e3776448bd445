// Every sentence and figure of the source text is on the built site, on its area's page.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/lib/source-text.ts';
import { compareSource, type PageText } from '../support/fidelity.ts';
import { assertBuilt, readPage, textOf } from '../support/site.ts';

const SOURCE = 'content/dokumenter/2022-oekonomiudvalget/kildetekst.txt';

describe('fidelity to the source', () => {
  let pages: PageText[] = [];
  let front = '';

  beforeAll(() => {
    assertBuilt();
    const home = readPage('/');
    front = normalizeText(textOf(home.querySelector('main')));
    const links = home.querySelectorAll('table.overview tbody a').map((a) => a.getAttribute('href') ?? '');
    pages = links.map((href) => {
      const article = readPage(href).querySelector('article');
      return {
        title: normalizeText(textOf(article?.querySelector('h1'))),
        text: normalizeText(textOf(article)),
        tableRows: (article?.querySelectorAll('tr') ?? []).map((tr) => normalizeText(textOf(tr))),
      };
    });
  });

  it('publishes one page per area of the source', () => {
    expect(pages).toHaveLength(17);
  });

  it('shows every sentence, figure, net budget and table row of the source', () => {
    const missing = compareSource(readFileSync(SOURCE, 'utf-8'), pages, front);
    // On failure the list names each missing piece and its area.
    expect(missing).toEqual([]);
  });

  it('publishes the source text itself, unchanged', () => {
    expect(readFileSync('dist/2022/oekonomiudvalget/kildetekst.txt', 'utf-8')).toBe(readFileSync(SOURCE, 'utf-8'));
  });
});

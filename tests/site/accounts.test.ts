// Function accounts on the built site: every account has its page, every mention is a link to
// it, the index orders them as the kontoplan does; headings can be linked to directly.
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { collectAccounts, findAccountNumbers, type Account } from '../../src/lib/accounts.ts';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import { accountPath } from '../../src/lib/url.ts';
import { assertBuilt, listPages, readPage, textOf } from '../support/site.ts';

const pageOf = (number: string) => accountPath(number, '/');
const rowsText = (path: string) => readPage(path).querySelectorAll('article table tbody tr').map((tr) => textOf(tr));

describe('account pages', () => {
  let accounts: Account[] = [];
  beforeAll(() => {
    assertBuilt();
    accounts = collectAccounts(readAreaFiles('content/dokumenter/2022-oekonomiudvalget/omraader'));
  });

  it('gives every account in the data its page, titled in the notes’ own notation, and no other', () => {
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      const page = readPage(pageOf(account.number));
      expect(textOf(page.querySelector('h1'))).toBe(`${account.number} ${account.name}`);
      expect(textOf(page.querySelector('title'))).toContain(account.number);
    }
    const accountPages = listPages().filter((p) => /^konti\/.+\//.test(p));
    expect(accountPages.sort()).toEqual(accounts.map((a) => pageOf(a.number).slice(1)).sort());
  });

  it('shows 05.57.73 with its two rows and their counts', () => {
    expect(rowsText('konti/05-57-73/')).toEqual([
      '05.57.73 Kontanthjælp Indgår i Kontant og uddannelseshjælp 612 650 610',
      '05.57.73 Uddannelseshjælp Indgår i Kontant og uddannelseshjælp 405 430 405',
    ]);
    const table = readPage('konti/05-57-73/').querySelector('article table');
    expect(textOf(table?.querySelector('caption'))).toContain('05.57.73');
    expect(table?.querySelectorAll('thead th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect(table?.querySelectorAll('tbody th').map((th) => th.getAttribute('scope'))).toEqual(['row', 'row']);
  });

  it('shows 05.48.66 and 05.48.68 the one row they share, each linking to the other', () => {
    expect(rowsText('konti/05-48-66/')).toEqual(['05.48.66 & 05.48.68 Førtidspension 2.816 2.716 2.848']);
    expect(rowsText('konti/05-48-68/')).toEqual(['05.48.66 & 05.48.68 Førtidspension 2.816 2.716 2.848']);
    const links = (path: string) => readPage(path).querySelectorAll('article table a').map((a) => a.getAttribute('href'));
    expect(links('konti/05-48-66/')).toEqual(['/konti/05-48-68/']);
    expect(links('konti/05-48-68/')).toEqual(['/konti/05-48-66/']);
  });

  it('shows 05.58.82 with its two rows', () => {
    expect(rowsText('konti/05-58-82/')).toEqual(['05.58.82 Ressourceforløb 268 276 250', '05.58.82 Jobafklaringsforløb 160 141 137']);
  });

  it('quotes the passages that mention the account and links them to their section of the area', () => {
    const page = readPage('konti/05-48-68/');
    const items = page.querySelectorAll('.passages li');
    expect(items.map((li) => textOf(li.querySelector('blockquote')))).toEqual(['05.48.66 og 05.48.68 Førtidspensioner']);
    const source = items[0]?.querySelector('.passages__source a');
    expect(source?.getAttribute('href')).toBe('/2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/#budgetgrundlag');
    expect(textOf(source)).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse › Budgetgrundlag');
  });

  it('links back to the area and sits under the index in the breadcrumbs', () => {
    const page = readPage('konti/05-57-73/');
    expect(page.querySelector('.account__facts a')?.getAttribute('href')).toBe('/2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/');
    const crumbs = page.querySelectorAll('nav.breadcrumbs li');
    expect(crumbs.map((li) => textOf(li))).toEqual(['Forside', 'Konti', '05.57.73']);
    expect(crumbs[1]?.querySelector('a')?.getAttribute('href')).toBe('/konti/');
    expect(textOf(page.querySelector('.account__facts'))).toBe(
      'Hovedkonto 5 Sociale opgaver og beskæftigelse Hovedfunktion 57 Funktion 73 Område Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse Nævnt i Budget 2022, Økonomiudvalget',
    );
  });
});

describe('the account index', () => {
  it('orders accounts by hovedkonto, hovedfunktion and funktion', () => {
    const page = readPage('konti/');
    expect(page.querySelectorAll('article h2').map((h) => textOf(h))).toEqual(['Hovedkonto 5: Sociale opgaver og beskæftigelse']);
    expect(page.querySelectorAll('article h3').map((h) => textOf(h))).toEqual([
      'Hovedfunktion 46',
      'Hovedfunktion 48',
      'Hovedfunktion 57',
      'Hovedfunktion 58',
      'Hovedfunktion 68',
    ]);
    const listed = page.querySelectorAll('article tbody th a').map((a) => a.getAttribute('href'));
    const all = collectAccounts(readAreaFiles('content/dokumenter/2022-oekonomiudvalget/omraader')).map((a) => pageOf(a.number));
    expect(listed).toEqual(all);
  });

  it('gives each account its name, its rows’ counts and its area', () => {
    const bodies = readPage('konti/').querySelectorAll('article tbody');
    const body = bodies.find((b) => textOf(b.querySelector('th')).startsWith('05.57.73'));
    expect(body?.querySelectorAll('tr').map((tr) => textOf(tr))).toEqual([
      '05.57.73 Kontant- og uddannelseshjælp Kontanthjælp Indgår i Kontant og uddannelseshjælp 612 650 610 Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse',
      'Uddannelseshjælp Indgår i Kontant og uddannelseshjælp 405 430 405',
    ]);
    expect(body?.querySelector('th')?.getAttribute('rowspan')).toBe('2');
  });

  it('is linked from every page', () => {
    for (const path of listPages()) {
      expect(readPage(path).querySelector('footer a[href="/konti/"]'), path).not.toBeNull();
    }
  });
});

describe('account mentions in the notes', () => {
  const areaPages = () => listPages().filter((p) => p.startsWith('2022/oekonomiudvalget/omraader/'));

  it('links every account number in the rendered text and tables to that account’s page', () => {
    let links = 0;
    for (const path of areaPages()) {
      const prose = parse(readPage(path).querySelector('article .prose')?.outerHTML ?? '');
      for (const link of prose.querySelectorAll('a.account-link')) {
        expect(link.getAttribute('href'), path).toBe(pageOf(textOf(link)));
        link.remove();
        links += 1;
      }
      // With the links taken out, no account number is left: every one was a link.
      expect(findAccountNumbers(textOf(prose)), path).toEqual([]);
    }
    // 11 list items (12 numbers) and 13 table rows (14 numbers) on Arbejdsmarked og Borgerservice.
    expect(links).toBe(26);
  });
});

describe('headings of the notes', () => {
  it('each have an id and an anchor link beside them that names the heading', () => {
    for (const path of listPages().filter((p) => p.startsWith('2022/oekonomiudvalget/omraader/'))) {
      for (const heading of readPage(path).querySelectorAll('.prose :is(h2, h3, h4, h5, h6)')) {
        const id = heading.getAttribute('id');
        expect(id, `${path}: ${textOf(heading)}`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        const anchor = heading.nextElementSibling;
        expect(anchor?.getAttribute('href'), path).toBe(`#${id}`);
        expect(anchor?.getAttribute('aria-label'), path).toBe(`Link til afsnittet: ${textOf(heading)}`);
        expect(textOf(anchor), path).toBe('');
      }
    }
  });

  it('keeps the ids readable Danish slugs', () => {
    const ids = readPage('2022/oekonomiudvalget/omraader/oekonomi/').querySelectorAll('.prose h3').map((h) => h.getAttribute('id'));
    expect(ids).toContain('oekonomistabens-eget-omraade');
  });

  it('gives long areas a table of contents that links to their headings, and short ones none', () => {
    let withToc = 0;
    for (const path of listPages().filter((p) => p.startsWith('2022/oekonomiudvalget/omraader/'))) {
      const page = readPage(path);
      const headings = page.querySelectorAll('.prose :is(h2, h3)');
      const toc = page.querySelector('nav.toc');
      if (headings.length >= 4) {
        withToc += 1;
        expect(toc?.getAttribute('aria-labelledby'), path).toBe('indhold-paa-siden');
        expect(toc?.querySelectorAll('a').map((a) => a.getAttribute('href')), path).toEqual(headings.map((h) => `#${h.getAttribute('id')}`));
      } else {
        expect(toc, path).toBeNull();
      }
    }
    expect(withToc).toBeGreaterThan(0);
  });
});

// The built site: which pages exist and what each kind of page shows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, indexedPages, listPages, readPage, SITE_DIR, textOf } from '../support/site.ts';

const AREA_COUNT = 17;
/** The one script every page loads: search's Ctrl/⌘+K and on-demand loader (src/scripts/search-enhance.ts). */
const SEARCH_ENHANCEMENT = /^\/_astro\/SearchForm\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

describe('the built site', () => {
  beforeAll(() => assertBuilt());

  it('has the front page, one page per area and the 404 page', () => {
    const pages = listPages();
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.filter((p) => p.startsWith('2022/oekonomiudvalget/omraader/'))).toHaveLength(AREA_COUNT);
  });

  it('asks search engines to leave out the search and "not found" pages; without the site’s address (SITE_URL) it writes no sitemap and no full page addresses', () => {
    for (const path of listPages()) {
      const head = readPage(path).querySelector('head');
      expect([path, head?.querySelector('meta[name="robots"]')?.getAttribute('content')]).toEqual([path, path === 'soeg/' || path === '404.html' ? 'noindex' : undefined]);
      expect(head?.querySelector('link[rel="canonical"]'), path).toBeNull();
    }
    expect(readdirSync(SITE_DIR).filter((name) => name === 'sitemap.xml' || name === 'robots.txt')).toEqual([]);
  });

  it('writes every page in Danish with one h1, a skip link, the header and the footer', () => {
    for (const path of listPages()) {
      const page = readPage(path);
      expect(page.querySelector('html')?.getAttribute('lang'), path).toBe('da');
      expect(page.querySelectorAll('h1'), path).toHaveLength(1);
      const skip = page.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), path).toBe('#indhold');
      expect(page.querySelector('#indhold')?.tagName, path).toBe('MAIN');
      expect(textOf(page.querySelector('header')), path).toContain('Budgetbemærkninger');
      const footer = textOf(page.querySelector('footer'));
      expect(footer, path).toContain('Budget 2022, Økonomiudvalget');
      // A document's pages name its source and stage; site-wide pages name the documents.
      if (path.startsWith('2022/oekonomiudvalget/')) {
        expect(footer, path).toContain('Bemærkninger, Budget 2022, Økonomiudvalget');
        expect(footer, path).toContain('Vedtaget budget 2022');
      }
    }
  });

  it('indexes only the article for search', () => {
    // Not content, so not indexed: the 404 and search pages; the booklet repeats the areas, and
    // search leads to their own pages instead (tests/site/print.test.ts); the front page, while
    // it shows the only document's overview, repeats that document's own page.
    expect(readPage('').querySelector('[data-pagefind-body]')).toBeNull();
    expect(readPage('2022/oekonomiudvalget/').querySelector('article[data-pagefind-body]')).not.toBeNull();
    // The glossary is reached from each term's first use, not from search (src/pages/ordliste.astro).
    expect(readPage('ordliste/').querySelector('[data-pagefind-body]')).toBeNull();
    for (const path of listPages().filter((p) => !['', '404.html', 'soeg/', 'ordliste/', '2022/oekonomiudvalget/udskriv/'].includes(p))) {
      const page = readPage(path);
      const bodies = page.querySelectorAll('[data-pagefind-body]');
      expect(bodies.map((b) => b.tagName), path).toEqual(['ARTICLE']);
    }
    expect(readdirSync(join(SITE_DIR, 'pagefind')).some((f) => f.startsWith('pagefind'))).toBe(true);
  });

  it('has every page marked for search in the index, and no other (Pagefind reads only the pages of INDEXED_PAGES)', () => {
    const marked = listPages().filter((path) => readPage(path).querySelector('[data-pagefind-body]') !== null);
    expect(indexedPages().map((page) => page.url).sort()).toEqual(marked.map((path) => `/${path}`).sort());
    // The booklet, the one page Pagefind does not read, is not marked.
    expect(marked).not.toContain('2022/oekonomiudvalget/udskriv/');
    expect(marked.length).toBeGreaterThan(20);
  });

  it('makes no request to another origin and, on pages without a chart, ships only the search enhancement and the print script', () => {
    for (const path of listPages()) {
      const html = readFileSync(join(SITE_DIR, path.endsWith('.html') ? path : `${path}index.html`), 'utf-8');
      const page = readPage(path);
      const sources = [
        ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
        ...page.querySelectorAll('link[href]').map((el) => el.getAttribute('href') ?? ''),
      ];
      expect(sources.filter((src) => /^(https?:)?\/\//.test(src)), path).toEqual([]);
      expect(/@import\s+url\(\s*['"]?https?:/.test(html), path).toBe(false);
      const scripts = page.querySelectorAll('script');
      // No inline script anywhere: the CSP allows scripts from files only.
      expect(scripts.filter((script) => !script.getAttribute('src') || script.text.trim() !== ''), `${path}: inline script`).toEqual([]);
      if (!page.querySelector('canvas')) {
        const sources = scripts.map((script) => script.getAttribute('src') ?? '');
        expect(sources.filter((src) => SEARCH_ENHANCEMENT.test(src)), path).toHaveLength(1);
        // Every printable page (areas, the booklet, the accounts and their index; the overviews draw
        // charts) also carries the print script (button and print date), nothing else.
        const printable = /^2022\/oekonomiudvalget\/(omraader\/|udskriv\/$)|^konti\//.test(path);
        const others = sources.filter((src) => !SEARCH_ENHANCEMENT.test(src)).map((src) => readFileSync(join(SITE_DIR, src), 'utf-8'));
        expect(others, path).toHaveLength(printable ? 1 : 0);
        if (printable) expect(others[0], path).toContain('beforeprint');
      }
    }
  });
});

describe('the front page', () => {
  let page: HTMLElement;
  beforeAll(() => {
    page = readPage('/');
  });

  it('names municipality, committee, year and stage', () => {
    const text = textOf(page.querySelector('main'));
    for (const fact of ['Kalundborg Kommune', 'Økonomiudvalget', 'Budget 2022', 'Vedtaget budget', 'Bemærkninger']) {
      expect(text).toContain(fact);
    }
  });

  it('states the total net budget', () => {
    expect(textOf(page.querySelector('.front__total'))).toContain('1.358.107.000 kr.');
    expect(textOf(page.querySelector('table.overview tfoot'))).toBe('I alt 1.358.107.000 kr. 100,0 %');
  });

  it('lists every area in document order with its net budget, share and link', () => {
    const rows = page.querySelectorAll('table.overview tbody tr');
    expect(rows).toHaveLength(AREA_COUNT);
    expect(textOf(rows[0])).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse 989.049.000 kr. 72,8 %');
    expect(textOf(rows[16])).toBe('Økonomi 79.126.000 kr. 5,8 %');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/');
    for (const row of rows) {
      expect(row.querySelector('th')?.getAttribute('scope')).toBe('row');
    }
  });
});

describe('an area page', () => {
  const area = (id: string) => readPage(`2022/oekonomiudvalget/omraader/${id}/`);

  it('has the title as its only h1, a breadcrumb, and previous/next in document order', () => {
    const page = area('jobcenter-faellesudgifter-og-administration');
    expect(textOf(page.querySelector('h1'))).toBe('Jobcenter – fællesudgifter og administration m.v.');
    const crumbs = page.querySelectorAll('nav.breadcrumbs li');
    expect(crumbs.map((li) => textOf(li))).toEqual(['Forside', 'Budget 2022, Økonomiudvalget', 'Jobcenter – fællesudgifter og administration m.v.']);
    expect(crumbs[1]?.querySelector('a')?.getAttribute('href')).toBe('/2022/oekonomiudvalget/');
    expect(crumbs[2]?.querySelector('[aria-current="page"]')).not.toBeNull();
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/2022/oekonomiudvalget/omraader/borgerservice-faellesudgifter-og-administration/');
  });

  it('shows net budget, its share and the budget type', () => {
    const text = textOf(area('beredskab').querySelector('.key-figures'));
    expect(text).toContain('Samlet nettobudget for området i 2022 12.982.000 kr.');
    expect(text).toContain('1,0 % af udvalgets samlede nettobudget');
    expect(textOf(area('boern-og-familie').querySelector('.key-figures'))).toContain('Budgettype Rammebudget');
  });

  it('shows parts, and flags the Digitalisering og IT difference to readers', () => {
    const figures = area('digitalisering-og-it').querySelector('.key-figures');
    const text = textOf(figures);
    expect(text).toContain('Stab: 11.938.000 kr.');
    expect(text).toContain('Fælles: 30.552.000 kr.');
    const notice = figures?.querySelector('.notice');
    expect(textOf(notice)).toContain('42.490.000 kr.');
    expect(textOf(notice)).toContain('151.000 kr.');
  });

  it('shows the HR og Personale difference, and says the source gives no reason for it', () => {
    expect(textOf(area('hr-og-personale').querySelector('.key-figures'))).toContain(
      'Delene afviger 1.000 kr. fra nettobudgettet. Kilden siger ikke hvorfor; så små forskelle skyldes som regel afrunding.',
    );
  });

  it('renders the recipient table as a real table with grouped rows', () => {
    const page = area('arbejdsmarked-og-borgerservice');
    const table = page.querySelector('table#modtagertabel');
    expect(textOf(table?.querySelector('caption'))).toContain('ydelsesmodtagere');
    // The source's four columns, then the change 2021–2022 and 2020–2022, each in numbers and in %.
    expect(table?.querySelectorAll('thead th').map((th) => th.getAttribute('scope'))).toEqual(Array(8).fill('col'));
    expect(table?.querySelectorAll('thead th').slice(4).map((th) => textOf(th))).toEqual([
      'Ændring 2021–2022',
      'Ændring 2021–2022 i %',
      'Ændring 2020–2022',
      'Ændring 2020–2022 i %',
    ]);
    const bodyRows = table?.querySelectorAll('tbody tr') ?? [];
    expect(bodyRows).toHaveLength(15);
    // Each row has its header; a subtotal heads its group's rows (th scope="rowgroup").
    expect(bodyRows.map((tr) => tr.querySelector('th')?.getAttribute('scope')).filter((scope) => scope !== 'row')).toEqual(['rowgroup', 'rowgroup']);
    expect(table?.querySelectorAll('tr.recipient-table__subtotal th').every((th) => th.getAttribute('scope') === 'rowgroup')).toBe(true);
    expect(bodyRows.every((tr) => tr.querySelectorAll('td').every((td) => td.classList.contains('num')))).toBe(true);
    const subtotals = table?.querySelectorAll('tr.recipient-table__subtotal').map((tr) => textOf(tr));
    expect(subtotals).toEqual([
      'Kontant og uddannelseshjælp 1.017 1.080 1.015 -65 -6,0 % -2 -0,2 %',
      'Ledighedsydelse, Fleksjob og Flekslønstilskud 1.051 1.133 1.098 -35 -3,1 % +47 +4,5 %',
    ]);
    expect(table?.querySelectorAll('tbody.recipient-table__group tr.recipient-table__child')).toHaveLength(4);
    // The table sits in the text where the source has it: after the sentence that announces it.
    const prose = textOf(page.querySelector('.prose'));
    expect(prose.indexOf('Nedenstående er redegjort')).toBeLessThan(prose.indexOf('Funktion/kategori'));
    expect(prose.indexOf('Funktion/kategori')).toBeLessThan(prose.indexOf('Udvikling og udfordringer'));
  });

  it('uses the source headings as h2 headings', () => {
    const headings = area('kultur-og-fritid').querySelectorAll('.prose h2').map((h) => textOf(h));
    expect(headings).toEqual(['Beskrivelse af området', 'Budgetgrundlag']);
  });

  it('links related areas both ways', () => {
    const related = (id: string) => area(id).querySelectorAll('nav.related a').map((a) => a.getAttribute('href'));
    expect(related('voksenspecialenheden')).toEqual(['/2022/oekonomiudvalget/omraader/demografipulje-voksenspecialomraadet/']);
    expect(related('demografipulje-voksenspecialomraadet')).toEqual(['/2022/oekonomiudvalget/omraader/voksenspecialenheden/']);
    expect(related('arbejdsmarked-og-borgerservice')).toEqual([
      '/2022/oekonomiudvalget/omraader/jobcenter-faellesudgifter-og-administration/',
      '/2022/oekonomiudvalget/omraader/borgerservice-faellesudgifter-og-administration/',
    ]);
  });
});

describe('the 404 page', () => {
  it('is in Danish and leads back to the front page', () => {
    const page = readPage('404.html');
    expect(textOf(page.querySelector('h1'))).toBe('Siden findes ikke');
    expect(page.querySelector('main a')?.getAttribute('href')).toBe('/');
  });
});

// Several documents in one site: the real Budget 2022 and a synthetic Budget 2023 built together.
// URLs per document, cross-document links both ways, net budget over the years, account counts
// from both documents, search labels and the per-document filter, per-document booklets, links.
// The site is the shared fixture site (tests/support/fixture-sites.ts), built under BASE.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import { buildWithContent, hasSite, leftOutput, type FixtureBuild } from '../support/build.ts';
import { linkProblems } from '../support/links.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { listPages, readPage, textOf } from '../support/site.ts';
import { BASE, FIXTURE_DOCUMENTS, fixtureSite } from '../support/fixture-sites.ts';
import { readGlossary } from '../../src/lib/glossary.ts';

const Y22 = '2022/oekonomiudvalget/';
const Y23 = '2023/oekonomiudvalget/';
const LABEL22 = 'Budget 2022, Økonomiudvalget';
const LABEL23 = 'Budget 2023, Økonomiudvalget';

let build: FixtureBuild;
const page = (path: string) => readPage(path, build.outDir);
const hrefs = (path: string, selector: string) => page(path).querySelectorAll(selector).map((a) => a.getAttribute('href'));

beforeAll(async () => {
  build = await fixtureSite();
  if (build.status !== 0) throw new Error(`The two-document build failed:\n${build.output.slice(-3000)}`);
});

describe('a site of two documents', () => {
  it('puts each document under its year and committee, and the accounts once for the site', () => {
    const pages = listPages(build.outDir);
    expect(pages).toContain(Y22);
    expect(pages).toContain(Y23);
    expect(pages.filter((p) => p.startsWith(`${Y22}omraader/`))).toHaveLength(17);
    expect(pages.filter((p) => p.startsWith(`${Y23}omraader/`)).sort()).toEqual(
      ['arbejdsmarked-og-borgerservice', 'beredskab', 'it-og-digitalisering', 'klimatilpasning'].map((slug) => `${Y23}omraader/${slug}/`),
    );
    expect(pages).toContain(`${Y22}udskriv/`);
    expect(pages).toContain(`${Y23}udskriv/`);
    expect(pages.filter((p) => p === 'konti/05-57-73/')).toHaveLength(1);
    expect(readFileSync(join(build.outDir, Y23, 'kildetekst.txt'), 'utf-8')).toContain('Bemærkninger (syntetisk testdokument)');
    expect(readFileSync(join(build.outDir, Y22, 'kildetekst.txt'), 'utf-8')).toBe(readFileSync('content/dokumenter/2022-oekonomiudvalget/kildetekst.txt', 'utf-8'));
  });

  it('lists the documents on the front page, newest first, and shows the newest one’s figures', () => {
    const front = page('');
    expect(front.querySelector('h1')?.text).toBe('Budgetbemærkninger');
    const links = front.querySelectorAll('.documents__list a').map((a) => [a.text, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Budget 2023', `${BASE}${Y23}`],
      ['Budget 2022', `${BASE}${Y22}`],
    ]);
    expect(textOf(front.querySelector('.documents__newest'))).toContain(LABEL23);
    // 1.001.000.000 + 13.500.000 + 40.000.000 + 2.500.000, computed by the site.
    expect(textOf(front.querySelector('.documents__newest'))).toContain('1.057.000.000 kr.');
    // Every total on the page says the site computed it: the notes state none.
    expect(textOf(front.querySelector('.documents__newest'))).toContain('Beregnet af webstedet');
    for (const item of front.querySelectorAll('.documents__list li')) expect(textOf(item)).toContain('beregnet af webstedet');
  });

  it('names each page’s document in its header, breadcrumbs and print footer', () => {
    const area = page(`${Y23}omraader/beredskab/`);
    expect(area.querySelector('body')?.getAttribute('data-budget-document')).toBe(LABEL23);
    expect(area.querySelectorAll('.breadcrumbs a').map((a) => a.text)).toEqual(['Forside', LABEL23]);
    expect(textOf(area.querySelector('.site-header'))).toContain('Budget 2023');
    const footer = readFileSync(join(build.outDir, 'print', Y23, 'omraader/beredskab.css'), 'utf-8');
    expect(footer).toContain('Syntetisk testdokument 2023');
  });

  it('explains a term on each document’s pages with what that document’s notes say, and nothing the other’s say', () => {
    const kl = readGlossary('content/ordliste.yaml').find((entry) => entry.id === 'kl');
    const note2022 = kl?.notes?.find((note) => note.document === '2022-oekonomiudvalget')?.text;
    expect(note2022, 'the glossary says what the 2022 notes say about KL').toBeDefined();
    const description = (path: string) => textOf(page(path).querySelector('#ordliste-kl'));
    // Beredskab uses KL in both documents; only the 2022 notes say something about it.
    expect(description(`${Y22}omraader/beredskab/`)).toBe(`Kommunernes Landsforening – ${kl?.explanation} ${note2022}`);
    expect(description(`${Y23}omraader/beredskab/`)).toBe(`Kommunernes Landsforening – ${kl?.explanation}`);
  });

  it('links the same area across documents both ways, by slug and by sameAreaAs', () => {
    expect(hrefs(`${Y22}omraader/beredskab/`, '.over-years ul a')).toEqual([`${BASE}${Y23}omraader/beredskab/`]);
    expect(hrefs(`${Y23}omraader/beredskab/`, '.over-years ul a')).toEqual([`${BASE}${Y22}omraader/beredskab/`]);
    expect(page(`${Y22}omraader/beredskab/`).querySelector('.over-years ul a')?.text).toBe('Beredskab i budget 2023');
    // Renamed: linked by the 2023 area's sameAreaAs, and back from 2022 without any field there.
    expect(hrefs(`${Y22}omraader/digitalisering-og-it/`, '.over-years ul a')).toEqual([`${BASE}${Y23}omraader/it-og-digitalisering/`]);
    expect(hrefs(`${Y23}omraader/it-og-digitalisering/`, '.over-years ul a')).toEqual([`${BASE}${Y22}omraader/digitalisering-og-it/`]);
    // Only in one document: no section at all.
    expect(page(`${Y23}omraader/klimatilpasning/`).querySelector('.over-years')).toBeNull();
    expect(page(`${Y22}omraader/oekonomi/`).querySelector('.over-years')).toBeNull();
  });

  it('shows an area’s net budget per year with the change in kr. and %', () => {
    const rows = page(`${Y22}omraader/beredskab/`)
      .querySelectorAll('#nettobudget-over-aar tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map((cell) => textOf(cell)));
    expect(rows).toEqual([
      ['Budget 2022', '12.982.000 kr.', '–', '–'],
      ['Budget 2023', '13.500.000 kr.', '+518.000 kr.', '+4,0 %'],
    ]);
    const figure = page(`${Y23}omraader/beredskab/`).querySelector('figure#nettobudget-over-aar');
    expect(figure?.getAttribute('data-chart')).toBe('grouped');
    expect(figure?.getAttribute('data-unit')).toBe('kroner');
    expect(textOf(figure?.querySelector('.chart__summary'))).toBe(
      'Nettobudgettet er 12.982.000 kr. i budget 2022 og 13.500.000 kr. i budget 2023: en ændring på +518.000 kr. (+4,0 %).',
    );
  });

  it('shows an account’s counts from both documents by year, and both figures where they differ', () => {
    const account = page('konti/05-57-73/');
    expect(account.querySelectorAll('table[id^="kontoraekker-"]')).toHaveLength(2);
    const rows = account.querySelectorAll('#antal-over-aar tbody tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => textOf(cell)));
    const years = rows.map((row) => Number(row[0]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const budget2022 = rows.filter((row) => row[0] === '2022' && row[2] === 'Kontanthjælp');
    expect(budget2022.map((row) => [row[3], row[4]?.startsWith(LABEL22) ? 2022 : 2023])).toEqual([
      ['610', 2022],
      ['615', 2023],
    ]);
    expect(budget2022[0]?.[4]).toContain(`Afviger: ${LABEL23} angiver 615.`);
    expect(textOf(account.querySelector('.counts-over-years .notice'))).toContain('forskellige antal');
    // The same figure in both documents is not flagged.
    const sick = page('konti/05-57-71/').querySelectorAll('#antal-over-aar tbody tr[data-conflict]');
    expect(sick).toHaveLength(0);
    // Kinds are labelled.
    expect(rows.some((row) => row[1]?.startsWith('Faktisk'))).toBe(true);
    expect(rows.some((row) => row[1]?.startsWith('Budget'))).toBe(true);
  });

  it('lists every account of every document in the index, with the documents that name it', () => {
    const index = page('konti/');
    const row = index.querySelectorAll('tbody tr').filter((tr) => tr.text.includes('Sygedagpenge'));
    const text = row.map((tr) => textOf(tr)).join(' | ');
    expect(text).toContain(LABEL22);
    expect(text).toContain(LABEL23);
    const account = page('konti/05-57-71/');
    expect(textOf(account.querySelector('.account__facts'))).toContain(`${LABEL23}; ${LABEL22}`);
  });

  it('makes a booklet per document, each with only its own areas', () => {
    const titles = (path: string) => page(path).querySelectorAll('article.area h2').map((h) => h.text.trim());
    expect(titles(`${Y23}udskriv/`)).toEqual([
      'Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse',
      'Beredskab',
      'IT og Digitalisering',
      'Klimatilpasning',
    ]);
    expect(titles(`${Y22}udskriv/`)).toHaveLength(17);
    expect(textOf(page(`${Y23}udskriv/`).querySelector('.booklet__title-page'))).toContain('Budget 2023');
  });

  it('has no broken link, fragment or orphan page', () => {
    const problems = linkProblems(build.outDir, BASE);
    expect(problems.links).toBeGreaterThan(200);
    expect({ ...problems, links: 0 }).toEqual({ links: 0, broken: [], fragments: [], duplicateIds: [], orphans: [] });
  });
});

describe('search across two documents', () => {
  let server: StaticServer;
  let browser: Browser;
  const pool = usePagePool(() => browser);
  beforeAll(async () => {
    server = await serveSite(build.outDir, { base: BASE });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Runs a Pagefind query in the page and returns each result's URL and document. */
  async function search(query: string, filters?: Record<string, string>) {
    const tab = await pool.page();
    await tab.goto(`${server.url}${Y22}`);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const script = `(async () => {
      const pagefind = await import(${JSON.stringify(`${new URL(server.url).pathname}pagefind/pagefind.js`)});
      const search = await pagefind.search(${JSON.stringify(query)}, ${JSON.stringify(filters ? { filters } : {})});
      return Promise.all(search.results.map(async (r) => {
        const data = await r.data();
        return { url: data.url, document: data.meta.dokument, documents: data.filters.dokument ?? [] };
      }));
    })()`;
    const results = (await tab.evaluate(script)) as { url: string; document?: string; documents: string[] }[];
    return results;
  }

  it('labels every area result with its document', async () => {
    const results = await search('beredskab');
    const areas = results.filter((r) => r.url.includes('/omraader/beredskab/'));
    expect(areas.map((r) => r.document).sort()).toEqual([LABEL22, LABEL23]);
  });

  it('narrows a search to one document with the dokument filter', async () => {
    const all = await search('beredskab');
    const only = await search('beredskab', { dokument: LABEL23 });
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    expect(only.every((r) => r.documents.includes(LABEL23))).toBe(true);
  });

  it('keeps an account page in each document that names it', async () => {
    const results = await search('sygedagpenge', { dokument: LABEL23 });
    expect(results.map((r) => r.url)).toContain(`${BASE}konti/05-57-71/`);
  });
});

describe('a wrong document folder', () => {
  it('stops the build naming the folder, the file and the field, and leaves no site', async () => {
    const broken = await buildWithContent((contentDir) => {
      // Named for the wrong year, without its source text, and linking an area that does not exist.
      const folder = join(contentDir, 'dokumenter', '2024-oekonomiudvalget');
      cpSync(join(FIXTURE_DOCUMENTS, '2023-oekonomiudvalget'), folder, { recursive: true });
      rmSync(join(folder, 'kildetekst.txt'));
    });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('dokumenter/2024-oekonomiudvalget/dokument.json: field "(folder name)": expected the folder to be named "2023-oekonomiudvalget"');
    expect(broken.output).toContain('dokumenter/2024-oekonomiudvalget/kildetekst.txt: field "(file)"');
    expect(hasSite(broken.outDir)).toBe(false);
    expect(leftOutput(broken.outDir)).toBe(false);
  });
});

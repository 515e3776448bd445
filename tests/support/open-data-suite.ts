// The published data of a built site, read as a program and a spreadsheet user would: every data
// package valid and complete, every CSV parsed with the dialect it declares, every figure equal to
// the frontmatter and in the right row, JSON equal to CSV, and every table linked to its files.
// One suite, run over the real site (tests/site/open-data.test.ts) and a two-document fixture
// site (tests/site/open-data-documents.test.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectAccounts } from '../../src/lib/accounts.ts';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import { DOCUMENT_FILES } from '../../src/lib/content-dir.ts';
import { isGroupRow, type AreaData } from '../../src/lib/schemas/area.ts';
import { slugify } from '../../src/lib/slug.ts';
import { createAjv, dataPackageValidator, readCsvRows, type Dialect, type SchemaField } from './open-data.ts';
import { assertBuilt, fileOf, listPages, readPage } from './site.ts';

export interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  dialect?: Dialect;
  schema: { fields: SchemaField[]; missingValues?: string[] };
}
export interface Descriptor {
  resources: Resource[];
  dokument?: Record<string, unknown>;
  dokumenter?: Record<string, unknown>[];
}

/** Every datapackage.json of the built site, by its folder relative to the site root. */
export function findPackages(dir: string): Map<string, Descriptor> {
  const found = new Map<string, Descriptor>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'datapackage.json') found.set(relative(dir, folder), JSON.parse(readFileSync(path, 'utf-8')) as Descriptor);
    }
  };
  walk(dir);
  return found;
}

type Rows = Record<string, unknown>[];
const STRING_START_FORMULA = /^[=+\-@\t\r]/;

/** What the suite checks: a built site and the content it was built from. */
export interface OpenDataSite {
  /** Names the suite in the test report. */
  name: string;
  /** The built site's folder; read once the tests run (a fixture build may make it in a beforeAll). */
  dir: () => string;
  /** The document folders the site was built from (each with dokument.json and omraader/). */
  documentDirs: readonly string[];
  /** The base path the site was built with. */
  base?: string;
}

/**
 * The published data of a built site, checked against the content it was made from: packages
 * valid and complete, CSV read with its dialect equal to the frontmatter and to the JSON, and
 * every table on every page linked to files that hold its figures.
 */
export function openDataSuite({ name, dir, documentDirs, base = '/' }: OpenDataSite): void {
describe(`open data: ${name}`, () => {
  let packages: Map<string, Descriptor>;
  /** Typed CSV rows and JSON rows of every resource, by "folder/path". */
  const csvRows = new Map<string, Rows>();
  const jsonRows = new Map<string, Rows>();
  /** Each document of content/ with its areas' frontmatter as written, and the folder of its data files. */
  const documents = documentDirs.map((folder) => {
    const id = basename(folder);
    const facts = JSON.parse(readFileSync(join(folder, DOCUMENT_FILES.facts), 'utf-8')) as { budgetYear: number; committee: string };
    return {
      id,
      dataFolder: `${facts.budgetYear}/${slugify(facts.committee)}/data`,
      areas: readAreaFiles(join(folder, DOCUMENT_FILES.areas)).map((a) => ({ id: a.id, data: a.data as AreaData })),
    };
  });

  beforeAll(() => {
    assertBuilt(dir());
    packages = findPackages(dir());
    for (const [folder, descriptor] of packages) {
      for (const resource of descriptor.resources) {
        const text = readFileSync(join(dir(), folder, resource.path), 'utf-8');
        const key = posix.join(folder, resource.path);
        if (resource.format === 'csv') csvRows.set(key, readCsvRows(text, resource).rows);
        else jsonRows.set(key, JSON.parse(text) as Rows);
      }
    }
  });

  const rowsOf = (doc: (typeof documents)[number], file: string) => csvRows.get(posix.join(doc.dataFolder, file)) ?? [];

  it('has a data package per document and one for the combined set', () => {
    expect([...packages.keys()].sort()).toEqual([...documents.map((doc) => doc.dataFolder), 'data'].sort());
    expect(documents.length).toBeGreaterThan(0);
    expect(packages.get('2022/oekonomiudvalget/data')?.dokument).toMatchObject({
      titel: 'Bemærkninger',
      kommune: 'Kalundborg Kommune',
      udvalg: 'Økonomiudvalget',
      budgetaar: 2022,
      stadie: 'Vedtaget budget',
    });
  });

  it('validates every data package against the Data Package profile', () => {
    const validate = dataPackageValidator();
    for (const [folder, descriptor] of packages) expect([folder, validate(descriptor)]).toEqual([folder, []]);
  });

  it('has every resource as a file of the declared size, and every data file in a package', () => {
    for (const [folder, descriptor] of packages) {
      for (const resource of descriptor.resources) {
        const file = join(dir(), folder, resource.path);
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size, file).toBe(resource.bytes);
      }
      const listed = new Set(descriptor.resources.map((r) => r.path));
      const onDisk = readdirSync(join(dir(), folder)).filter((name) => /\.(csv|json)$/.test(name) && name !== 'datapackage.json' && !name.endsWith('.schema.json'));
      expect(onDisk.filter((name) => !listed.has(name)), folder).toEqual([]);
    }
  });

  it('writes CSV for Danish Excel: BOM, semicolons, one header row of the schema field names', () => {
    for (const [folder, descriptor] of packages) {
      for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
        const text = readFileSync(join(dir(), folder, resource.path), 'utf-8');
        expect(text.startsWith('\uFEFF'), resource.path).toBe(true);
        expect(resource.dialect).toMatchObject({ delimiter: ';', header: true });
        const header = text.slice(1, text.indexOf('\r\n'));
        expect(header.split(';'), resource.path).toEqual(resource.schema.fields.map((f) => f.name));
        // Whole numbers are plain digits: no thousands separators, no quotes.
        for (const field of resource.schema.fields.filter((f) => f.type === 'integer')) {
          const cells = (csvRows.get(posix.join(folder, resource.path)) ?? []).map((row) => row[field.name]);
          expect(cells.every((cell) => cell === null || Number.isSafeInteger(cell)), `${resource.path} ${field.name}`).toBe(true);
        }
      }
    }
  });

  it('leaves no text cell that a spreadsheet would run as a formula', () => {
    for (const [key, rows] of csvRows) {
      const unsafe = rows.flatMap((row) => Object.entries(row).filter(([, v]) => typeof v === 'string' && STRING_START_FORMULA.test(v)));
      expect(unsafe, key).toEqual([]);
    }
  });

  it('has the same rows in each JSON file as in its CSV twin', () => {
    expect(jsonRows.size).toBe(csvRows.size);
    for (const [key, rows] of jsonRows) {
      const twin = csvRows.get(key.replace(/\.json$/, '.csv'));
      // Text that starts like a formula carries an apostrophe in the CSV only (none here: see above).
      expect(rows, key).toEqual(twin);
    }
  });

  it.each(documents)('has one row per area of $id with its net budget, title, order, budget type and declared deviation, and nothing else', (doc) => {
    const { areas } = doc;
    const rows = rowsOf(doc, 'omraader.csv');
    const expected = [...areas]
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ id, data }) => ({
        omraade: id,
        nr: data.order,
        titel: data.title,
        nettobudget_kr: data.netBudget,
        budgettype: data.budgetType ?? null,
        afvigelse_kr: data.partsDeviation?.amount ?? null,
        afvigelse_note: data.partsDeviation?.note ?? null,
      }));
    expect(rows.map(({ omraade, nr, titel, nettobudget_kr, budgettype, afvigelse_kr, afvigelse_note }) => ({ omraade, nr, titel, nettobudget_kr, budgettype, afvigelse_kr, afvigelse_note }))).toEqual(expected);
    const total = areas.reduce((sum, a) => sum + a.data.netBudget, 0);
    for (const row of rows) expect(row.andel_procent).toBeCloseTo(((row.nettobudget_kr as number) / total) * 100, 2);
  });

  it.each(documents)('has every part of every area of $id in its area\'s rows, and nothing else', (doc) => {
    const { areas } = doc;
    const expected = areas.flatMap(({ id, data }) => (data.parts ?? []).map((part) => `${id} | ${part.label} | ${part.amount}`)).sort();
    expect(rowsOf(doc, 'dele.csv').map((row) => `${row.omraade} | ${row.del} | ${row.beloeb_kr}`).sort()).toEqual(expected);
  });

  it.each(documents)('has every recipient count of $id in the row of its area, row label, accounts and column, and nothing else', (doc) => {
    const { areas } = doc;
    const expected = areas.flatMap(({ id, data }) => {
      const table = data.recipients;
      if (!table) return [];
      const lines = (label: string, accounts: string, group: string, subtotal: boolean, values: number[]) =>
        table.columns.map((column, c) => `${id} | ${label} | ${accounts} | ${group} | ${subtotal} | ${column.label} | ${column.year} | ${column.kind} | ${values[c]}`);
      return table.rows.flatMap((row) =>
        isGroupRow(row)
          ? [...lines(row.label, '', '', true, row.values), ...row.children.flatMap((child) => lines(child.label, child.accounts.join(','), row.label, false, child.values))]
          : lines(row.label, row.accounts.join(','), '', false, row.values),
      );
    });
    const actual = rowsOf(doc, 'modtagere.csv').map(
      (row) => `${row.omraade} | ${row.raekke} | ${row.konti ?? ''} | ${row.gruppe ?? ''} | ${row.subtotal} | ${row.kolonne} | ${row.aar} | ${row.art} | ${row.antal}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it.each(documents)('has every function account $id names, with its levels and area, each with its page', (doc) => {
    const accounts = collectAccounts(doc.areas);
    const expected = accounts.flatMap((a) => a.areaIds.map((area) => `${a.number} | ${a.hovedkonto}.${a.hovedfunktion}.${a.funktion} | ${a.name} | ${area}`));
    const rows = rowsOf(doc, 'konti.csv').map((row) => `${row.konto} | ${row.hovedkonto}.${row.hovedfunktion}.${row.funktion} | ${row.navn} | ${row.omraade}`);
    expect(rows).toEqual(expected);
    for (const account of accounts) expect(existsSync(fileOf(`konti/${account.number.replaceAll('.', '-')}/`, dir())), account.number).toBe(true);
  });

  it('has parts and recipient counts to compare in the real content', () => {
    expect(documents.flatMap((doc) => doc.areas).some((area) => area.data.parts)).toBe(true);
    expect(documents.flatMap((doc) => doc.areas).some((area) => area.data.recipients)).toBe(true);
  });

  it('has the combined set hold each document\'s rows, table by table, in the order it lists the documents', () => {
    const order = (packages.get('data')?.dokumenter ?? []).map((facts) => documents.find((doc) => doc.id === facts.id)?.dataFolder);
    expect(order.length).toBe(documents.length);
    for (const table of ['omraader', 'dele', 'modtagere', 'konti']) {
      const perDocument = order.flatMap((folder) => csvRows.get(`${folder}/${table}.csv`) ?? []);
      expect(csvRows.get(`data/${table}.csv`), table).toEqual(perDocument);
    }
  });

  it('publishes the content model as JSON Schema that accepts every area\'s frontmatter', () => {
    const schema = JSON.parse(readFileSync(join(dir(), 'data/omraade.schema.json'), 'utf-8')) as Record<string, unknown>;
    const validate = createAjv().compile(schema);
    const areas = documents.flatMap((doc) => doc.areas);
    for (const { id, data } of areas) expect([id, validate(data)]).toEqual([id, true]);
    expect(validate({ ...areas[0]?.data, netBudget: '989.049.000' })).toBe(false);
    expect(existsSync(join(dir(), 'data/dokument.schema.json'))).toBe(true);
  });
});

describe(`download links on the pages: ${name}`, () => {
  beforeAll(() => assertBuilt(dir()));

  /** A page's tables and download-link paragraphs, in document order. */
  const tablesAndLinks = (path: string) =>
    readPage(path, dir())
      .querySelectorAll('table, [data-data-links]')
      .filter((el) => !el.closest('[data-open-data-page]'));

  it('puts "Hent tallene: CSV · JSON" under every table on the site, before the next table', () => {
    const missing: string[] = [];
    let tables = 0;
    for (const path of listPages(dir())) {
      const sequence = tablesAndLinks(path);
      sequence.forEach((el, i) => {
        if (el.tagName !== 'TABLE') return;
        tables += 1;
        if (!sequence[i + 1]?.hasAttribute('data-data-links')) missing.push(`${path}: table ${el.querySelector('caption')?.text.trim() ?? i}`);
      });
    }
    expect(tables).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('links each table to a CSV and a JSON file that exist and hold every figure the table draws', () => {
    const broken: string[] = [];
    for (const path of listPages(dir())) {
      const sequence = tablesAndLinks(path);
      sequence.forEach((el, i) => {
        if (!el.hasAttribute('data-data-links')) return;
        const hrefs = el.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
        expect(hrefs.map((href) => posix.extname(href)), path).toEqual(['.csv', '.json']);
        for (const href of hrefs) if (!existsSync(fileOf(href.slice(base.length), dir()))) broken.push(`${path}: ${href}`);
        const table = sequence[i - 1];
        const [csv] = hrefs;
        if (!table || table.tagName !== 'TABLE' || !csv || !existsSync(fileOf(csv.slice(base.length), dir()))) return;
        // Every figure the table (and its chart) shows from data-value cells is a cell of the file.
        const cells = new Set(readFileSync(fileOf(csv.slice(base.length), dir()), 'utf-8').split(/[;\r\n]/));
        const values = table.querySelectorAll('[data-value]').map((td) => td.getAttribute('data-value') ?? '');
        for (const value of values) if (!cells.has(value)) broken.push(`${path}: ${value} not in ${csv}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('leaves the download links out of the search index and off paper', () => {
    for (const path of listPages(dir())) {
      for (const el of readPage(path, dir()).querySelectorAll('[data-data-links]')) {
        expect(el.hasAttribute('data-pagefind-ignore'), path).toBe(true);
        expect(el.classList.contains('no-print'), path).toBe(true);
      }
    }
  });

  // The data page is Astro's, made from the site model; the files are written by the build script
  // from the content it checked (src/after-build/data-files.ts). The sizes tie the two together.
  it('states on each data page every file\'s size as the built file has it, its data package\'s included', () => {
    for (const [folder] of findPackages(dir())) {
      if (folder === 'data') continue;
      const rows = readPage(`${folder}/`, dir()).querySelectorAll('tr').filter((tr) => tr.querySelector('th a[download]'));
      expect(rows.length, folder).toBeGreaterThan(4);
      for (const row of rows) {
        const href = row.querySelector('th a')?.getAttribute('href') ?? '';
        const stated = row.querySelector('td.num')?.text.trim() ?? '';
        expect(stated, href).toMatch(/^[\d.]+ byte$/);
        expect(Number(stated.replace(/\D/g, '')), href).toBe(statSync(fileOf(href.slice(base.length), dir())).size);
      }
    }
  });

  it('has a data page per document that links every file of its data package and explains every column', () => {
    for (const [folder, descriptor] of findPackages(dir())) {
      if (folder === 'data') continue;
      const page = readPage(`${folder}/`, dir());
      const hrefs = new Set(page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''));
      for (const resource of descriptor.resources) expect(hrefs, resource.path).toContain(`${base}${folder}/${resource.path}`);
      for (const href of hrefs) if (href.startsWith(base)) expect(existsSync(fileOf(href.slice(base.length), dir())), href).toBe(true);
      const text = page.text;
      for (const field of descriptor.resources.flatMap((r) => r.schema.fields)) expect(text).toContain(field.description ?? '');
    }
  });
});
}

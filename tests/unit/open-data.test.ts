import { describe, expect, it } from 'vitest';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import { areaJsonSchema, documentJsonSchema } from '../../src/lib/open-data/content-schema.ts';
import { BOM, CSV_DIALECT, formatCell, neutraliseFormula, quoteCell, toCsv } from '../../src/lib/open-data/csv.ts';
import { toJson } from '../../src/lib/open-data/json.ts';
import {
  combinedFiles,
  combinedPackage,
  dataResource,
  documentFiles,
  documentPackage,
  fileContent,
  type DataFile,
} from '../../src/lib/open-data/package.ts';
import {
  accountTable,
  areaSlice,
  areaTable,
  combinedTables,
  partTable,
  recipientTable,
  sharePercent,
  type DataDocument,
} from '../../src/lib/open-data/tables.ts';
import type { AreaData } from '../../src/lib/schemas/area.ts';
import { createAjv, dataPackageValidator, readCsvRows, type SchemaField } from '../support/open-data.ts';
import { PENSION_AND_CASH_ROWS } from '../fixtures/recipient-rows.ts';

const area = (slug: string, data: Omit<AreaData, 'order'> & { order: number }) => ({ slug, data });

/** A small document: an area with parts and a declared deviation, one with a recipient table, one bare. */
const doc: DataDocument = {
  id: '2022-oekonomiudvalget',
  facts: {
    municipality: 'Kalundborg Kommune',
    committee: 'Økonomiudvalget',
    budgetYear: 2022,
    stage: 'Vedtaget budget',
    title: 'Bemærkninger',
    source: { title: 'Bemærkninger, Budget 2022, Økonomiudvalget' },
  },
  budgetYear: 2022,
  committeeSlug: 'oekonomiudvalget',
  areas: [
    area('job', {
      title: 'Job; "og" beskæftigelse',
      order: 1,
      netBudget: 600,
      budgetType: 'rammebudget',
      accounts: [{ number: '05.57.73', name: 'Kontant- og uddannelseshjælp' }],
      recipients: {
        caption: 'Modtagere',
        labelHeader: 'Funktion',
        columns: [
          { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
          { label: 'Budget 2022', year: 2022, kind: 'budget' },
        ],
        source: 'OPUS',
        rows: [
          ...PENSION_AND_CASH_ROWS,
        ],
      },
    }),
    area('it', {
      title: '=Digitalisering og IT',
      order: 2,
      netBudget: 300,
      parts: [
        { label: 'Stab', amount: 100 },
        { label: '-Fælles', amount: 351 },
      ],
      partsDeviation: { amount: 151, note: '+Kilden angiver dele, der er 151 kr. større.' },
    }),
    area('beredskab', { title: 'Beredskab', order: 3, netBudget: 100 }),
  ],
};

describe('areaTable', () => {
  const rows = areaTable(doc).rows;

  it('has one row per area in document order with the frontmatter figures', () => {
    expect(rows.map((row) => [row.nr, row.omraade, row.titel, row.nettobudget_kr])).toEqual([
      [1, 'job', 'Job; "og" beskæftigelse', 600],
      [2, 'it', '=Digitalisering og IT', 300],
      [3, 'beredskab', 'Beredskab', 100],
    ]);
    expect(rows.every((row) => row.dokument === doc.id && row.budgetaar === 2022 && row.udvalg === 'Økonomiudvalget')).toBe(true);
  });

  it('computes each share of the document total as a percentage with two decimals', () => {
    expect(rows.map((row) => row.andel_procent)).toEqual([60, 30, 10]);
    expect(sharePercent(1 / 3)).toBe(33.33);
    expect(sharePercent(0.123456)).toBe(12.35);
  });

  it('gives the budget type and the declared deviation where the area has them, else empty cells', () => {
    expect(rows.map((row) => [row.budgettype, row.afvigelse_kr, row.afvigelse_note])).toEqual([
      ['rammebudget', null, null],
      [null, 151, '+Kilden angiver dele, der er 151 kr. større.'],
      [null, null, null],
    ]);
  });
});

describe('partTable', () => {
  it('has one row per part, numbered within its area', () => {
    expect(partTable(doc).rows).toEqual([
      { dokument: doc.id, omraade: 'it', omraade_titel: '=Digitalisering og IT', del_nr: 1, del: 'Stab', beloeb_kr: 100 },
      { dokument: doc.id, omraade: 'it', omraade_titel: '=Digitalisering og IT', del_nr: 2, del: '-Fælles', beloeb_kr: 351 },
    ]);
  });
});

describe('recipientTable', () => {
  const rows = recipientTable(doc).rows;

  it('has one row per table row and column, subtotals included', () => {
    // 4 table rows (a row, a subtotal, its two children) × 2 columns.
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => [row.raekke_nr, row.raekke, row.kolonne, row.aar, row.art, row.antal])).toEqual([
      [1, 'Førtidspension', 'Faktisk antal 2020', 2020, 'faktisk', 2816],
      [1, 'Førtidspension', 'Budget 2022', 2022, 'budget', 2848],
      [2, 'Kontant og uddannelseshjælp', 'Faktisk antal 2020', 2020, 'faktisk', 1017],
      [2, 'Kontant og uddannelseshjælp', 'Budget 2022', 2022, 'budget', 1015],
      [3, 'Kontanthjælp', 'Faktisk antal 2020', 2020, 'faktisk', 612],
      [3, 'Kontanthjælp', 'Budget 2022', 2022, 'budget', 610],
      [4, 'Uddannelseshjælp', 'Faktisk antal 2020', 2020, 'faktisk', 405],
      [4, 'Uddannelseshjælp', 'Budget 2022', 2022, 'budget', 405],
    ]);
  });

  it('marks the subtotal, names its group on the rows it sums and lists each row\'s accounts', () => {
    const byRow = (nr: number) => rows.find((row) => row.raekke_nr === nr);
    expect([1, 2, 3, 4].map((nr) => [byRow(nr)?.konti, byRow(nr)?.gruppe, byRow(nr)?.subtotal])).toEqual([
      ['05.48.66,05.48.68', null, false],
      [null, null, true],
      ['05.57.73', 'Kontant og uddannelseshjælp', false],
      ['05.57.73', 'Kontant og uddannelseshjælp', false],
    ]);
  });

  it('is empty for a document without recipient tables', () => {
    expect(recipientTable({ ...doc, areas: doc.areas.slice(1) }).rows).toEqual([]);
  });
});

describe('accountTable', () => {
  it('has one row per account with its levels, its name as the notes give it and its area', () => {
    expect(accountTable(doc).rows.map((row) => [row.konto, row.hovedkonto, row.hovedfunktion, row.funktion, row.navn, row.omraade])).toEqual([
      ['05.48.66', '05', '48', '66', 'Førtidspension', 'job'],
      ['05.48.68', '05', '48', '68', 'Førtidspension', 'job'],
      ['05.57.73', '05', '57', '73', 'Kontant- og uddannelseshjælp', 'job'],
    ]);
  });
});

describe('CSV', () => {
  it('starts with a BOM, has one header row and ends every line with CRLF', () => {
    const csv = toCsv(partTable(doc));
    expect(csv.startsWith(`${BOM}dokument;omraade;omraade_titel;del_nr;del;beloeb_kr\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('neutralises text that a spreadsheet would run as a formula, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutraliseFormula('Stab')).toBe('Stab');
    expect(neutraliseFormula('Kontant- og uddannelseshjælp')).toBe('Kontant- og uddannelseshjælp');
    // Numbers are numbers: a negative amount is not text, and stays a number.
    expect(formatCell(-151000, { type: 'integer' })).toBe('-151000');
    expect(formatCell('-151000', { type: 'string' })).toBe("'-151000");
  });

  it('writes whole numbers plainly, decimals with a comma, booleans as ja/nej and empty cells for null', () => {
    expect(formatCell(989049000, { type: 'integer' })).toBe('989049000');
    expect(formatCell(72.83, { type: 'number' })).toBe('72,83');
    expect(formatCell(true, { type: 'boolean' })).toBe('ja');
    expect(formatCell(false, { type: 'boolean' })).toBe('nej');
    expect(formatCell(null, { type: 'integer' })).toBe('');
    expect(() => formatCell(1.5, { type: 'integer' })).toThrow();
  });

  it('quotes cells with the delimiter, a quote or a line break as RFC 4180 says', () => {
    expect(quoteCell('a;b')).toBe('"a;b"');
    expect(quoteCell('Job "og" mere')).toBe('"Job ""og"" mere"');
    expect(quoteCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(quoteCell('Børn og familie')).toBe('Børn og familie');
  });

  it('reads back with a CSV parser using the declared dialect to the same values as the JSON', () => {
    for (const file of documentFiles(doc).filter((f) => f.format === 'csv')) {
      const resource = dataResource(file) as { dialect: typeof CSV_DIALECT; schema: { fields: SchemaField[] } };
      const { header, rows } = readCsvRows(fileContent(file), resource);
      const json = JSON.parse(fileContent({ ...file, format: 'json' })) as Record<string, unknown>[];
      expect(header).toEqual(file.table.fields.map((f) => f.name));
      // Text is neutralised in the CSV only; everything else is equal.
      const expected = json.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v])),
      );
      expect(rows).toEqual(expected);
    }
  });

  it('keeps a neutralised title and a quoted one intact through a parser', () => {
    const { rows } = readCsvRows(toCsv(areaTable(doc)), dataResource(documentFiles(doc)[0]!) as never);
    expect(rows.map((row) => row.titel)).toEqual(['Job; "og" beskæftigelse', "'=Digitalisering og IT", 'Beredskab']);
  });
});

describe('JSON', () => {
  it('is an array of row objects in column order, with null for empty cells', () => {
    const json = JSON.parse(toJson(areaTable(doc))) as Record<string, unknown>[];
    expect(Object.keys(json[0] ?? {})).toEqual(areaTable(doc).fields.map((f) => f.name));
    expect(json[1]).toMatchObject({ titel: '=Digitalisering og IT', afvigelse_kr: 151, budgettype: null });
  });
});

describe('files and data packages', () => {
  const files = documentFiles(doc);
  const validate = dataPackageValidator();

  it('publishes each table as CSV and JSON, and each area-page table on its own', () => {
    expect(files.map((f) => f.path)).toEqual([
      'omraader.csv', 'omraader.json', 'dele.csv', 'dele.json', 'modtagere.csv', 'modtagere.json', 'konti.csv', 'konti.json',
      'dele-it.csv', 'dele-it.json', 'modtagere-job.csv', 'modtagere-job.json',
    ]);
    expect(files.find((f) => f.path === 'dele-it.csv')?.table.rows).toEqual(areaSlice(partTable(doc), 'it').rows);
  });

  it('describes every file as a resource with its path, format, encoding, dialect and schema', () => {
    const descriptor = documentPackage(doc, files) as { resources: Record<string, unknown>[]; dokument: unknown };
    expect(descriptor.resources.map((r) => r.path)).toEqual(files.map((f) => f.path));
    expect(descriptor.resources[0]).toMatchObject({
      name: 'omraader-csv',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ';', header: true, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    });
    expect(descriptor.dokument).toEqual({
      id: doc.id,
      titel: 'Bemærkninger',
      kilde: 'Bemærkninger, Budget 2022, Økonomiudvalget',
      kommune: 'Kalundborg Kommune',
      udvalg: 'Økonomiudvalget',
      budgetaar: 2022,
      stadie: 'Vedtaget budget',
    });
    const share = (descriptor.resources[0]?.schema as { fields: SchemaField[] }).fields.find((f) => f.name === 'andel_procent');
    expect(share).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(share?.description).toMatch(/Beregnet/);
  });

  it('validates against the Data Package profile, and the validator does catch a broken descriptor', () => {
    expect(validate(documentPackage(doc, files))).toEqual([]);
    expect(validate(combinedPackage([doc, { ...doc, id: '2023-oekonomiudvalget', budgetYear: 2023 }]))).toEqual([]);
    const broken = documentPackage(doc, files) as { resources: Record<string, unknown>[] };
    broken.resources[0] = { ...broken.resources[0], path: '../omraader.csv', schema: { fields: [{ name: 'x', type: 'kroner' }] } };
    expect(validate(broken).length).toBeGreaterThan(0);
  });

  it('combines documents table by table, each document\'s rows in turn', () => {
    const other: DataDocument = { ...doc, id: '2023-oekonomiudvalget', budgetYear: 2023 };
    const [areas] = combinedTables([doc, other]);
    expect(areas?.rows.map((row) => `${row.dokument}/${row.omraade}`)).toEqual([
      '2022-oekonomiudvalget/job', '2022-oekonomiudvalget/it', '2022-oekonomiudvalget/beredskab',
      '2023-oekonomiudvalget/job', '2023-oekonomiudvalget/it', '2023-oekonomiudvalget/beredskab',
    ]);
    expect(combinedFiles([doc, other]).map((f) => f.path)).toEqual(files.slice(0, 8).map((f) => f.path));
  });

  // A build makes each document's files and texts once; `astro dev` makes a new model for each
  // request, whose changed figures must show.
  it('makes the files and texts of a changed document anew, never those of an earlier one', () => {
    const first = (d: DataDocument) => fileContent(documentFiles(d)[0] as DataFile);
    const before = first(doc);
    const changed: DataDocument = { ...doc, areas: doc.areas.map((a, i) => (i === 0 ? { ...a, data: { ...a.data, netBudget: a.data.netBudget + 1 } } : a)) };
    expect(first(changed)).not.toBe(before);
    expect(first(doc)).toBe(before);
    expect(combinedFiles([changed]).map(fileContent)).not.toEqual(combinedFiles([doc]).map(fileContent));
  });
});

describe('the content model as JSON Schema', () => {
  const ajv = createAjv();
  const validArea = ajv.compile(areaJsonSchema());

  it('accepts the frontmatter of every area in content/', () => {
    const areas = readAreaFiles('content/dokumenter/2022-oekonomiudvalget/omraader');
    expect(areas.length).toBeGreaterThan(10);
    for (const { id, data } of areas) expect([id, validArea(data), validArea.errors]).toEqual([id, true, null]);
  });

  it('rejects what the build rejects: an amount as a string, an unknown key, a malformed account', () => {
    const base = { title: 'X', order: 1, netBudget: 1 };
    expect(validArea({ ...base, netBudget: '989.049.000' })).toBe(false);
    expect(validArea({ ...base, netbudget: 1 })).toBe(false);
    expect(validArea({ ...base, accounts: [{ number: '5.57.73', name: 'X' }] })).toBe(false);
    expect(validArea(base)).toBe(true);
  });

  it('describes the document facts too, and is draft-07 with a title', () => {
    expect(documentJsonSchema()).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'Budgetdokument', type: 'object' });
    expect(ajv.compile(documentJsonSchema())({ municipality: 'K', committee: 'Ø', budgetYear: 1999, stage: 'V', title: 'B', source: { title: 'S', file: 'f' } })).toBe(false);
  });
});

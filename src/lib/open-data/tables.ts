// The document's figures as flat tables: the one shape the CSV, the JSON and the data package
// description are all written from. Every value is taken from the frontmatter as it stands;
// the only computed column is the share of the total, and its description says so.
import { da } from '../../i18n/da.ts';
import { collectAccounts } from '../accounts.ts';
import { shareOf, totalNetBudget } from '../budget.ts';
import { isGroupRow, type AreaData } from '../schemas/area.ts';

/** The Table Schema types the tables use. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** A column: its name in the files, its type and what it means (Danish, from the dictionary). */
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** Allowed values, where the column has a fixed set. */
  enum?: readonly string[];
}

/** One cell's value; null is an empty cell. */
export type Cell = string | number | boolean | null;

/** One row, keyed by field name. */
export type Row = Record<string, Cell>;

/** The tables every document has. */
export type TableName = 'omraader' | 'dele' | 'modtagere' | 'konti';

/** A table with its columns and rows. */
export interface Table {
  name: TableName;
  fields: readonly Field[];
  rows: Row[];
}

/** The least of a document the tables need (a subset of the site's document model). */
export interface DataDocument {
  /** "2022-oekonomiudvalget" */
  id: string;
  facts: {
    municipality: string;
    committee: string;
    budgetYear: number;
    stage: string;
    title: string;
    source: { title: string };
  };
  budgetYear: number;
  committeeSlug: string;
  /** The areas in document order. */
  areas: readonly { slug: string; data: AreaData }[];
}

/** Shares are published as percentages with this many decimals. */
export const SHARE_DECIMALS = 2;

const field = (name: keyof typeof da.openData.fields, type: FieldType, extra: Partial<Field> = {}): Field => ({
  name,
  type,
  description: da.openData.fields[name],
  ...extra,
});

/** The columns of each table, in file order. */
export const FIELDS: Readonly<Record<TableName, readonly Field[]>> = {
  omraader: [
    field('dokument', 'string'),
    field('budgetaar', 'integer'),
    field('udvalg', 'string'),
    field('nr', 'integer'),
    field('omraade', 'string'),
    field('titel', 'string'),
    field('nettobudget_kr', 'integer'),
    field('andel_procent', 'number'),
    field('budgettype', 'string'),
    field('afvigelse_kr', 'integer'),
    field('afvigelse_note', 'string'),
  ],
  dele: [
    field('dokument', 'string'),
    field('omraade', 'string'),
    field('omraade_titel', 'string'),
    field('del_nr', 'integer'),
    field('del', 'string'),
    field('beloeb_kr', 'integer'),
  ],
  modtagere: [
    field('dokument', 'string'),
    field('omraade', 'string'),
    field('omraade_titel', 'string'),
    field('raekke_nr', 'integer'),
    field('raekke', 'string'),
    field('konti', 'string'),
    field('gruppe', 'string'),
    field('subtotal', 'boolean'),
    field('kolonne', 'string'),
    field('aar', 'integer'),
    field('art', 'string', { enum: ['faktisk', 'budget'] }),
    field('antal', 'integer'),
  ],
  konti: [
    field('dokument', 'string'),
    field('konto', 'string'),
    field('hovedkonto', 'string'),
    field('hovedfunktion', 'string'),
    field('funktion', 'string'),
    field('navn', 'string'),
    field('omraade', 'string'),
    field('omraade_titel', 'string'),
  ],
};

/** A ratio as a percentage rounded to SHARE_DECIMALS: 0.123456 → 12.35. */
export function sharePercent(ratio: number): number {
  const factor = 10 ** SHARE_DECIMALS;
  return Math.round(ratio * 100 * factor) / factor;
}

/** One row per area: net budget, computed share, budget type and declared deviation. */
export function areaTable(doc: DataDocument): Table {
  const total = totalNetBudget(doc.areas.map((area) => area.data));
  const rows = doc.areas.map(({ slug, data }) => ({
    dokument: doc.id,
    budgetaar: doc.budgetYear,
    udvalg: doc.facts.committee,
    nr: data.order,
    omraade: slug,
    titel: data.title,
    nettobudget_kr: data.netBudget,
    andel_procent: sharePercent(shareOf(data.netBudget, total)),
    budgettype: data.budgetType ?? null,
    afvigelse_kr: data.partsDeviation?.amount ?? null,
    afvigelse_note: data.partsDeviation?.note ?? null,
  }));
  return { name: 'omraader', fields: FIELDS.omraader, rows };
}

/** One row per part of an area's net budget, areas in document order. */
export function partTable(doc: DataDocument): Table {
  const rows = doc.areas.flatMap(({ slug, data }) =>
    (data.parts ?? []).map((part, index) => ({
      dokument: doc.id,
      omraade: slug,
      omraade_titel: data.title,
      del_nr: index + 1,
      del: part.label,
      beloeb_kr: part.amount,
    })),
  );
  return { name: 'dele', fields: FIELDS.dele, rows };
}

/**
 * The recipient tables in long form: one row per table row and column. A group's subtotal is a
 * row of its own (subtotal: true), and the rows it sums name it as their group.
 */
export function recipientTable(doc: DataDocument): Table {
  const rows = doc.areas.flatMap(({ slug, data }) => {
    const table = data.recipients;
    if (!table) return [];
    const flat = table.rows.flatMap((row) =>
      isGroupRow(row)
        ? [
            { label: row.label, accounts: [] as string[], group: null, subtotal: true, values: row.values },
            ...row.children.map((child) => ({ label: child.label, accounts: child.accounts, group: row.label, subtotal: false, values: child.values })),
          ]
        : [{ label: row.label, accounts: row.accounts, group: null, subtotal: false, values: row.values }],
    );
    return flat.flatMap((row, index) =>
      table.columns.map((column, c) => ({
        dokument: doc.id,
        omraade: slug,
        omraade_titel: data.title,
        raekke_nr: index + 1,
        raekke: row.label,
        konti: row.accounts.length > 0 ? row.accounts.join(',') : null,
        gruppe: row.group,
        subtotal: row.subtotal,
        kolonne: column.label,
        aar: column.year,
        art: column.kind,
        antal: row.values[c] ?? null,
      })),
    );
  });
  return { name: 'modtagere', fields: FIELDS.modtagere, rows };
}

/** One row per function account and area that names it, in account order. */
export function accountTable(doc: DataDocument): Table {
  const titles = new Map(doc.areas.map((area) => [area.slug, area.data.title]));
  const accounts = collectAccounts(doc.areas.map((area) => ({ id: area.slug, data: area.data })));
  const rows = accounts.flatMap((account) =>
    account.areaIds.map((slug) => ({
      dokument: doc.id,
      konto: account.number,
      hovedkonto: account.hovedkonto,
      hovedfunktion: account.hovedfunktion,
      funktion: account.funktion,
      navn: account.name,
      omraade: slug,
      omraade_titel: titles.get(slug) ?? slug,
    })),
  );
  return { name: 'konti', fields: FIELDS.konti, rows };
}

/** The four tables of a document, in the order the data page lists them. */
export function documentTables(doc: DataDocument): Table[] {
  return [areaTable(doc), partTable(doc), recipientTable(doc), accountTable(doc)];
}

/** The same four tables across documents: each document's rows, documents in the order given. */
export function combinedTables(docs: readonly DataDocument[]): Table[] {
  const perDocument = docs.map(documentTables);
  return (['omraader', 'dele', 'modtagere', 'konti'] as const).map((name, index) => ({
    name,
    fields: FIELDS[name],
    rows: perDocument.flatMap((tables) => tables[index]?.rows ?? []),
  }));
}

/** A table's rows of one area only: what the table on that area's page shows. */
export function areaSlice(table: Table, slug: string): Table {
  return { ...table, rows: table.rows.filter((row) => row.omraade === slug) };
}

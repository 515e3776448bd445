// Which files a document publishes, their contents, and the Frictionless Data Package (v2) that
// describes them. Everything is computed from the tables, so a file cannot exist without its
// description, nor a description without its file.
import { da } from '../../i18n/da.ts';
import { CSV_DIALECT, DECIMAL_CHAR, FALSE_VALUES, TRUE_VALUES, toCsv } from './csv.ts';
import { toJson } from './json.ts';
import { areaSlice, combinedTables, documentTables, type DataDocument, type Field, type Table, type TableName } from './tables.ts';

/** The profile the descriptors follow. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The descriptor's own file name, next to the files it describes. */
export const DATA_PACKAGE_FILE = 'datapackage.json';

/** The file formats every table is published in. */
export const FORMATS = ['csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const MEDIA_TYPES: Record<Format, string> = { csv: 'text/csv', json: 'application/json' };

/** Tables that are also published per area, one file per table on an area page. */
const SLICED: readonly TableName[] = ['dele', 'modtagere'];

/** A table published as one file. */
export interface DataFile {
  /** The file name, also its path relative to the data package: "omraader.csv", "dele-oekonomi.json". */
  path: string;
  /** The table without extension: "omraader", "dele-oekonomi". */
  stem: string;
  format: Format;
  table: Table;
  title: string;
  description: string;
  /** Set for a file with one area's rows only: the area it holds. */
  area?: { slug: string; title: string };
}

const both = (stem: string, table: Table, title: string, description: string, area?: DataFile['area']): DataFile[] =>
  FORMATS.map((format) => ({ path: `${stem}.${format}`, stem, format, table, title, description, ...(area ? { area } : {}) }));

const whole = (table: Table): DataFile[] =>
  both(table.name, table, da.openData.tables[table.name].title, da.openData.tables[table.name].description);

// A build asks for the same files and texts several times (a document's files by its data page,
// its data package and the file routes; the combined files by every data page), always of the
// same site model's objects: each is made once per object. In `astro dev` the model is made anew
// for each request, so nothing is kept from one to the next.
const filesOfDocument = new WeakMap<DataDocument, readonly DataFile[]>();
const filesOfDocuments = new WeakMap<readonly DataDocument[], readonly DataFile[]>();
const contents = new WeakMap<Pick<DataFile, 'format' | 'table'>, string>();

/** `make(key)`, made once per key object (see above). */
function once<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

/** Every file of a document: its four tables, then each area-page table on its own (shared: not to be changed). */
export function documentFiles(doc: DataDocument): readonly DataFile[] {
  return once(filesOfDocument, doc, makeDocumentFiles);
}

function makeDocumentFiles(doc: DataDocument): DataFile[] {
  const tables = documentTables(doc);
  const slices = tables
    .filter((table) => SLICED.includes(table.name))
    .flatMap((table) =>
      doc.areas.flatMap(({ slug, data }) => {
        const slice = areaSlice(table, slug);
        if (slice.rows.length === 0) return [];
        const name = da.openData.tables[table.name].title;
        return both(`${table.name}-${slug}`, slice, da.openData.sliceTitle(name, data.title), da.openData.sliceDescription(name, data.title), {
          slug,
          title: data.title,
        });
      }),
    );
  return [...tables.flatMap(whole), ...slices];
}

/** The files of the combined set: the four tables across all documents (shared: not to be changed). */
export function combinedFiles(docs: readonly DataDocument[]): readonly DataFile[] {
  return once(filesOfDocuments, docs, (all) => combinedTables(all).flatMap(whole));
}

/** A file's text. */
export function fileContent(file: Pick<DataFile, 'format' | 'table'>): string {
  return once(contents, file, ({ format, table }) => (format === 'csv' ? toCsv(table) : toJson(table)));
}

/** Size of a text in bytes, as UTF-8. */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A column in Table Schema terms; CSV columns also say how they write decimals and booleans. */
export function schemaField(field: Field, format: Format): Record<string, unknown> {
  return {
    name: field.name,
    type: field.type,
    description: field.description,
    ...(format === 'csv' && field.type === 'number' ? { decimalChar: DECIMAL_CHAR } : {}),
    ...(format === 'csv' && field.type === 'boolean' ? { trueValues: [...TRUE_VALUES], falseValues: [...FALSE_VALUES] } : {}),
    ...(field.enum ? { constraints: { enum: [...field.enum] } } : {}),
  };
}

/** A file as a Data Resource: path, format, media type, encoding, size, dialect and table schema. */
export function dataResource(file: DataFile): Record<string, unknown> {
  return {
    name: `${file.stem}-${file.format}`,
    type: 'table',
    path: file.path,
    format: file.format,
    mediatype: MEDIA_TYPES[file.format],
    // UTF-8 with a byte order mark is still "utf-8" (IANA); readers skip the mark.
    encoding: 'utf-8',
    bytes: byteSize(fileContent(file)),
    title: file.title,
    description: file.description,
    ...(file.format === 'csv' ? { dialect: { ...CSV_DIALECT } } : { dialect: { itemType: 'object' } }),
    schema: {
      fields: file.table.fields.map((field) => schemaField(field, file.format)),
      missingValues: [''],
    },
  };
}

/** The document a package's figures come from, as the package states it. */
export function documentFacts(doc: DataDocument): Record<string, unknown> {
  return {
    id: doc.id,
    titel: doc.facts.title,
    kilde: doc.facts.source.title,
    kommune: doc.facts.municipality,
    udvalg: doc.facts.committee,
    budgetaar: doc.budgetYear,
    stadie: doc.facts.stage,
  };
}

const keywords = (docs: readonly DataDocument[]) => [
  'budget',
  'budgetbemærkninger',
  ...new Set(docs.flatMap((doc) => [doc.facts.municipality, doc.facts.committee, String(doc.budgetYear)])),
];

/** The data package of one document: its facts, its source and every file as a resource. */
export function documentPackage(doc: DataDocument, files: readonly DataFile[] = documentFiles(doc)): Record<string, unknown> {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: `budget-${doc.id}`,
    title: da.openData.packageTitle(doc.budgetYear, doc.facts.committee, doc.facts.municipality),
    description: da.openData.packageDescription(doc.facts.source.title),
    keywords: keywords([doc]),
    sources: [{ title: doc.facts.source.title }],
    dokument: documentFacts(doc),
    resources: files.map(dataResource),
  };
}

/** The data package of the combined set: the documents it spans and its files. */
export function combinedPackage(docs: readonly DataDocument[], files: readonly DataFile[] = combinedFiles(docs)): Record<string, unknown> {
  const labels = docs.map((doc) => `Budget ${doc.budgetYear}, ${doc.facts.committee}`).join('; ');
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'budget-alle-dokumenter',
    title: da.openData.combinedTitle,
    description: da.openData.combinedDescription(labels),
    keywords: keywords(docs),
    sources: docs.map((doc) => ({ title: doc.facts.source.title })),
    dokumenter: docs.map(documentFacts),
    resources: files.map(dataResource),
  };
}

/** A descriptor as the file's text. */
export function packageJson(descriptor: Record<string, unknown>): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

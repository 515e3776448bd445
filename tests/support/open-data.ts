// Reading the published data as a program would: CSV parsed with a maintained parser (csv-parse)
// configured from the dialect the data package declares, cells cast by the declared table schema,
// and descriptors checked against the Data Package standard's JSON Schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { parse } from 'csv-parse/sync';

/** The Table Dialect properties the site's CSV files declare. */
export interface Dialect {
  delimiter?: string;
  lineTerminator?: string;
  quoteChar?: string;
  doubleQuote?: boolean;
  header?: boolean;
  skipInitialSpace?: boolean;
}

/** A Table Schema field as the site's descriptors write it. */
export interface SchemaField {
  name: string;
  type: string;
  description?: string;
  decimalChar?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { enum?: string[] };
}

/** Parses CSV text as the dialect says: header row, delimiter, quote, line terminator; UTF-8 BOM skipped. */
export function parseCsv(text: string, dialect: Dialect): { header: string[]; records: string[][] } {
  const records = parse(text, {
    bom: true,
    delimiter: dialect.delimiter ?? ',',
    quote: dialect.quoteChar ?? '"',
    escape: dialect.doubleQuote === false ? '\\' : (dialect.quoteChar ?? '"'),
    record_delimiter: dialect.lineTerminator ?? '\r\n',
    ltrim: dialect.skipInitialSpace ?? false,
    relax_column_count: false,
  }) as string[][];
  if (dialect.header === false) return { header: [], records };
  const [header = [], ...rest] = records;
  return { header, records: rest };
}

/** One CSV cell read by its field's declared type: "" is missing (null), numbers by decimalChar, booleans by true/false values. */
export function castCell(cell: string, field: SchemaField, missingValues: readonly string[] = ['']): string | number | boolean | null {
  if (missingValues.includes(cell)) return null;
  switch (field.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(cell)) throw new Error(`${field.name}: "${cell}" is not an integer`);
      return Number(cell);
    }
    case 'number': {
      const decimal = field.decimalChar ?? '.';
      if (!new RegExp(`^-?\\d+(?:\\${decimal}\\d+)?$`).test(cell)) throw new Error(`${field.name}: "${cell}" is not a number`);
      return Number(cell.replace(decimal, '.'));
    }
    case 'boolean':
      if ((field.trueValues ?? ['true']).includes(cell)) return true;
      if ((field.falseValues ?? ['false']).includes(cell)) return false;
      throw new Error(`${field.name}: "${cell}" is not a declared boolean value`);
    default:
      if (field.constraints?.enum && !field.constraints.enum.includes(cell)) throw new Error(`${field.name}: "${cell}" is not allowed`);
      return cell;
  }
}

/** A CSV file as rows of typed values keyed by field name, read with its resource's dialect and schema. */
export function readCsvRows(
  text: string,
  resource: { dialect?: Dialect; schema: { fields: SchemaField[]; missingValues?: string[] } },
): { header: string[]; rows: Record<string, unknown>[] } {
  const { header, records } = parseCsv(text, resource.dialect ?? {});
  const fields = resource.schema.fields;
  const rows = records.map((record) =>
    Object.fromEntries(fields.map((field, i) => [field.name, castCell(record[i] ?? '', field, resource.schema.missingValues)])),
  );
  return { header, rows };
}

// ajv-formats is CommonJS: depending on the loader, the default import is the plugin or its module,
// whose `default` is the plugin again.
const addFormats = (formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin;

const PROFILE = fileURLToPath(new URL('../fixtures/datapackage-profile/datapackage.json', import.meta.url));

/** Ajv with the standard formats, and the profile's "textarea" (an editor hint, not a constraint). */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv;
}

/** A validator for the Data Package v2 profile (vendored; see tests/fixtures/datapackage-profile/README.md). */
export function dataPackageValidator(): (descriptor: unknown) => string[] {
  const ajv = createAjv();
  const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf-8')));
  return (descriptor) => (validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
}

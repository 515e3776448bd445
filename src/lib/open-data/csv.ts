// CSV that a double click opens right in Excel set to Danish, and that programs read from the
// dialect the data package declares: semicolons (Danish Excel's list separator), UTF-8 with a
// byte order mark (without it Excel reads æøå as cp1252), CRLF and quoting as in RFC 4180.
import type { Cell, Field, Table } from './tables.ts';

/** The CSV dialect of every file, in Frictionless Table Dialect terms. */
export const CSV_DIALECT = {
  delimiter: ';',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
} as const;

/** Excel's list separator in Danish is ";", and its decimal sign is ",". */
export const DECIMAL_CHAR = ',';

/** Booleans as Danish words; the data package declares them as the field's true and false values. */
export const TRUE_VALUES = ['ja'] as const;
export const FALSE_VALUES = ['nej'] as const;

/** UTF-8 byte order mark: tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (or as DDE in old Excel):
// OWASP's list for CSV injection, with tab and carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe from being run as a formula: text that starts with =, +, -, @, tab or CR gets
 * an apostrophe in front, which Excel and LibreOffice read as "this is text". Numbers are never
 * touched (a negative amount stays a number); the JSON files keep the text as it is.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell as RFC 4180 says, when it holds the delimiter, a quote or a line break. */
export function quoteCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value as its CSV cell: whole numbers plain, decimals with a comma, booleans ja/nej, null empty. */
export function formatCell(value: Cell, field: Pick<Field, 'type'>): string {
  if (value === null) return '';
  switch (field.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`expected a whole number, found ${String(value)}`);
      return String(value);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`expected a number, found ${String(value)}`);
      // String() never writes thousands separators; it would write 1e21 style only past 1e21.
      return String(value).replace('.', DECIMAL_CHAR);
    case 'boolean':
      return value === true ? TRUE_VALUES[0] : value === false ? FALSE_VALUES[0] : String(value);
    case 'string':
      return neutraliseFormula(String(value));
  }
}

/** The table as CSV: BOM, a header row of field names, then one line per row, each line ended by CRLF. */
export function toCsv(table: Pick<Table, 'fields' | 'rows'>): string {
  const line = (cells: string[]) => cells.map(quoteCell).join(CSV_DIALECT.delimiter) + CSV_DIALECT.lineTerminator;
  const header = line(table.fields.map((f) => neutraliseFormula(f.name)));
  const body = table.rows.map((row) => line(table.fields.map((f) => formatCell(row[f.name] ?? null, f))));
  return BOM + header + body.join('');
}

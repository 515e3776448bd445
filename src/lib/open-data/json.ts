// The JSON twin of each CSV file: the same rows, with real numbers and booleans, for programs.
import type { Table } from './tables.ts';

/** The table as JSON: an array of row objects keyed by field name in column order, empty cells as null. */
export function toJson(table: Pick<Table, 'fields' | 'rows'>): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((f) => [f.name, row[f.name] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

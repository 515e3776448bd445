// Tables as sentences for the search index (SearchOnly.astro): Pagefind reads a table cell by
// cell with nothing between a row's label and its figures ("Kontanthjælp612. 650."), so the
// tables are left out of the index and their rows are indexed as labelled sentences instead.
import { formatNumber } from './format.ts';

/** A table row as one sentence: "Kontanthjælp: Faktisk antal 2020 612, Budget 2022 610." */
export function rowSentence(label: string, columns: readonly string[], values: readonly number[]): string {
  const cells = columns.map((column, i) => `${column} ${values[i] === undefined ? '–' : formatNumber(values[i])}`);
  return `${label}: ${cells.join(', ')}.`;
}

// The recipient table as rows ready to render: groups with their rows, change cells, anchors.
// The template (RecipientTable.astro) only turns this into markup.
import { changeBetween, changePairs, seriesNames, type Change, type SeriesName } from './chart-data.ts';
import { isGroupRow, type RecipientColumnData, type RecipientTableData } from './schemas/area.ts';
import { accountAnchorId, firstMentions } from './search-aliases.ts';

/** A row that counts people: its label, accounts, counts and changes. */
export interface RecipientRowModel {
  label: string;
  accounts: readonly string[];
  values: readonly number[];
  changes: Change[];
  /** Ids of the accounts this row is the first to count: the first goes on the row, the rest on markers in it. */
  anchors: string[];
}

/** A subtotal with the rows it sums; `group` is absent for a row that stands alone. */
export interface RecipientBodyModel {
  group?: { label: string; values: readonly number[]; changes: Change[] };
  rows: RecipientRowModel[];
}

/** Everything the recipient table shows, in the source's order. */
export interface RecipientTableModel {
  /** The source's count columns with their short series names. */
  columns: { column: RecipientColumnData; name: SeriesName }[];
  /** The change columns after the count columns: from each earlier column to the last, nearest first. */
  changeColumns: { from: RecipientColumnData; to: RecipientColumnData }[];
  bodies: RecipientBodyModel[];
  /** Each subtotal's label with the labels of the rows it sums, for the note under the table. */
  groups: { label: string; children: string[] }[];
  /** True when some change has no percentage (it starts from 0), so the table needs that note. */
  hasNoPercent: boolean;
}

/** The view model of a recipient table: groups and rows with their changes and account anchors. */
export function recipientTableModel(table: RecipientTableData): RecipientTableModel {
  const pairs = changePairs(table.columns);
  const names = seriesNames(table.columns);
  const changes = (values: readonly number[]) =>
    pairs.map(({ fromIndex, toIndex }) => changeBetween(values[fromIndex] ?? 0, values[toIndex] ?? 0));
  const flat = table.rows.flatMap((row) => (isGroupRow(row) ? row.children : [row]));
  // Ids must be unique, so each account's first row carries its anchor.
  const mentions = firstMentions(flat.map((row) => row.accounts));
  let index = 0;
  const rowModel = (row: (typeof flat)[number]): RecipientRowModel => ({
    label: row.label,
    accounts: row.accounts,
    values: row.values,
    changes: changes(row.values),
    anchors: (mentions[index++] ?? []).map(accountAnchorId),
  });
  const bodies: RecipientBodyModel[] = table.rows.map((row) =>
    isGroupRow(row)
      ? { group: { label: row.label, values: row.values, changes: changes(row.values) }, rows: row.children.map(rowModel) }
      : { rows: [rowModel(row)] },
  );
  const everyChange = bodies.flatMap((body) => [...(body.group?.changes ?? []), ...body.rows.flatMap((row) => row.changes)]);
  return {
    columns: table.columns.map((column, i) => ({ column, name: names[i] ?? { label: column.label, short: column.label } })),
    changeColumns: pairs.map(({ from, to }) => ({ from, to })),
    bodies,
    groups: bodies.flatMap((body) => (body.group ? [{ label: body.group.label, children: body.rows.map((row) => row.label) }] : [])),
    hasNoPercent: everyChange.some((change) => change.ratio === null),
  };
}

// The one-sentence summary in words under each chart's caption, computed from the same data
// as the chart. Apart from chart-data.ts because it needs the UI dictionary, which the
// browser's chart script must not carry.
import { da } from '../i18n/da.ts';
import { partsSum, shareOf, type PartsStatus } from './budget.ts';
import { changeBetween, largestFirst, type ChartRow } from './chart-data.ts';
import { formatKroner, formatNumber, formatPercent, formatSignedNumber } from './format.ts';
import { isGroupRow, type BudgetPartData, type RecipientRowData, type RecipientTableData } from './schemas/area.ts';

/** The row with the largest first value (the first such row in table order). */
function largest(rows: readonly ChartRow[]): ChartRow | undefined {
  return largestFirst(rows)[0];
}

/** "X har det største nettobudget: 989.049.000 kr., 72,8 % af i alt." */
export function overviewSummary(areas: readonly { title: string; netBudget: number }[]): string {
  const rows = areas.map((area) => ({ label: area.title, values: [area.netBudget] }));
  const top = largest(rows);
  if (!top) return '';
  const total = rows.reduce((sum, row) => sum + (row.values[0] ?? 0), 0);
  const amount = top.values[0] ?? 0;
  return da.charts.overviewSummary(top.label, formatKroner(amount), formatPercent(shareOf(amount, total)));
}

/** "Fælles er den største del: 30.552.000 kr., 71,9 % af delene i alt." */
export function partsSummary(parts: readonly BudgetPartData[]): string {
  const top = largest(parts.map((part) => ({ label: part.label, values: [part.amount] })));
  if (!top) return '';
  const amount = top.values[0] ?? 0;
  return da.charts.partsSummary(top.label, formatKroner(amount), formatPercent(shareOf(amount, partsSum(parts))));
}

/** What readers are told under the parts chart when the parts do not add up to the net. */
export function partsDeviationNote(status: PartsStatus, netBudget: number): string | undefined {
  if (status.kind !== 'declared') return undefined;
  const say = status.difference > 0 ? da.charts.partsAboveNet : da.charts.partsBelowNet;
  return say(formatKroner(Math.abs(status.difference)), formatKroner(netBudget));
}

/** The rows a recipient chart draws: every row that counts people, never a subtotal. */
export function recipientLeafRows(table: RecipientTableData): RecipientRowData[] {
  return table.rows.flatMap((row) => (isGroupRow(row) ? row.children : [row]));
}

/**
 * "Førtidspension har flest modtagere i Budget 2022 (2.848); fra Budget 2021 til Budget 2022
 * stiger Sygedagpenge mest (+166), mens Dagpenge til forsikrede ledige falder mest (-116)."
 */
export function recipientSummary(table: RecipientTableData): string {
  const rows = recipientLeafRows(table);
  const last = table.columns.length - 1;
  const lastColumn = table.columns[last];
  if (!lastColumn || rows.length === 0) return '';
  const byLast = rows.map((row) => ({ label: row.label, values: [row.values[last] ?? 0] }));
  const top = largest(byLast);
  if (!top) return '';
  const first = da.charts.recipientsLargest(top.label, lastColumn.label, formatNumber(top.values[0] ?? 0));
  const previousColumn = table.columns[last - 1];
  if (!previousColumn) return `${first}.`;
  const changes = largestFirst(
    rows.map((row) => ({ label: row.label, values: [changeBetween(row.values[last - 1] ?? 0, row.values[last] ?? 0).difference] })),
  );
  const rise = changes[0];
  const fall = changes[changes.length - 1];
  const riseBy = rise?.values[0] ?? 0;
  const fallBy = fall?.values[0] ?? 0;
  const [from, to] = [previousColumn.label, lastColumn.label];
  let second: string | undefined;
  if (rise && fall && riseBy > 0 && fallBy < 0) {
    second = da.charts.recipientsRiseAndFall(from, to, rise.label, formatSignedNumber(riseBy), fall.label, formatSignedNumber(fallBy));
  } else if (rise && riseBy > 0) {
    second = da.charts.recipientsRise(from, to, rise.label, formatSignedNumber(riseBy));
  } else if (fall && fallBy < 0) {
    second = da.charts.recipientsFall(from, to, fall.label, formatSignedNumber(fallBy));
  }
  return second ? `${first}; ${second}.` : `${first}.`;
}

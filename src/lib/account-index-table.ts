// The account index's table as rows ready to render (AccountIndexTable.astro only marks them up).
import { countIn, type Account } from './accounts.ts';
import type { RecipientColumnData } from './schemas/area.ts';

/** One recipient-table row under an account in the index. */
export interface AccountIndexRow {
  label: string;
  /** The area whose table holds the row. */
  areaId: string;
  /** Every account the row counts, when it counts more than this one (a shared row); else empty. */
  sharedWith: readonly string[];
  /** The subtotal the row belongs to in its area's table, if any. */
  group: string | undefined;
  /** The row's count in each of the index's columns; undefined where its table has no such column. */
  counts: (number | undefined)[];
}

/** An account's block in the index: its rows (none when no table counts it) and how many table rows the block spans. */
export interface AccountIndexBlock {
  account: Account;
  rows: AccountIndexRow[];
  /** Table rows the account's header and area cells span: one even without rows (it says "no figures"). */
  span: number;
}

/** The blocks of the index table for `accounts`, counts matched to `columns`. */
export function accountIndexBlocks(accounts: readonly Account[], columns: readonly RecipientColumnData[]): AccountIndexBlock[] {
  return accounts.map((account) => {
    const rows = account.rows.map((row) => ({
      label: row.label,
      areaId: row.areaId,
      sharedWith: row.accounts.length > 1 ? row.accounts : [],
      group: row.group,
      counts: columns.map((column) => countIn(row, column)),
    }));
    return { account, rows, span: Math.max(1, rows.length) };
  });
}

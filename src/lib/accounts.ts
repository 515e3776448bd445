// Function accounts (funktionskonti) as the notes use them: "05.57.73" is hovedkonto 05,
// hovedfunktion 57, funktion 73. Everything here is derived from the areas' frontmatter, so an
// account gets its page, its rows and its place in the index from one source of truth.
import { parseAccount, type AccountNumber } from './account-notation.ts';
import {
  isGroupRow,
  type AreaData,
  type RecipientColumnData,
  type RecipientRowData,
} from './schemas/area.ts';

/**
 * The public names of the hovedkonti the notes use (the Ministry's kontoplan). Hovedfunktioner
 * are shown by number only: their names are not in the notes, and we do not invent them.
 */
export const HOVEDKONTO_NAMES: Readonly<Record<string, string>> = {
  '05': 'Sociale opgaver og beskæftigelse',
  '06': 'Fællesudgifter og administration m.v.',
};

/**
 * An account number in running text. Not part of a longer run of digits and dots, so amounts
 * ("12.982.000") and dates with a four-digit year never match.
 */
const ACCOUNT_IN_TEXT = /(?<![\d.])\d{2}\.\d{2}\.\d{2}(?!\.?\d)/g;

/** The public name of a hovedkonto ("05"), if it is one the site knows. */
export function hovedkontoName(hovedkonto: string): string | undefined {
  return HOVEDKONTO_NAMES[hovedkonto];
}

/** Every account number in a text, in order, repeats included. */
export function findAccountNumbers(text: string): string[] {
  return [...text.matchAll(ACCOUNT_IN_TEXT)].map((match) => match[0]);
}

/** A text cut into plain pieces and account numbers, for rendering numbers as links. */
export type TextPiece = { text: string } | { account: string };

/** Cuts a text at its account numbers: "05.48.66 og 05.48.68 X" → account, " og ", account, " X". */
export function splitAccountNumbers(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(ACCOUNT_IN_TEXT)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ account: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The least of an area the accounts need: its id and the frontmatter fields that name accounts. */
export interface AccountSourceArea {
  id: string;
  data: Pick<AreaData, 'accounts' | 'recipients'>;
}

/** One row of a recipient table that counts an account (alone or together with others). */
export interface AccountRow {
  /** The area whose table has the row. */
  areaId: string;
  /** The row's label as the source writes it, without the account numbers. */
  label: string;
  /** Every account the row covers; more than one when the row is shared. */
  accounts: string[];
  /** The label of the group (subtotal) the row belongs to, if any. */
  group?: string;
  /** The counts, one per column. */
  values: number[];
  /** The table's columns, in the order of `values`. */
  columns: RecipientColumnData[];
  /** Heading of the table's label column, e.g. "Funktion/kategori". */
  labelHeader: string;
  /** The table's "Kilde:" line, without "Kilde:". */
  source: string;
}

/** A function account with everything the site shows about it. */
export interface Account extends AccountNumber {
  /** The name as the notes give it; the rows' labels where the notes give no name. */
  name: string;
  /** Ids of the areas that list the account or count it in their table, in the order given. */
  areaIds: string[];
  /** The recipient-table rows that count the account, in table order. */
  rows: AccountRow[];
}

/** Every account named in the areas' frontmatter (their `accounts` and their table rows), by number. */
export function collectAccounts(areas: readonly AccountSourceArea[]): Account[] {
  const byNumber = new Map<string, { names: string[]; areaIds: string[]; rows: AccountRow[] }>();
  const entry = (number: string) => {
    let found = byNumber.get(number);
    if (!found) byNumber.set(number, (found = { names: [], areaIds: [], rows: [] }));
    return found;
  };
  const addArea = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const area of areas) {
    for (const account of area.data.accounts ?? []) {
      const found = entry(account.number);
      found.names.push(account.name);
      addArea(found.areaIds, area.id);
    }
    const table = area.data.recipients;
    if (!table) continue;
    const addRow = (row: RecipientRowData, group?: string) => {
      const accountRow: AccountRow = {
        areaId: area.id,
        label: row.label,
        accounts: row.accounts,
        ...(group === undefined ? {} : { group }),
        values: row.values,
        columns: table.columns,
        labelHeader: table.labelHeader,
        source: table.source,
      };
      for (const number of new Set(row.accounts)) {
        const found = entry(number);
        found.rows.push(accountRow);
        addArea(found.areaIds, area.id);
      }
    };
    for (const row of table.rows) {
      if (isGroupRow(row)) row.children.forEach((child) => addRow(child, row.label));
      else addRow(row);
    }
  }
  return [...byNumber.entries()]
    .map(([number, { names, areaIds, rows }]) => ({
      ...parseAccount(number),
      name: names[0] ?? [...new Set(rows.map((row) => row.label))].join(' / '),
      areaIds,
      rows,
    }))
    .sort((a, b) => a.number.localeCompare(b.number));
}

/** The set of account numbers that have a page. */
export function accountNumbers(areas: readonly AccountSourceArea[]): Set<string> {
  return new Set(collectAccounts(areas).map((account) => account.number));
}

/** Accounts of one hovedfunktion. */
export interface HovedfunktionGroup {
  hovedfunktion: string;
  accounts: Account[];
}

/** Accounts of one hovedkonto, by hovedfunktion. */
export interface HovedkontoGroup {
  hovedkonto: string;
  /** The public name, when the site knows it. */
  name?: string;
  hovedfunktioner: HovedfunktionGroup[];
}

/** Orders accounts as the kontoplan does: hovedkonto → hovedfunktion → funktion. */
export function groupAccounts(accounts: readonly Account[]): HovedkontoGroup[] {
  const groups: HovedkontoGroup[] = [];
  for (const account of [...accounts].sort((a, b) => a.number.localeCompare(b.number))) {
    let konto = groups.at(-1);
    if (konto?.hovedkonto !== account.hovedkonto) {
      const name = hovedkontoName(account.hovedkonto);
      konto = { hovedkonto: account.hovedkonto, ...(name ? { name } : {}), hovedfunktioner: [] };
      groups.push(konto);
    }
    let funktion = konto.hovedfunktioner.at(-1);
    if (funktion?.hovedfunktion !== account.hovedfunktion) {
      funktion = { hovedfunktion: account.hovedfunktion, accounts: [] };
      konto.hovedfunktioner.push(funktion);
    }
    funktion.accounts.push(account);
  }
  return groups;
}

/** The count columns of the given accounts' rows, each once, in the order first met. */
export function countColumns(accounts: readonly Account[]): RecipientColumnData[] {
  const columns = new Map<string, RecipientColumnData>();
  for (const row of accounts.flatMap((account) => account.rows)) {
    for (const column of row.columns) {
      const key = `${column.kind}:${column.year}:${column.label}`;
      if (!columns.has(key)) columns.set(key, column);
    }
  }
  return [...columns.values()];
}

/** A row's count in a column (matched by kind, year and label), if its table has that column. */
export function countIn(row: AccountRow, column: RecipientColumnData): number | undefined {
  const index = row.columns.findIndex(
    (c) => c.kind === column.kind && c.year === column.year && c.label === column.label,
  );
  return index === -1 ? undefined : row.values[index];
}

/** The key in an entry's remark frontmatter (`render().remarkPluginFrontmatter`) holding its passages. */
export const PASSAGES_KEY = 'accountPassages';

/** A passage of the notes that mentions accounts, as the remark plugin records it. */
export interface AccountPassage {
  /** The accounts the passage mentions, each once, in order. */
  accounts: string[];
  /** The passage's text (a paragraph or a list item), as plain text. */
  text: string;
  /** The heading the passage sits under, if any: its id (for a link) and its text. */
  section?: { id: string; text: string };
}

/** A passage together with the area it is from. */
export interface AreaPassage extends AccountPassage {
  areaId: string;
}

/** The passages, across areas, that mention `number`, in the order given. */
export function passagesMentioning(
  number: string,
  areas: readonly { id: string; passages: readonly AccountPassage[] }[],
): AreaPassage[] {
  return areas.flatMap((area) =>
    area.passages.filter((passage) => passage.accounts.includes(number)).map((passage) => ({ ...passage, areaId: area.id })),
  );
}

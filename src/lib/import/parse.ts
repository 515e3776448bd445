// Reads the budget notes' text into areas: title, figures, table and text blocks, each with the
// input line it came from. Anything it cannot place stops it with an ImportError naming the line.
import { groupChildSums } from '../budget.ts';
import {
  bulletText,
  captionFromLeadIn,
  endsSentence,
  endsTableRow,
  FRAMEWORK_BUDGET_SENTENCE,
  isNetBudgetStart,
  isSectionHeading,
  isTableHeaderLine,
  isTableStart,
  joinedLines,
  leadingAccounts,
  looksLikeHeading,
  netStatementEnd,
  parseAmount,
  parseNetStatement,
  tableColumns,
  tableSource,
  trailingValues,
  type SourceLine,
} from '../source-format/index.ts';
import type { AreaData, RecipientColumnData, RecipientGroupData, RecipientRowData, RecipientTableData } from '../schemas/area.ts';

/** Something in the input the importer cannot place: where, what it expected, what it found. */
export interface ImportProblem {
  /** 1-based input line (0 when the problem is not on one line). */
  line: number;
  expected: string;
  found: string;
}

/** Stops an import; the message names the input line, what was expected and what was found. */
export class ImportError extends Error {
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem) {
    super(`${problem.line > 0 ? `line ${problem.line}: ` : ''}expected ${problem.expected}; found ${problem.found}.`);
    this.name = 'ImportError';
    this.problem = problem;
  }
}

/** A note for the report that does not stop the import. */
export interface ImportWarning {
  line: number;
  message: string;
}

/** One block of an area's text, in source order. */
export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: { text: string; line: number }[]; line: number }
  | { kind: 'table'; line: number };

/** An area as read from the source, before editorial additions. */
export interface ParsedArea {
  title: string;
  /** Input line of the title. */
  line: number;
  /** Input line of the net budget statement. */
  netLine: number;
  order: number;
  netBudget: number;
  /** The year the net budget line names, when it names one. */
  statementYear: number | null;
  parts: { label: string; amount: number }[];
  budgetType?: 'rammebudget';
  accounts: { number: string; name: string }[];
  recipients?: RecipientTableData;
  blocks: Block[];
  warnings: ImportWarning[];
}

/** The whole notes as read. */
export interface ParsedNotes {
  /** Text before the first area (the document's own title, "Bemærkninger"). */
  title: string;
  areas: ParsedArea[];
}

const fail = (line: number, expected: string, found: string): never => {
  throw new ImportError({ line, expected, found });
};

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}…` : text}"`;

/** Collapses whitespace runs to one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads the notes' text; throws ImportError on anything it cannot place. */
export function parseNotes(raw: string): ParsedNotes {
  const lines = joinedLines(raw);
  if (lines.length === 0) fail(1, 'the text of budget notes', 'an empty file');
  const texts = lines.map((l) => l.text);
  const netStarts = texts.flatMap((text, i) => (isNetBudgetStart(text) ? [i] : []));
  if (netStarts.length === 0) {
    fail(lines[0]?.line ?? 1, 'budget notes: areas, each a title followed by "Samlet nettobudget for området …: 1.234.000 kr."', `no net budget line; the text starts ${quote(texts[0] ?? '')}`);
  }

  // Each area: its title lines right before its net statement, its body up to the next title.
  const spans = netStarts.map((net, n) => {
    let titleStart = net - 1;
    // A title broken over two lines without a hyphen: the second line continues in lowercase, or
    // the first ends in a dash, a comma or "og" ("Arbejdsmarked og Borgerservice –" / "Sociale …").
    const floor = netStarts[n - 1] === undefined ? 0 : netStatementEnd(texts, netStarts[n - 1] as number);
    while (
      titleStart - 1 >= floor &&
      (/^\p{Ll}/u.test(texts[titleStart] ?? '') || /(?:[–—,-]|\s(?:og|for|i|samt))$/u.test(texts[titleStart - 1] ?? ''))
    ) {
      titleStart -= 1;
    }
    const previousNet = netStarts[n - 1];
    if (titleStart < 0 || (previousNet !== undefined && titleStart <= netStatementEnd(texts, previousNet) - 1)) {
      fail(lines[net]?.line ?? 0, 'an area title on the line before the net budget line', `no title before ${quote(texts[net] ?? '')}`);
    }
    return { titleStart, net, netEnd: netStatementEnd(texts, net) };
  });
  const title = squash(texts.slice(0, spans[0]?.titleStart ?? 0).join(' '));

  const areas = spans.map((span, n) => {
    const bodyEnd = spans[n + 1]?.titleStart ?? lines.length;
    return parseArea(lines, span, bodyEnd, n + 1);
  });
  return { title, areas };
}

function parseArea(lines: SourceLine[], span: { titleStart: number; net: number; netEnd: number }, bodyEnd: number, order: number): ParsedArea {
  const titleLines = lines.slice(span.titleStart, span.net);
  const title = squash(titleLines.map((l) => l.text).join(' '));
  const netLine = lines[span.net]?.line ?? 0;
  const statement = squash(lines.slice(span.net, span.netEnd).map((l) => l.text).join(' '));
  const net = parseNetStatement(statement);
  if ('expected' in net) fail(netLine, net.expected, net.found);
  const { netBudget, parts, year } = net as Exclude<typeof net, { expected: string }>;
  if (parts.length === 1) fail(netLine, 'no parts, or at least two parts in the parentheses', `one part, ${quote(parts[0]?.label ?? '')}`);

  const area: ParsedArea = {
    title,
    line: titleLines[0]?.line ?? netLine,
    netLine,
    order,
    netBudget,
    statementYear: year,
    parts,
    accounts: [],
    blocks: [],
    warnings: [],
  };
  readBody(area, lines.slice(span.netEnd, bodyEnd));
  if (area.blocks.some((b) => b.kind === 'paragraph' && b.text.includes(FRAMEWORK_BUDGET_SENTENCE))) area.budgetType = 'rammebudget';
  for (const block of area.blocks) {
    if (block.kind !== 'list') continue;
    for (const item of block.items) {
      const { accounts, rest } = leadingAccounts(item.text);
      for (const number of accounts) {
        if (rest && !area.accounts.some((a) => a.number === number)) area.accounts.push({ number, name: rest });
      }
    }
  }
  return area;
}

/** Reads an area's text into blocks; the table, when there is one, into `area.recipients`. */
function readBody(area: ParsedArea, body: SourceLine[]): void {
  const blocks = area.blocks;
  let paragraph: SourceLine[] | null = null;
  let list: Extract<Block, { kind: 'list' }> | null = null;
  const sections = new Map<string, number>();
  const flush = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: squash(paragraph.map((l) => l.text).join(' ')), line: paragraph[0]?.line ?? 0 });
    paragraph = null;
    list = null;
  };

  for (let i = 0; i < body.length; i += 1) {
    const current = body[i] as SourceLine;
    const text = current.text;
    if (isTableStart(text)) {
      flush();
      if (area.recipients) fail(current.line, 'at most one recipient table in an area', `a second table in "${area.title}"`);
      const lead = paragraphBefore(blocks);
      const { table, end } = readTable(body, i, lead, area);
      area.recipients = table;
      blocks.push({ kind: 'table', line: current.line });
      i = end;
      continue;
    }
    const bullet = bulletText(text);
    if (bullet !== null) {
      if (paragraph) flush();
      if (!list) {
        list = { kind: 'list', items: [], line: current.line };
        blocks.push(list);
      }
      list.items.push({ text: squash(bullet), line: current.line });
      continue;
    }
    if (list && /^\p{Ll}/u.test(text)) {
      // A bullet's text wrapped onto the next line.
      const item = list.items.at(-1);
      if (item) item.text = squash(`${item.text} ${text}`);
      continue;
    }
    list = null;
    const open: SourceLine[] | null = paragraph;
    const last = open?.at(-1);
    const next = body[i + 1];
    const atBlockStart = !last || endsSentence(last.text);
    const headingHere =
      isSectionHeading(text) ||
      (atBlockStart && looksLikeHeading(text) && next !== undefined && bulletText(next.text) === null && !isTableStart(next.text) && /^[\p{Lu}\p{N}"”„]/u.test(next.text));
    if (headingHere) {
      flush();
      const section = isSectionHeading(text);
      if (section) {
        const key = squash(text).replace(/\.$/, '');
        const seen = sections.get(key);
        if (seen !== undefined) {
          // A section starting over means a new area began without its net budget line; its title is
          // most likely the heading just before.
          const before = blocks.at(-1);
          const title = before?.kind === 'heading' ? before : null;
          fail(
            title?.line ?? current.line,
            `a net budget line ("Samlet nettobudget for området …: 1.234.000 kr.") after ${title ? `the area title "${title.text}"` : 'each area title'}`,
            `${title ? `"${title.text}" followed by ` : ''}a second "${key}" in "${area.title}" (the first is on line ${seen})`,
          );
        }
        sections.set(key, current.line);
      }
      const level = section || !blocks.some((b) => b.kind === 'heading') ? 2 : 3;
      blocks.push({ kind: 'heading', level, text: squash(text), line: current.line });
      continue;
    }
    if (open && last && !(endsSentence(last.text) && current.blankBefore && /^[\p{Lu}\p{N}"”„'§]/u.test(text))) {
      open.push(current);
      continue;
    }
    flush();
    paragraph = [current];
  }
  flush();
}

/** The paragraph right before the table (the sentence that introduces it), if the last block is one. */
function paragraphBefore(blocks: Block[]): string | null {
  const last = blocks.at(-1);
  return last?.kind === 'paragraph' ? last.text : null;
}

/** Reads the recipient table starting at `start` ("Funktion/kategori") up to its "Kilde:" line. */
function readTable(body: SourceLine[], start: number, lead: string | null, area: ParsedArea): { table: RecipientTableData; end: number } {
  const first = body[start] as SourceLine;
  let i = start + 1;
  const header: string[] = [];
  while (i < body.length && isTableHeaderLine(body[i]?.text ?? '')) {
    header.push(body[i]?.text ?? '');
    i += 1;
  }
  const columns: RecipientColumnData[] = tableColumns(header.join(' '));
  if (columns.length === 0) {
    fail(first.line, 'the table\'s column headings after "Funktion/kategori", each with its year ("Faktisk antal 2020", "Budget 2022")', header.length ? quote(header.join(' ')) : 'none');
  }
  const width = columns.length;
  const rows: (RecipientRowData & { line: number })[] = [];
  let pending: SourceLine[] = [];
  let source: string | null = null;
  for (; i < body.length; i += 1) {
    const current = body[i] as SourceLine;
    source = tableSource(current.text);
    if (source !== null) break;
    pending.push(current);
    if (!endsTableRow(current.text)) continue;
    const rowText = squash(pending.map((l) => l.text).join(' '));
    const rowLine = pending[0]?.line ?? current.line;
    pending = [];
    const split = trailingValues(rowText);
    if (split.values.length !== width) {
      fail(rowLine, `${width} values at the end of the table row, one per column (${columns.map((c) => c.label).join(', ')})`, `${split.values.length} value(s) in ${quote(rowText)}`);
    }
    const numbers = split.values.map((value) => {
      const n = parseAmount(value);
      if (n === null) fail(rowLine, 'a count written as a whole number with dots between thousands ("2.816")', `"${value}" in ${quote(rowText)}`);
      return n as number;
    });
    const { accounts, rest } = leadingAccounts(split.head);
    if (!rest) fail(rowLine, 'a label for the table row', quote(rowText));
    rows.push({ accounts, label: rest, values: numbers, line: rowLine });
  }
  if (source === null) fail(first.line, 'the table to end with its source line, "Kilde: …"', `no "Kilde:" line before the end of "${area.title}"`);
  if (pending.length > 0) {
    fail(pending[0]?.line ?? first.line, `a table row ending in ${width} values`, quote(squash(pending.map((l) => l.text).join(' '))));
  }
  if (rows.length === 0) fail(first.line, 'at least one table row', 'none');

  const tableRows: (RecipientRowData | RecipientGroupData)[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as RecipientRowData & { line: number };
    const { line, ...data } = row;
    if (row.accounts.length > 0) {
      tableRows.push(data);
      continue;
    }
    // A row without accounts is a group: its values are the sums of the rows right under it.
    const children: RecipientRowData[] = [];
    let matched = false;
    for (let c = r + 1; c < rows.length && (rows[c]?.accounts.length ?? 0) > 0; c += 1) {
      const { line: _childLine, ...child } = rows[c] as RecipientRowData & { line: number };
      children.push(child);
      const sums = groupChildSums({ label: row.label, values: row.values, children });
      if (children.length >= 2 && sums.every((sum, k) => sum === row.values[k])) {
        matched = true;
        break;
      }
      if (sums.some((sum, k) => sum > (row.values[k] ?? 0))) break;
    }
    if (!matched) {
      const sums = children.length ? groupChildSums({ label: row.label, values: row.values, children }) : [];
      fail(
        line,
        `a group row ("${row.label}", no account) whose values equal the sums of the rows under it`,
        `values ${row.values.join(' ')}; ${children.length ? `the ${children.length} row(s) under it add up to ${sums.join(' ')}` : 'no rows with accounts under it'}`,
      );
    }
    tableRows.push({ label: row.label, values: row.values, children });
    r += children.length;
  }

  let caption = lead ? captionFromLeadIn(lead) : null;
  if (!caption) {
    caption = `Antal modtagere fordelt på funktion`;
    area.warnings.push({ line: first.line, message: `no sentence "Nedenstående er redegjort for …" before the table; caption set to "${caption}"` });
  }
  const table: RecipientTableData = { caption, labelHeader: squash(first.text), columns, source: source as string, rows: tableRows };
  return { table, end: i };
}

/** The imported fields of an area's frontmatter, in the order they are written. */
export const IMPORTED_FIELDS = ['title', 'order', 'netBudget', 'budgetType', 'parts', 'partsDeviation', 'accounts', 'recipients'] as const;

/** An area's data as the source gives it (editorial fields and the deviation note come later). */
export function sourceData(area: ParsedArea): Omit<AreaData, 'partsDeviation' | 'related'> {
  return {
    title: area.title,
    order: area.order,
    netBudget: area.netBudget,
    ...(area.budgetType ? { budgetType: area.budgetType } : {}),
    ...(area.parts.length ? { parts: area.parts } : {}),
    ...(area.accounts.length ? { accounts: area.accounts } : {}),
    ...(area.recipients ? { recipients: area.recipients } : {}),
  };
}

// The notes' own conventions, line by line: net budget statements, amounts, the recipient
// table, "Kilde:", headings, bullets and account lists. The importer and the fidelity test both
// read the source through these, so what one recognises the other checks.

/** An amount as the notes write it: Danish thousands separators, no decimals ("989.049.000"). */
export const AMOUNT_PATTERN = String.raw`\d{1,3}(?:\.\d{3})*`;

/** Every amount with at least one thousands separator in a text ("989.049.000", not "2022"). */
export const THOUSANDS_AMOUNT = /\d{1,3}(?:\.\d{3})+/g;

/** A function account in the notes' notation: hovedkonto.hovedfunktion.funktion, "05.57.73". */
export const ACCOUNT_PATTERN = String.raw`\d{2}\.\d{2}\.\d{2}`;

/** Parses a Danish amount ("46.847.000" → 46847000); null when it is not written that way ("46.847,000"). */
export function parseAmount(text: string): number | null {
  if (!new RegExp(`^${AMOUNT_PATTERN}$`).test(text)) return null;
  return Number(text.replace(/\./g, ''));
}

/** True for the first line of a net budget statement ("Samlet nettobudget for området …"). */
export function isNetBudgetStart(line: string): boolean {
  return /^Samlet nettobudget\b/u.test(line.trim());
}

/** Index after the last line of the net budget statement starting at `start`: parentheses must close. */
export function netStatementEnd(lines: readonly string[], start: number): number {
  let end = start;
  let depth = 0;
  do {
    const line = lines[end] ?? '';
    depth += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
    end += 1;
  } while (depth > 0 && end < lines.length);
  return end;
}

/** A net budget statement as read: the net, the year it names (if any) and the parts in parentheses. */
export interface NetStatement {
  year: number | null;
  netBudget: number;
  parts: { label: string; amount: number }[];
}

/** Why a statement could not be read: what was expected, what was found. */
export interface RecogniseError {
  expected: string;
  found: string;
}

const NET_STATEMENT = /^Samlet nettobudget for området(?: i (\d{4}))?\s*:\s*(\S+?)\s*kr\.?\s*(?:\((.*)\))?\s*$/u;
const PART = /^\s*([^:,()]+?)\s*:\s*([\d.,]+)\s*(?:kr\.?)?\s*$/u;

/**
 * Reads a whole net budget statement ("Samlet nettobudget for området i 2022: 989.049.000 kr.",
 * "…: 42.339.000kr. (Stab: 11.938.000 kr., Fælles: 30.552.000 kr.)"); parts may lack "kr.".
 */
export function parseNetStatement(statement: string): NetStatement | RecogniseError {
  const text = statement.replace(/\s+/g, ' ').trim();
  const match = NET_STATEMENT.exec(text);
  const shape = '"Samlet nettobudget for området[ i ÅÅÅÅ]: 1.234.000 kr." with any parts in parentheses, "(Stab: 1.000.000 kr., Fælles: 234.000 kr.)"';
  if (!match) return { expected: shape, found: `"${text}"` };
  const [, year, netText = '', partsText] = match;
  const netBudget = parseAmount(netText);
  if (netBudget === null) return { expected: 'an amount in kroner written with dots between thousands, e.g. "46.847.000"', found: `"${netText}"` };
  const parts: NetStatement['parts'] = [];
  if (partsText !== undefined) {
    for (const piece of partsText.split(/,(?=\s*[^\d\s])/u)) {
      const part = PART.exec(piece);
      const amount = part ? parseAmount(part[2] ?? '') : null;
      if (!part || amount === null) {
        return { expected: 'a part written "Name: 1.234.000 kr." (dots between thousands)', found: `"${piece.trim()}"` };
      }
      parts.push({ label: part[1] ?? '', amount });
    }
  }
  return { year: year === undefined ? null : Number(year), netBudget, parts };
}

/** The label/amount pairs a statement names, its net included ("Stab: 11.938.000"), for comparing. */
export function statementFigures(statement: string): { label: string; amount: string }[] {
  return [...statement.matchAll(/([\p{L}][\p{L} ]*?):\s*(\d{1,3}(?:\.\d{3})+)/gu)].map(([, label = '', amount = '']) => ({ label, amount }));
}

/** The sentence that makes an area's budget a framework budget. */
export const FRAMEWORK_BUDGET_SENTENCE = 'Budgettet er et rammebudget.';

/** The recipient table's first line: the heading of its label column. */
export function isTableStart(line: string): boolean {
  return line.trim() === 'Funktion/kategori';
}

/** The table's source line ("Kilde: OPUS, …"): the text after "Kilde:", or null. */
export function tableSource(line: string): string | null {
  const match = /^Kilde:\s*(.+?)\s*$/u.exec(line.trim());
  return match ? (match[1] ?? null) : null;
}

/** A line that belongs to the table's header: words, possibly a year, or a year alone ("Budget", "2021"). */
export function isTableHeaderLine(line: string): boolean {
  const text = line.trim();
  return !startsWithAccount(text) && /^(?:[\p{L}][\p{L}/ .-]*?)?\s*(?:(?:19|20)\d{2})?$/u.test(text) && text !== '';
}

/** The columns a table's header text names: "Faktisk antal 2020 Budget 2021" → two columns. */
export function tableColumns(header: string): { label: string; year: number; kind: 'faktisk' | 'budget' }[] {
  return [...header.replace(/\s+/g, ' ').matchAll(/(\p{L}[\p{L} ]*?)\s*((?:19|20)\d{2})/gu)].map(([, words = '', year = '']) => ({
    label: `${words.trim()} ${year}`,
    year: Number(year),
    kind: /faktisk|regnskab/iu.test(words) ? 'faktisk' : 'budget',
  }));
}

/** The numbers a table row ends with, as written ("2.816 2.716 2.848"), and the text before them. */
export function trailingValues(line: string): { head: string; values: string[] } {
  const match = /^(.*?)((?:\s*\b\d[\d.,]*)+)\s*$/u.exec(line.trim());
  if (!match) return { head: line.trim(), values: [] };
  return { head: (match[1] ?? '').trim(), values: (match[2] ?? '').trim().split(/\s+/) };
}

/** True when a line ends a table row: it ends in a number (a row's label may wrap, its values end it). */
export function endsTableRow(line: string): boolean {
  return trailingValues(line).values.length > 0;
}

/** The accounts a line starts with ("05.48.66 & 05.48.68 Førtidspension", "05.48.66 og 05.48.68 …") and the rest. */
export function leadingAccounts(line: string): { accounts: string[]; rest: string } {
  const match = new RegExp(`^(${ACCOUNT_PATTERN}(?:\\s*(?:&|og|,)\\s*${ACCOUNT_PATTERN})*)\\s+(.*)$`, 'u').exec(line.trim());
  if (!match) return { accounts: [], rest: line.trim() };
  return { accounts: (match[1] ?? '').match(new RegExp(ACCOUNT_PATTERN, 'g')) ?? [], rest: (match[2] ?? '').trim() };
}

/** True when a line starts with a function account. */
export function startsWithAccount(line: string): boolean {
  return new RegExp(`^${ACCOUNT_PATTERN}\\b`).test(line.trim());
}

/** The bullet characters of the extraction. */
const BULLET = /^[•▪◦●·]\s*/u;

/** A bullet item's text ("• Licenser" → "Licenser"), or null when the line is not a bullet. */
export function bulletText(line: string): string | null {
  const text = line.trim();
  if (BULLET.test(text)) return text.replace(BULLET, '').trim();
  // Lists of paragraphs of a law ("§ 85 Socialpædagogisk støtte") come without bullets.
  if (/^§\s*\d/u.test(text)) return text;
  return null;
}

/** The notes' section headings: the level-2 headings of every area. */
const SECTION_HEADINGS = /^(?:Beskrivelse af området|Budgetgrundlag|Udvikling og udfordringer|Lov- og regelændringer)\.?$/u;

/** True for a section heading of the notes ("Budgetgrundlag", "Udvikling og udfordringer."). */
export function isSectionHeading(line: string): boolean {
  return SECTION_HEADINGS.test(line.trim());
}

/** The longest line that can be a heading: longer lines are running text. */
export const HEADING_MAX_LENGTH = 70;

/**
 * A line that can be a heading by its shape: a section heading, or short, starting with an
 * uppercase letter and not ending like a sentence or a clause (".", ":", ",", ";").
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (isSectionHeading(text)) return true;
  return (
    text.length <= HEADING_MAX_LENGTH &&
    /^\p{Lu}/u.test(text) &&
    !/[.:;,!?)”"]$/u.test(text) &&
    !startsWithAccount(text) &&
    bulletText(text) === null
  );
}

/** True when a line ends a sentence (".", "!", "?", also before a closing quote or parenthesis) or a lead-in (":"). */
export function endsSentence(line: string): boolean {
  return /[.!?:]["”’)]*$/u.test(line.trim()) || /\)$/u.test(line.trim());
}

/**
 * The table's caption from the sentence that introduces it: "Nedenstående er redegjort for
 * budgetteret antal … 2021." → "Budgetteret antal … 2021"; null when the sentence is not of that kind.
 */
export function captionFromLeadIn(paragraph: string): string | null {
  const match = /(?:^|[.!?]\s+)Nedenstående (?:er (?:en )?(?:redegjort for|opgjort|vist)|viser|ses)\s+(.+?)\.?\s*$/u.exec(paragraph.trim());
  const caption = match?.[1]?.trim();
  if (!caption) return null;
  return caption.charAt(0).toLocaleUpperCase('da') + caption.slice(1);
}

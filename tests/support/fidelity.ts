// Compares the source text with the built site: every sentence of an area's text must be on
// that area's page, every figure shown, every table row present. Pure, so it is tested itself.
// The source's conventions (net budget statements, the table, "Kilde:") come from the module the
// importer uses, so the test checks the source the way the importer reads it.
import {
  endsTableRow,
  isNetBudgetStart,
  isTableHeaderLine,
  isTableStart,
  netStatementEnd,
  statementFigures,
  tableSource,
  THOUSANDS_AMOUNT,
} from '../../src/lib/source-format/index.ts';
import { normalizeText, sourceLines, splitSentences } from '../../src/lib/source-text.ts';

/** What the site shows for one area. */
export interface PageText {
  /** The area's title (its page's h1). */
  title: string;
  /** The article's text, whitespace collapsed. */
  text: string;
  /** Each table header row's and body row's text, whitespace collapsed. */
  tableRows: string[];
}

/** Something of the source that the site does not show, and where it should be. */
export interface Missing {
  area: string;
  kind: 'title' | 'sentence' | 'figure' | 'net budget' | 'table row' | 'table header' | 'preamble';
  text: string;
}

const FIGURE = /\d+(?:[.,]\d+)*/g;

/** Checks one area's source lines against its page; returns what is missing. */
export function compareArea(area: string, lines: string[], page: PageText): Missing[] {
  const missing: Missing[] = [];
  const has = (needle: string) => page.text.includes(needle);
  const prose: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isNetBudgetStart(line)) {
      const end = netStatementEnd(lines, i);
      const statement = normalizeText(lines.slice(i, end).join(' '));
      // The page states the net and each part as "<label>: <amount> kr.", whatever the
      // source's own spacing ("42.339.000kr.") or a missing "kr." after a part.
      const [net] = statement.match(THOUSANDS_AMOUNT) ?? [];
      if (!net || !has(`${net} kr.`)) missing.push({ area, kind: 'net budget', text: statement });
      for (const { label, amount } of statementFigures(statement)) {
        if (!label.startsWith('Samlet') && !has(`${label}: ${amount} kr.`)) {
          missing.push({ area, kind: 'net budget', text: `${label}: ${amount} kr.` });
        }
      }
      i = end;
      continue;
    }
    if (isTableStart(line)) {
      const header: string[] = [line];
      i += 1;
      while (i < lines.length && isTableHeaderLine(lines[i] ?? '')) {
        header.push(lines[i] ?? '');
        i += 1;
      }
      let row: string[] = [];
      while (i < lines.length && tableSource(lines[i] ?? '') === null) {
        const current = lines[i] ?? '';
        row.push(current);
        if (endsTableRow(current)) {
          const text = normalizeText(row.join(' '));
          if (!page.tableRows.some((tr) => tr === text || tr.startsWith(`${text} `))) {
            missing.push({ area, kind: 'table row', text });
          }
          row = [];
        }
        i += 1;
      }
      const headerText = normalizeText(header.join(' '));
      if (!page.tableRows.some((tr) => tr === headerText || tr.startsWith(`${headerText} `))) {
        missing.push({ area, kind: 'table header', text: headerText });
      }
      // The table's "Kilde:" line is shown with the table, apart from the running text.
      const sourceLine = normalizeText(lines[i] ?? '');
      if (sourceLine && !has(sourceLine)) missing.push({ area, kind: 'table row', text: sourceLine });
      i += 1;
      continue;
    }
    prose.push(line);
    i += 1;
  }
  const text = normalizeText(prose.join(' '));
  for (const sentence of splitSentences(text)) {
    if (!has(sentence)) missing.push({ area, kind: 'sentence', text: sentence });
  }
  for (const figure of new Set(text.match(FIGURE) ?? [])) {
    if (!has(figure)) missing.push({ area, kind: 'figure', text: figure });
  }
  return missing;
}

/**
 * Checks the whole source against the site: the source is cut into areas at the pages'
 * titles (which must be lines of the source), text before the first title belongs on the front page.
 */
export function compareSource(raw: string, pages: PageText[], frontPageText: string): Missing[] {
  const lines = sourceLines(raw).map(normalizeText).filter((line) => line !== '');
  const missing: Missing[] = [];
  const starts = pages.map((page) => ({ page, at: lines.indexOf(normalizeText(page.title)) }));
  for (const { page, at } of starts) {
    if (at === -1) missing.push({ area: page.title, kind: 'title', text: `"${page.title}" is not a line of the source` });
  }
  const found = starts.filter((s) => s.at !== -1).sort((a, b) => a.at - b.at);
  const first = found[0]?.at ?? lines.length;
  for (const sentence of splitSentences(normalizeText(lines.slice(0, first).join(' ')))) {
    if (!frontPageText.includes(sentence)) missing.push({ area: '(front page)', kind: 'preamble', text: sentence });
  }
  found.forEach(({ page, at }, n) => {
    const end = found[n + 1]?.at ?? lines.length;
    missing.push(...compareArea(page.title, lines.slice(at + 1, end), page));
  });
  return missing;
}

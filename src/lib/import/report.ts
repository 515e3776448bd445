// The import's report: what was recognised in every area, and every warning with its line, so a
// person can check the result against the PDF before publishing it.
import { totalNetBudget } from '../budget.ts';
import { formatKroner } from '../format.ts';
import { isGroupRow } from '../schemas/area.ts';
import { ACCOUNT_PATTERN } from '../source-format/index.ts';
import type { ImportedArea, ImportedDocument } from './document.ts';

/** Counts of an area's text blocks as recognised. */
export interface TextCounts {
  headings: number;
  paragraphs: number;
  bullets: number;
  accountMentions: number;
}

/** Counts headings, paragraphs, bullet items and mentions of function accounts in an area's text. */
export function textCounts(area: Pick<ImportedArea, 'parsed'>): TextCounts {
  const counts: TextCounts = { headings: 0, paragraphs: 0, bullets: 0, accountMentions: 0 };
  const mentions = (text: string) => (text.match(new RegExp(`\\b${ACCOUNT_PATTERN}\\b`, 'g')) ?? []).length;
  for (const block of area.parsed.blocks) {
    if (block.kind === 'heading') counts.headings += 1;
    if (block.kind === 'paragraph') {
      counts.paragraphs += 1;
      counts.accountMentions += mentions(block.text);
    }
    if (block.kind === 'list') {
      counts.bullets += block.items.length;
      for (const item of block.items) counts.accountMentions += mentions(item.text);
    }
  }
  return counts;
}

/** The report as lines of text. */
export function formatReport(doc: ImportedDocument, outcome: string): string {
  const out: string[] = [];
  const facts = doc.facts as { municipality: string; committee: string; budgetYear: number; stage: string; title: string };
  out.push(
    `${facts.title}, Budget ${facts.budgetYear}, ${facts.committee} (${facts.municipality}, ${facts.stage}): ${doc.areas.length} areas, net budgets ${formatKroner(totalNetBudget(doc.areas.map((a) => a.data)))} in all`,
  );
  for (const area of doc.areas) {
    const { data } = area;
    out.push('', `${data.order}. ${data.title}  (omraader/${area.slug}.mdx, from line ${area.parsed.line})`);
    out.push(`   net budget ${formatKroner(data.netBudget)}${data.budgetType ? `, ${data.budgetType}` : ''}`);
    if (data.parts) {
      out.push(`   parts: ${data.parts.map((p) => `${p.label} ${formatKroner(p.amount)}`).join(' + ')}${data.partsDeviation ? `; deviation ${formatKroner(data.partsDeviation.amount)} declared` : ''}`);
    }
    if (data.accounts) out.push(`   accounts listed: ${data.accounts.map((a) => a.number).join(', ')}`);
    const table = data.recipients;
    if (table) {
      const groups = table.rows.filter(isGroupRow);
      const rows = table.rows.reduce((n, row) => n + 1 + (isGroupRow(row) ? row.children.length : 0), 0);
      out.push(
        `   table "${table.caption}": columns ${table.columns.map((c) => `${c.label} (${c.kind})`).join(', ')}; ${rows} rows, ${groups.length} of them groups (${groups.map((g) => g.label).join('; ')}); source "${table.source}"`,
      );
    }
    const counts = textCounts(area);
    out.push(`   text: ${counts.headings} headings, ${counts.paragraphs} paragraphs, ${counts.bullets} bullets, ${counts.accountMentions} account mentions`);
    if (area.kept.length) out.push(`   kept from the existing document: ${area.kept.join(', ')}`);
  }
  out.push('', doc.warnings.length ? `Warnings (${doc.warnings.length}):` : 'No warnings.');
  // A warning of several lines (the content's problems an import did not cause) keeps them under it.
  for (const w of doc.warnings) out.push(`  ${w.line > 0 ? `line ${w.line}` : '(document)'}${w.area ? ` (${w.area})` : ''}: ${w.message.replaceAll('\n', '\n    ')}`);
  out.push('', outcome);
  return out.join('\n');
}

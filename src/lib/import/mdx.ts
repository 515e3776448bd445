// Writes an area as the MDX file the site reads: frontmatter in the content's house style (the
// README's example), then the text as Markdown. The same data always gives the same bytes.
import { RECIPIENT_TABLE_TAG } from '../checks.ts';
import { isGroupRow, type AreaData, type RecipientRowData } from '../schemas/area.ts';
import type { Block } from './parse.ts';

/** A string as a YAML double-quoted scalar (JSON's escapes are YAML's). */
const str = (text: string) => JSON.stringify(text);

/** A plain YAML scalar when safe (slugs, enum values), quoted otherwise. */
const plain = (text: string) => (/^[a-z0-9][a-z0-9-]*$/.test(text) ? text : str(text));

/** Any other value in flow style: a list of slugs as `[a, b]`, anything else as JSON (valid YAML). */
function flow(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `[${value.map(plain).join(', ')}]`;
  if (typeof value === 'string') return str(value);
  return JSON.stringify(value);
}

function rowLines(row: RecipientRowData, indent: string): string[] {
  return [
    `${indent}- accounts: [${row.accounts.map(str).join(', ')}]`,
    `${indent}  label: ${str(row.label)}`,
    `${indent}  values: [${row.values.join(', ')}]`,
  ];
}

/** The frontmatter block (with its `---` fences) for an area's data; keys in the README's order, extra keys after. */
export function frontmatter(data: AreaData & Record<string, unknown>): string {
  const out: string[] = ['---', `title: ${str(data.title)}`, `order: ${data.order}`, `netBudget: ${data.netBudget}`];
  if (data.budgetType) out.push(`budgetType: ${data.budgetType}`);
  if (data.parts) {
    out.push('parts:');
    for (const part of data.parts) out.push(`  - label: ${str(part.label)}`, `    amount: ${part.amount}`);
  }
  if (data.partsDeviation) out.push('partsDeviation:', `  amount: ${data.partsDeviation.amount}`, `  note: ${str(data.partsDeviation.note)}`);
  if (data.accounts) {
    out.push('accounts:');
    for (const account of data.accounts) out.push(`  - number: ${str(account.number)}`, `    name: ${str(account.name)}`);
  }
  const table = data.recipients;
  if (table) {
    out.push('recipients:', `  caption: ${str(table.caption)}`, `  labelHeader: ${str(table.labelHeader)}`, '  columns:');
    for (const c of table.columns) out.push(`    - { label: ${str(c.label)}, year: ${c.year}, kind: ${c.kind} }`);
    out.push(`  source: ${str(table.source)}`, '  rows:');
    for (const row of table.rows) {
      if (isGroupRow(row)) {
        out.push(`    - label: ${str(row.label)}`, `      values: [${row.values.join(', ')}]`, '      children:');
        for (const child of row.children) out.push(...rowLines(child, '        '));
      } else {
        out.push(...rowLines(row, '    '));
      }
    }
  }
  const known = new Set(['title', 'order', 'netBudget', 'budgetType', 'parts', 'partsDeviation', 'accounts', 'recipients']);
  for (const [key, value] of Object.entries(data)) {
    if (!known.has(key) && value !== undefined) out.push(`${key}: ${flow(value)}`);
  }
  out.push('---');
  return out.join('\n');
}

/**
 * Escapes what Markdown or MDX would otherwise read as syntax: `{`, `<`, `\`, `*`, `_`, `[`
 * anywhere, and a line start that makes a heading, quote, list or numbered list ("1. januar").
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\{}<>*_[\]`]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([#+-])(?=\s|$)/, '\\$1');
}

/** The area's text as Markdown: section headings `##`, sub-headings `###`, lists `- `, the table's tag. */
export function markdownBody(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
        case 'paragraph':
          return escapeMarkdown(block.text);
        case 'list':
          return block.items.map((item) => `- ${escapeMarkdown(item.text)}`).join('\n');
        case 'table':
          return RECIPIENT_TABLE_TAG;
      }
    })
    .join('\n\n');
}

/** The whole MDX file of an area. */
export function areaMdx(data: AreaData & Record<string, unknown>, blocks: readonly Block[]): string {
  const body = markdownBody(blocks);
  return `${frontmatter(data)}\n${body ? `\n${body}\n` : ''}`;
}

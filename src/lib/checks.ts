// Data checks that need more than one field or more than one entry. Field shapes are the
// schema's job; these catch what a schema cannot: sums, references, duplicates.
import { groupChildSums, partsStatus } from './budget.ts';
import { formatKroner, formatNumber } from './format.ts';
import { isGroupRow, type AreaData } from './schemas/area.ts';

/** One thing wrong with the content, precise enough to fix without reading code. */
export interface ContentProblem {
  /** The content file, relative to the project. */
  file: string;
  /** The frontmatter field, as a path (e.g. `recipients.rows[2].values[0]`). */
  field: string;
  /** What the field should hold. */
  expected: string;
  /** What it holds. */
  found: string;
}

/** An entry as the checks see it: where it lives, its id, its data and its MDX body. */
export interface CheckedEntry {
  file: string;
  id: string;
  data: AreaData;
  body: string;
}

/** The field a problem with an area's text (its MDX body, not a frontmatter field) names. */
export const AREA_TEXT_FIELD = '(MDX text)';

/** The component an entry's body must place where the recipient table belongs. */
export const RECIPIENT_TABLE_TAG = '<RecipientTable />';

/**
 * The components an area's text may use: those the area's article hands its MDX content
 * (AreaArticle.astro, typed by this list). Any other would stop the build while its page is written.
 */
export const AREA_COMPONENTS = ['RecipientTable'] as const;
export type AreaComponent = (typeof AREA_COMPONENTS)[number];

/** Checks one entry on its own: parts against net, group rows, table shape, table placement. */
export function checkArea(entry: CheckedEntry): ContentProblem[] {
  const { file, data } = entry;
  const problems: ContentProblem[] = [];
  const add = (field: string, expected: string, found: string) => problems.push({ file, field, expected, found });

  const status = partsStatus(data);
  if (status.kind === 'undeclared') {
    const declared = data.partsDeviation;
    add(
      declared ? 'partsDeviation.amount' : 'parts',
      declared
        ? `the declared deviation to equal sum of parts minus netBudget (${formatNumber(status.difference)})`
        : `parts that add up to netBudget ${formatKroner(data.netBudget)} (±${formatKroner(status.tolerance)} rounding), or a partsDeviation with amount ${formatNumber(status.difference)} and a note for readers`,
      declared
        ? `${formatNumber(declared.amount)}`
        : `parts adding up to ${formatKroner(status.sum)}, ${formatKroner(Math.abs(status.difference))} ${status.difference > 0 ? 'more' : 'less'} than netBudget`,
    );
  }
  if (data.partsDeviation && !data.parts) {
    add('partsDeviation', 'partsDeviation only together with parts', 'partsDeviation without parts');
  }
  if (data.partsDeviation && status.kind === 'exact') {
    add('partsDeviation', 'no partsDeviation, since the parts add up to netBudget', `amount ${formatNumber(data.partsDeviation.amount)}`);
  }

  const table = data.recipients;
  if (table) {
    const width = table.columns.length;
    table.rows.forEach((row, r) => {
      const at = `recipients.rows[${r}]`;
      if (row.values.length !== width) {
        add(`${at}.values`, `${width} values, one per column`, `${row.values.length} values`);
      }
      if (!isGroupRow(row)) return;
      row.children.forEach((child, c) => {
        if (child.values.length !== width) {
          add(`${at}.children[${c}].values`, `${width} values, one per column`, `${child.values.length} values`);
        }
      });
      groupChildSums(row).forEach((sum, column) => {
        const stated = row.values[column];
        if (stated !== sum) {
          add(
            `${at}.values[${column}]`,
            `the group "${row.label}" to equal the sum of its rows in "${table.columns[column]?.label ?? column}": ${formatNumber(sum)}`,
            `${stated === undefined ? 'nothing' : formatNumber(stated)}`,
          );
        }
      });
    });
  }

  const placements = entry.body.split(RECIPIENT_TABLE_TAG).length - 1;
  if (table && placements !== 1) {
    add('recipients', `exactly one ${RECIPIENT_TABLE_TAG} in the text where the table belongs`, `${placements}`);
  }
  if (!table && placements > 0) {
    add('recipients', `a recipients table, since the text places ${RECIPIENT_TABLE_TAG}`, 'no recipients field');
  }
  return problems;
}

/** Checks the entries against each other: unique order, existing related areas, no self-links. */
export function checkAreas(entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems = entries.flatMap(checkArea);
  const ids = new Set(entries.map((e) => e.id));
  const byOrder = new Map<number, CheckedEntry>();
  for (const entry of entries) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'order',
        expected: `an order no other area has`,
        found: `${entry.data.order}, which ${other.file} has too`,
      });
    } else {
      byOrder.set(entry.data.order, entry);
    }
    const related = entry.data.related ?? [];
    related.forEach((slug, i) => {
      if (related.indexOf(slug) < i) {
        // The page would link the area twice.
        problems.push({ file: entry.file, field: `related[${i}]`, expected: 'each related area once', found: `"${slug}", also related[${related.indexOf(slug)}]` });
      } else if (slug === entry.id) {
        problems.push({ file: entry.file, field: `related[${i}]`, expected: 'another area', found: `"${slug}", the area itself` });
      } else if (!ids.has(slug)) {
        problems.push({
          file: entry.file,
          field: `related[${i}]`,
          expected: `the slug of an existing area (${[...ids].sort().join(', ')})`,
          found: `"${slug}"`,
        });
      }
    });
  }
  return problems;
}

/** Renders problems as one message per line, for build errors. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => `${p.file}: field "${p.field}": expected ${p.expected}; found ${p.found}.`)
    .join('\n');
}

/** Thrown when content is wrong; the message lists every problem with file and field. */
export class ContentError extends Error {
  // A plain field, not a constructor parameter property: Node's type stripping (the importer
  // runs this file without a build step) does not support parameter properties.
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`The budget content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The value at a field's path in parsed data; undefined where the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A field's path as problems name it, the same for the schemas' errors and the checks across
 * entries: ["recipients", "rows", 4, "values", 0] → "recipients.rows[4].values[0]".
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, step) => (typeof step === 'number' ? `${name}[${step}]` : name ? `${name}.${String(step)}` : String(step)), '');
}

/**
 * A zod error as content problems: one per issue, naming the file and the field's path, and what
 * the field holds in `data` (the input that was validated; zod's issues carry no input).
 */
export function zodProblems(file: string, issues: readonly { path: readonly PropertyKey[]; message: string; input?: unknown }[], data?: unknown): ContentProblem[] {
  return issues.map((issue) => {
    const found = issue.input ?? valueAt(data, issue.path);
    return {
      file,
      field: fieldName(issue.path) || '(root)',
      expected: issue.message.replace(/^expected /, ''),
      found: found === undefined ? 'nothing' : JSON.stringify(found),
    };
  });
}

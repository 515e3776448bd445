// Where a field is in a content file, so a message can send an editor to its line: the 18th
// account of a list, not the list's first line. YAML frontmatter and JSON (which YAML reads too)
// alike, through the `yaml` package's node positions; used only when a file has a problem.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './checks.ts';

/**
 * The line, counted from 1 at the start of `text`, of the field at `path` (keys and list indexes,
 * as in a schema issue): a key's own line, a list item's first line. A field that is not there
 * (a missing one) gives the line of the nearest field around it that is; a path that leaves the
 * top level at once, or a text that cannot be read, gives undefined.
 */
export function fieldLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
      const at = (pair?.key as Node | undefined)?.range?.[0];
      if (!pair || at === undefined) break;
      offset = at;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      const at = item?.range?.[0];
      if (at === undefined) break;
      offset = at;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A problem's field (as fieldName in checks.ts writes it) as a path: "recipients.rows[2].values[0]" → ["recipients", "rows", 2, "values", 0]; none for "(file name)" and the like. */
export function fieldPath(field: string): (string | number)[] | undefined {
  if (field.startsWith('(')) return undefined;
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((step) => step !== '')
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/** `problem` with the line of its field in `text` (its file's text) added to its file, where the field is found. */
export function withFieldLine(problem: ContentProblem, text: string | undefined): ContentProblem {
  const path = fieldPath(problem.field);
  const line = text === undefined || path === undefined ? undefined : fieldLine(text, path);
  return line === undefined ? problem : { ...problem, file: `${problem.file}:${line}` };
}

// What the site's Markdown plugins share: the plain text of a Markdown or HTML syntax tree node
// (without pulling in a library for it), a node's HTML attributes, and how a file is named in messages.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface TextualNode {
  type: string;
  value?: unknown;
  children?: readonly TextualNode[];
}

/** The text a node holds: its own value, or its children's text joined. */
export function textOfNode(node: TextualNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOfNode).join('');
}

/** The HTML attributes a Markdown node asks for (`data.hProperties`, which Sätteri applies in HTML), read only. */
export function hPropertiesOf(node: { readonly data?: object | undefined }): Readonly<Record<string, unknown>> {
  return (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
}

/** What the site's plugins keep in a compile's data bag (Sätteri's `ctx.data`): Astro's, whose `frontmatter` is the entry's remark frontmatter. */
export interface CompileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The compiled file, as messages name it: relative to the project when it is inside it, else its full path. */
export function displayPath(fileURL: URL | undefined): string {
  if (!fileURL) return '(Markdown)';
  const path = fileURLToPath(fileURL);
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

// Plain text of a Markdown or HTML syntax tree node, without pulling in a library for it.

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

/** The HTML attributes a Markdown node asks for (`data.hProperties`, which mdast-util-to-hast applies). */
export function hProperties(node: { data?: object | undefined }): Record<string, unknown> {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  return (data.hProperties ??= {});
}

/** What a plugin reads of the file it transforms (a unified VFile, or Sätteri's context; see processor.ts). */
export interface MarkdownFile {
  /** The file's path on disk, when known. */
  path?: string | undefined;
  /** Data shared by the plugins of one compile; `astro.frontmatter` is the entry's remark frontmatter. */
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

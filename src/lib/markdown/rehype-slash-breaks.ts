// Long headings of the notes join words with slashes ("uddannelse/Kompetenceudvikling/
// Lederuddannelse"), which browsers do not break: on a phone the line would break inside a word,
// with no hyphen. A <wbr> after each such slash lets the line break there instead; the text is
// unchanged (search, the fidelity test and the headings' ids see the same characters).
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { splitAfterSlashes } from '../text.ts';

const TARGETS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td'];

/** The text's pieces with a <wbr> after every slash between words, or undefined when it has none. */
function withBreaks(text: Readonly<Text>): ElementContent[] | undefined {
  const pieces = splitAfterSlashes(text.value);
  if (pieces.length < 2) return undefined;
  return pieces.flatMap((value, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
    { type: 'text', value },
  ]);
}

/** Sätteri plugin: a line-break opportunity after each slash between words in headings and table cells. */
export default function rehypeSlashBreaks(): HastPluginDefinition {
  return {
    name: 'budget-slash-breaks',
    element: {
      filter: TARGETS,
      visit(target, ctx) {
        // Every text inside, also in links and emphasis; the targets do not nest.
        const visit = (node: Readonly<ElementContent>) => {
          if (node.type === 'text') {
            const pieces = withBreaks(node);
            if (pieces) ctx.replaceNode(node, pieces);
          } else if (node.type === 'element') {
            for (const child of node.children) visit(child);
          }
        };
        for (const child of target.children) visit(child);
      },
    },
  };
}

// Long headings of the notes join words with slashes ("uddannelse/Kompetenceudvikling/
// Lederuddannelse"), which browsers do not break: on a phone the line would break inside a word,
// with no hyphen. A <wbr> after each such slash lets the line break there instead; the text is
// unchanged (search, the fidelity test and the headings' ids see the same characters).
import type { Element, ElementContent, Root } from 'hast';
import { splitAfterSlashes } from '../text.ts';

const TARGETS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td']);

/** The children with a <wbr> after every slash between words in their text. */
function withBreaks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') return [{ ...child, children: withBreaks(child.children) }];
    if (child.type !== 'text') return [child];
    return splitAfterSlashes(child.value).flatMap((value, i): ElementContent[] => [
      ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
      { type: 'text', value },
    ]);
  });
}

/** Rehype plugin: a line-break opportunity after each slash between words in headings and table cells. */
export default function rehypeSlashBreaks() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (TARGETS.has(child.tagName)) child.children = withBreaks(child.children);
        else visit(child);
      }
    };
    visit(tree);
  };
}

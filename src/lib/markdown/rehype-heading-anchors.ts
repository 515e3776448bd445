// A visible "#" link beside every heading of the notes, so a reader can copy a link to a section.
// The link sits after the heading, not inside it: inside, its label would become part of the
// heading's accessible name. Its "#" is hidden from screen readers, which read the label instead,
// and it adds no text to the article (the fidelity test and search see the notes' text only).
import type { Element, ElementContent, Root } from 'hast';
import { da } from '../../i18n/da.ts';
import { textOfNode } from './mdast-text.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The anchor link for a heading with the given id and text. */
export function headingAnchor(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: da.headings.anchorLabel(text), dataPagefindIgnore: '' },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
  };
}

/** Rehype plugin: wraps each h2–h6 that has an id with its anchor link. */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        const id = child.properties.id;
        if (HEADINGS.has(child.tagName) && typeof id === 'string') {
          const wrapper: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-with-anchor'] },
            children: [child, headingAnchor(id, textOfNode(child))],
          };
          return wrapper satisfies ElementContent;
        }
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}

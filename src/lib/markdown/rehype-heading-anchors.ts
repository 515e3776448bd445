// A visible "#" link beside every heading of the notes, so a reader can copy a link to a section.
// The link sits after the heading, not inside it: inside, its label would become part of the
// heading's accessible name. Its "#" is hidden from screen readers, which read the label instead,
// and it adds no text to the article (the fidelity test and search see the notes' text only).
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { da } from '../../i18n/da.ts';
import { textOfNode } from './mdast-text.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** The anchor link for a heading with the given id and text. */
export function headingAnchor(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: da.headings.anchorLabel(text), dataPagefindIgnore: '' },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
  };
}

/** Sätteri plugin: wraps each h2–h6 that has an id with its anchor link. */
export default function rehypeHeadingAnchors(): HastPluginDefinition {
  return {
    name: 'budget-heading-anchors',
    element: {
      filter: HEADINGS,
      visit(heading, ctx) {
        const id = heading.properties.id;
        if (typeof id !== 'string') return;
        ctx.wrapNode(heading, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-with-anchor'] },
          children: [headingAnchor(id, textOfNode(heading))],
        });
      },
    },
  };
}

// Gives every heading of the notes an id from its own text (Danish-friendly, unique on the page),
// so a section can be linked to and the link survives a rebuild. Runs in remark, before the
// account links, so a passage knows the id of the section it sits in.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { hProperties, textOfNode } from './mdast-text.ts';
import { createSlugger, PAGE_IDS } from '../slug.ts';

/** Options: ids the page already uses outside the text. */
export interface RemarkHeadingIdsOptions {
  reserved?: readonly string[];
}

/** Remark plugin: sets `id` on every heading (kept by Astro, which only fills in missing ids). */
export default function remarkHeadingIds(options: RemarkHeadingIdsOptions = {}) {
  return (tree: Root) => {
    const slugger = createSlugger(options.reserved ?? PAGE_IDS);
    visit(tree, 'heading', (heading) => {
      const properties = hProperties(heading);
      if (typeof properties.id !== 'string') properties.id = slugger.slug(textOfNode(heading));
    });
  };
}

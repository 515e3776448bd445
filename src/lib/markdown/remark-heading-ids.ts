// Gives every heading of the notes an id from its own text (Danish-friendly, unique on the page),
// so a section can be linked to and the link survives a rebuild. Runs in the Markdown (mdast)
// phase, before the account links, so a passage knows the id of the section it sits in.
import type { MdastPluginDefinition } from 'satteri';
import { hPropertiesOf, textOfNode } from './mdast-text.ts';
import { createSlugger, PAGE_IDS } from '../slug.ts';

/** Options: ids the page already uses outside the text. */
export interface RemarkHeadingIdsOptions {
  reserved?: readonly string[];
}

/** Sätteri plugin (one per document, for its own slugger): sets `id` on every heading that has none (Astro keeps it). */
export default function remarkHeadingIds(options: RemarkHeadingIdsOptions = {}): () => MdastPluginDefinition {
  return () => {
    const slugger = createSlugger(options.reserved ?? PAGE_IDS);
    return {
      name: 'budget-heading-ids',
      heading(heading, ctx) {
        const properties = hPropertiesOf(heading);
        if (typeof properties.id === 'string') return;
        ctx.setProperty(heading, 'data', { ...heading.data, hProperties: { ...properties, id: slugger.slug(textOfNode(heading)) } });
      },
    };
  };
}

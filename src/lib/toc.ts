// The in-page table of contents: which headings it lists and how they nest.

/** A heading as `render()` reports it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A top-level entry (h2) with the h3 entries beneath it. */
export interface TocItem extends TocHeading {
  children: TocHeading[];
}

/** Areas with fewer sections than this read well without a table of contents. */
export const TOC_MIN_HEADINGS = 4;

/**
 * The table of contents for a page's h2 and h3 headings, or none when there are fewer than
 * `min`. An h3 before any h2 becomes an entry of its own.
 */
export function tableOfContents(headings: readonly TocHeading[], min = TOC_MIN_HEADINGS): TocItem[] {
  const listed = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  if (listed.length < min) return [];
  const items: TocItem[] = [];
  for (const heading of listed) {
    const parent = items.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else items.push({ ...heading, children: [] });
  }
  return items;
}

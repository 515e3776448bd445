// Pure navigation over the areas: document order, previous/next, related areas both ways.

/** The least an area needs for navigation. */
export interface NavArea {
  id: string;
  data: { title: string; order: number; related?: readonly string[] | undefined };
}

/** Areas in document order. */
export function inDocumentOrder<T extends { data: Pick<NavArea['data'], 'order'> }>(areas: readonly T[]): T[] {
  return [...areas].sort((a, b) => a.data.order - b.data.order);
}

/** The areas before and after `id` in document order. */
export function neighbours<T extends NavArea>(areas: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inDocumentOrder(areas);
  const index = ordered.findIndex((area) => area.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * Related areas of `id`: those it declares, then those that declare it. Relations are written
 * once in frontmatter; the reverse direction is derived here, so it can never be forgotten.
 */
export function relatedAreas<T extends NavArea>(areas: readonly T[], id: string): T[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const self = byId.get(id);
  const declared = (self?.data.related ?? []).flatMap((slug) => byId.get(slug) ?? []);
  const derived = inDocumentOrder(areas).filter(
    (area) => area.id !== id && (area.data.related ?? []).includes(id) && !declared.includes(area),
  );
  return [...declared, ...derived];
}

/** One entry of a navigation list: its text, where it leads and whether it is the page shown. */
export interface NavItem {
  title: string;
  href: string;
  current: boolean;
}

/** The areas as navigation entries in document order, `currentId` (if any) marked as the current page. */
export function areaNavItems<T extends NavArea>(areas: readonly T[], currentId: string | undefined, hrefOf: (area: T) => string): NavItem[] {
  return inDocumentOrder(areas).map((area) => ({ title: area.data.title, href: hrefOf(area), current: area.id === currentId }));
}

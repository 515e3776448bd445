// The one place pages get areas from, so every page sees them in the same order.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { PASSAGES_KEY, type AccountPassage } from './accounts.ts';
import { inDocumentOrder } from './navigation.ts';

export type Area = CollectionEntry<'omraader'>;

/** All budget areas in document order. */
export async function getAreas(): Promise<Area[]> {
  return inDocumentOrder(await getCollection('omraader'));
}

/** Each area's passages that mention accounts, as the account-link plugin recorded them while rendering. */
export async function getAccountPassages(areas: readonly Area[]): Promise<{ id: string; passages: AccountPassage[] }[]> {
  return Promise.all(
    areas.map(async (area) => {
      const { remarkPluginFrontmatter } = await render(area);
      const passages = (remarkPluginFrontmatter[PASSAGES_KEY] ?? []) as AccountPassage[];
      return { id: area.id, passages };
    }),
  );
}

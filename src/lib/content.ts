// The one place pages get areas from, so every page sees them in the same order.
import { getCollection, type CollectionEntry } from 'astro:content';
import { inDocumentOrder } from './navigation.ts';

export type Area = CollectionEntry<'omraader'>;

/** All budget areas in document order. */
export async function getAreas(): Promise<Area[]> {
  return inDocumentOrder(await getCollection('omraader'));
}

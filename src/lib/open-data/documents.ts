// The documents the data files are made from. Until the site's document model (issue 10) is on
// main, the one document is content/dokument.json with the areas of the collection.
import { getAreas } from '../content.ts';
import { documentFacts } from '../document.ts';
import type { DocumentData } from '../schemas/document.ts';
import { slugify } from '../slug.ts';
import type { DocumentRef } from '../url.ts';
import type { DataDocument } from './tables.ts';

/** A document's URL parts from its facts: year and committee slug. */
export function documentRef(facts: Pick<DocumentData, 'budgetYear' | 'committee'>): DocumentRef {
  return { budgetYear: facts.budgetYear, committeeSlug: slugify(facts.committee) };
}

/** The document the site's pages show (one, until several documents exist). */
export const currentDocument: DocumentRef = documentRef(documentFacts);

/** Every document with its areas in document order. */
export async function getDataDocuments(): Promise<DataDocument[]> {
  const areas = await getAreas();
  const ref = documentRef(documentFacts);
  return [
    {
      id: `${ref.budgetYear}-${ref.committeeSlug}`,
      facts: documentFacts,
      ...ref,
      areas: areas.map((area) => ({ slug: area.id, data: area.data })),
    },
  ];
}

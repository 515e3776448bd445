// The documents the data files are made from, as the site lists them (newest first, each with its
// areas in document order), from plain entries: the build's content check's (src/cli/build.ts),
// where the site model (documents.ts) is Astro's.
import { committeeSlug, newestFirst } from '../documents.ts';
import { inDocumentOrder } from '../navigation.ts';
import type { AreaData } from '../schemas/area.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { DataDocument } from './tables.ts';

/** The documents with their areas (each document's, by its id, as the content check groups them). */
export function dataDocumentsOf(
  documents: readonly { id: string; data: DocumentData }[],
  areasByDocument: ReadonlyMap<string, readonly { slug: string; data: AreaData }[]>,
): DataDocument[] {
  return newestFirst(
    documents.map(({ id, data }) => ({
      id,
      facts: data,
      budgetYear: data.budgetYear,
      committee: data.committee,
      committeeSlug: committeeSlug(data.committee),
      areas: inDocumentOrder(areasByDocument.get(id) ?? []),
    })),
  );
}

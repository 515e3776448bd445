// The documents the data files are made from, as the site lists them (newest first, each with its
// areas in document order), from plain entries: the build's content check's (src/cli/build.ts),
// where the site model (documents.ts) is Astro's.
import { committeeSlug, newestFirst } from '../documents.ts';
import { inDocumentOrder } from '../navigation.ts';
import type { AreaData } from '../schemas/area.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { DataDocument } from './tables.ts';

/** The documents with their areas; an area's id is "<document>/<slug>". */
export function dataDocumentsOf(documents: readonly { id: string; data: DocumentData }[], areas: readonly { id: string; data: AreaData }[]): DataDocument[] {
  const byDocument = Map.groupBy(areas, (area) => area.id.split('/')[0] ?? '');
  return newestFirst(
    documents.map(({ id, data }) => ({
      id,
      facts: data,
      budgetYear: data.budgetYear,
      committee: data.committee,
      committeeSlug: committeeSlug(data.committee),
      areas: inDocumentOrder((byDocument.get(id) ?? []).map((area) => ({ id: area.id, slug: area.id.split('/')[1] ?? '', data: area.data }))),
    })),
  );
}

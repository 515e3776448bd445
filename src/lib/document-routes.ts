// Route parameters of a document's pages: /<year>/<committee>/… .
import { getSiteModel, type DocumentModel } from './site-model.ts';

/** The `[year]/[committee]` parameters of a document's pages. */
export function documentParams(doc: Pick<DocumentModel, 'budgetYear' | 'committeeSlug'>): { year: string; committee: string } {
  return { year: String(doc.budgetYear), committee: doc.committeeSlug };
}

/** The static paths of a page that exists once per document, with the document as its prop. */
export async function documentPaths(): Promise<{ params: { year: string; committee: string }; props: { document: DocumentModel } }[]> {
  const site = await getSiteModel();
  return site.documents.map((document) => ({ params: documentParams(document), props: { document } }));
}

// Route parameters of a document's pages: /<year>/<committee>/… .
import type { DocumentModel } from './site-model.ts';

/** The `[year]/[committee]` parameters of a document's pages. */
export function documentParams(doc: Pick<DocumentModel, 'budgetYear' | 'committeeSlug'>): { year: string; committee: string } {
  return { year: String(doc.budgetYear), committee: doc.committeeSlug };
}

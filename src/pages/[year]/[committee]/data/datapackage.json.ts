// A document's Frictionless data package: every data file as a resource with its table schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataDocuments } from '../../../../lib/open-data/documents.ts';
import { documentPackage, packageJson } from '../../../../lib/open-data/package.ts';
import type { DataDocument } from '../../../../lib/open-data/tables.ts';
import { fileResponse } from '../../../../lib/open-data/response.ts';

export const getStaticPaths = (async () => {
  const docs = await getDataDocuments();
  return docs.map((doc) => ({ params: { year: String(doc.budgetYear), committee: doc.committeeSlug }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DataDocument }> = ({ props }) => fileResponse(packageJson(documentPackage(props.doc)), 'json');

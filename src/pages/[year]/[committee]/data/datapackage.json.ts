// A document's Frictionless data package: every data file as a resource with its table schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentParams } from '../../../../lib/document-routes.ts';
import { getDataDocuments } from '../../../../lib/open-data/documents.ts';
import { documentPackage, packageJson } from '../../../../lib/open-data/package.ts';
import type { DataDocument } from '../../../../lib/open-data/tables.ts';
import { fileResponse } from '../../../../lib/open-data/response.ts';

export const getStaticPaths = (async () => {
  const docs = await getDataDocuments();
  return docs.map((doc) => ({ params: documentParams(doc), props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DataDocument }> = ({ props }) => fileResponse(packageJson(documentPackage(props.doc)), 'json');

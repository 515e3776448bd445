// A document's data files (CSV and JSON per table), written at build time from the frontmatter.
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentParams } from '../../../../lib/document-routes.ts';
import { getDataDocuments } from '../../../../lib/open-data/documents.ts';
import { documentFiles, fileContent, type DataFile } from '../../../../lib/open-data/package.ts';
import { fileResponse } from '../../../../lib/open-data/response.ts';

export const getStaticPaths = (async () => {
  const docs = await getDataDocuments();
  return docs.flatMap((doc) =>
    documentFiles(doc).map((file) => ({
      params: { ...documentParams(doc), file: file.path },
      props: { file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) => fileResponse(fileContent(props.file), props.file.format);

// The combined data set across documents, and the content model's JSON Schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { areaJsonSchema, CONTENT_SCHEMA_FILES, documentJsonSchema } from '../../lib/open-data/content-schema.ts';
import { getDataDocuments } from '../../lib/open-data/documents.ts';
import { combinedFiles, fileContent, packageJson } from '../../lib/open-data/package.ts';
import { fileResponse } from '../../lib/open-data/response.ts';

export const getStaticPaths = (async () => {
  const files = combinedFiles(await getDataDocuments()).map((file) => ({
    params: { file: file.path },
    props: { text: fileContent(file), format: file.format },
  }));
  const schemas = [
    { file: CONTENT_SCHEMA_FILES.area, schema: areaJsonSchema() },
    { file: CONTENT_SCHEMA_FILES.document, schema: documentJsonSchema() },
  ].map(({ file, schema }) => ({ params: { file }, props: { text: packageJson(schema), format: 'json' as const } }));
  return [...files, ...schemas];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string; format: 'csv' | 'json' }> = ({ props }) => fileResponse(props.text, props.format);

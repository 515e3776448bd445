// The data files' routes: one per format (`[stem].csv.ts`, `[stem].json.ts`), so each file's
// address ends in its own extension in `astro dev` as in the build. (One `[file].ts` route took
// the extension as part of the parameter, and `trailingSlash: 'always'` then made `astro dev`
// answer only `…/omraader.csv/`, so the pages' download links gave 404 there.)
import type { APIRoute } from 'astro';
import { documentParams } from '../document-routes.ts';
import { areaJsonSchema, CONTENT_SCHEMA_FILES, documentJsonSchema } from './content-schema.ts';
import { getDataDocuments } from './documents.ts';
import { combinedFiles, documentFiles, fileContent, packageJson, type DataFile, type Format } from './package.ts';
import { fileResponse } from './response.ts';

/** What a data file's route renders: the file's text (made when the file is written) and its format. */
export interface DataFileProps {
  text: () => string;
  format: Format;
}

/** The files in `format`, each as its stem and the props its route renders. */
const inFormat = (files: readonly DataFile[], format: Format) =>
  files.filter((file) => file.format === format).map((file) => ({ stem: file.stem, props: { text: () => fileContent(file), format } satisfies DataFileProps }));

/** The paths of every document's files in `format`: /<year>/<committee>/data/<stem>.<format>. */
export async function documentFilePaths(format: Format) {
  const docs = await getDataDocuments();
  return docs.flatMap((doc) => inFormat(documentFiles(doc), format).map(({ stem, props }) => ({ params: { ...documentParams(doc), stem }, props })));
}

/** The paths of the combined set's files in `format`, and with JSON the content model's JSON Schemas: /data/<stem>.<format>. */
export async function combinedFilePaths(format: Format) {
  const files = inFormat(combinedFiles(await getDataDocuments()), format).map(({ stem, props }) => ({ params: { stem }, props }));
  if (format !== 'json') return files;
  const schemas = [
    { file: CONTENT_SCHEMA_FILES.area, schema: areaJsonSchema },
    { file: CONTENT_SCHEMA_FILES.document, schema: documentJsonSchema },
  ].map(({ file, schema }) => ({ params: { stem: file.replace(/\.json$/, '') }, props: { text: () => packageJson(schema()), format } satisfies DataFileProps }));
  return [...files, ...schemas];
}

/** A data file route's response. */
export const dataFileResponse: APIRoute<DataFileProps> = ({ props }) => fileResponse(props.text(), props.format);

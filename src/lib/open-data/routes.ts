// The data files' routes, which `astro dev` serves the files through: one per format
// (`[stem].csv.ts`, `[stem].json.ts`), so each file's address ends in its own extension in
// `astro dev` as in the build. (One `[file].ts` route took the extension as part of the parameter,
// and `trailingSlash: 'always'` then made `astro dev` answer only `…/omraader.csv/`.)
// In the build these routes have no paths: `npm run build` writes the same files from the same
// list (site-files.ts) after Astro, faster than Astro writes a route.
import type { APIRoute } from 'astro';
import { documentParams } from '../document-routes.ts';
import { getDataDocuments } from './documents.ts';
import type { Format } from './package.ts';
import { fileResponse } from './response.ts';
import { combinedDataFiles, documentDataFiles, type SiteFile } from './site-files.ts';

/** The files in `format`, each as its stem (the name without extension) and the file. */
const inFormat = (files: readonly SiteFile[], format: Format) =>
  files.filter((file) => file.format === format).map((file) => ({ stem: file.name.slice(0, -`.${format}`.length), props: { file } }));

/** The paths of every document's files in `format` (dev only): /<year>/<committee>/data/<stem>.<format>. */
export async function documentFilePaths(format: Format) {
  if (import.meta.env.PROD) return [];
  const docs = await getDataDocuments();
  return docs.flatMap((doc) => inFormat(documentDataFiles(doc), format).map(({ stem, props }) => ({ params: { ...documentParams(doc), stem }, props })));
}

/** The paths of the combined set's files in `format` (dev only): /data/<stem>.<format>. */
export async function combinedFilePaths(format: Format) {
  if (import.meta.env.PROD) return [];
  return inFormat(combinedDataFiles(await getDataDocuments()), format).map(({ stem, props }) => ({ params: { stem }, props }));
}

/** A data file route's response. */
export const dataFileResponse: APIRoute<{ file: SiteFile }> = ({ props }) => fileResponse(props.file.text(), props.file.format);

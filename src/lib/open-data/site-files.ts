// Every open data file of the site with its place in the built site: each document's tables and
// data package under <year>/<committee>/data/, the combined set's tables and data package and the
// content model's JSON Schemas under data/. `npm run build` writes them after Astro
// (src/after-build/data-files.ts): as Astro routes they cost about 1.5 ms each, 1.7 s of a
// 1,000-area build. `astro dev` serves the same list through the routes in src/pages/…/data/.
import { documentFolder } from '../url.ts';
import { areaJsonSchema, CONTENT_SCHEMA_FILES, documentJsonSchema } from './content-schema.ts';
import { combinedFiles, combinedPackage, DATA_PACKAGE_FILE, documentFiles, documentPackage, fileContent, packageJson, type DataFile, type Format } from './package.ts';
import type { DataDocument } from './tables.ts';

/** One file as the site publishes it. */
export interface SiteFile {
  /** Its folder under the site's root, "2022/oekonomiudvalget/data/" or "data/". */
  folder: string;
  /** Its name, "omraader.csv", "datapackage.json". */
  name: string;
  format: Format;
  /** Its text, made when asked for. */
  text: () => string;
}

const tableFile = (folder: string, file: DataFile): SiteFile => ({ folder, name: file.path, format: file.format, text: () => fileContent(file) });
const jsonFile = (folder: string, name: string, descriptor: () => Record<string, unknown>): SiteFile => ({ folder, name, format: 'json', text: () => packageJson(descriptor()) });

/** A document's files: its tables (whole and per area), then its data package. */
export function documentDataFiles(doc: DataDocument): SiteFile[] {
  const folder = `${documentFolder(doc)}data/`;
  return [...documentFiles(doc).map((file) => tableFile(folder, file)), jsonFile(folder, DATA_PACKAGE_FILE, () => documentPackage(doc))];
}

/** The combined set's files (its tables across documents and its data package) and the content model's JSON Schemas. */
export function combinedDataFiles(docs: readonly DataDocument[]): SiteFile[] {
  const folder = 'data/';
  return [
    ...combinedFiles(docs).map((file) => tableFile(folder, file)),
    jsonFile(folder, DATA_PACKAGE_FILE, () => combinedPackage(docs)),
    jsonFile(folder, CONTENT_SCHEMA_FILES.area, areaJsonSchema),
    jsonFile(folder, CONTENT_SCHEMA_FILES.document, documentJsonSchema),
  ];
}

/** Every open data file of the site. */
export function siteDataFiles(docs: readonly DataDocument[]): SiteFile[] {
  return [...docs.flatMap(documentDataFiles), ...combinedDataFiles(docs)];
}

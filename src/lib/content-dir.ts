// Where the content lives. One definition for the collections and for the Markdown plugins,
// which run outside Astro's content API. BUDGET_CONTENT_DIR lets tests build edited copies.

/** The content folder (relative to the project root). */
export const CONTENT_DIR = process.env.BUDGET_CONTENT_DIR ?? './content';

/** Where a site's content is: its documents folder, its glossary and its site settings. */
export interface ContentFiles {
  documents: string;
  glossary: string;
  siteSettings: string;
}

/** A content folder's parts, as `npm run build` reads them (content/dokumenter, content/ordliste.yaml, content/site.json). */
export function contentFilesIn(contentDir: string): ContentFiles {
  return { documents: `${contentDir}/dokumenter`, glossary: `${contentDir}/ordliste.yaml`, siteSettings: `${contentDir}/site.json` };
}

/** The site's content folder's parts, as the build and the dev server check them. */
export const CONTENT_FILES = contentFilesIn(CONTENT_DIR);

/** The folder of the documents: one sub-folder per document (`2022-oekonomiudvalget/`). */
export const DOCUMENTS_DIR = CONTENT_FILES.documents;

/** Inside a document folder: its facts, its source text and its areas. */
export const DOCUMENT_FILES = {
  facts: 'dokument.json',
  sourceText: 'kildetekst.txt',
  areas: 'omraader',
} as const;

/** The site-wide settings file. */
export const SITE_SETTINGS_FILE = CONTENT_FILES.siteSettings;

/** The glossary ("Ord og forkortelser"): one YAML list for the whole site. */
export const GLOSSARY_FILE = CONTENT_FILES.glossary;

// Where the content lives. One definition for the collections and for the Markdown plugins,
// which run outside Astro's content API. BUDGET_CONTENT_DIR lets tests build edited copies.

/** The content folder (relative to the project root). */
export const CONTENT_DIR = process.env.BUDGET_CONTENT_DIR ?? './content';

/** The folder of the documents: one sub-folder per document (`2022-oekonomiudvalget/`). */
export const DOCUMENTS_DIR = `${CONTENT_DIR}/dokumenter`;

/** Inside a document folder: its facts, its source text and its areas. */
export const DOCUMENT_FILES = {
  facts: 'dokument.json',
  sourceText: 'kildetekst.txt',
  areas: 'omraader',
} as const;

/** The site-wide settings file. */
export const SITE_SETTINGS_FILE = `${CONTENT_DIR}/site.json`;

/** The glossary ("Ord og forkortelser"): one YAML list for the whole site. */
export const GLOSSARY_FILE = `${CONTENT_DIR}/ordliste.yaml`;

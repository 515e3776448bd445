// Where the content lives. One definition for the collection and for the Markdown plugins,
// which run outside Astro's content API. BUDGET_CONTENT_DIR lets tests build edited copies.

/** The content folder (relative to the project root). */
export const CONTENT_DIR = process.env.BUDGET_CONTENT_DIR ?? './content';

/** The folder of the areas' MDX files. */
export const AREA_DIR = `${CONTENT_DIR}/omraader`;

/** The glossary ("Ord og forkortelser"): one YAML list for the whole site. */
export const GLOSSARY_FILE = `${CONTENT_DIR}/ordliste.yaml`;

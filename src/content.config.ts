import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { areaLoader, documentLoader } from './lib/area-loader.ts';
import { CONTENT_FILES, DOCUMENTS_DIR, GLOSSARY_FILE } from './lib/content-dir.ts';
import { AreaSchema } from './lib/schemas/area.ts';
import { DocumentSchema } from './lib/schemas/document.ts';
import { GlossaryEntrySchema } from './lib/schemas/glossary.ts';

/** One entry per document folder (`content/dokumenter/<year>-<committee>/dokument.json`); in `astro dev` it also watches the whole content. */
const dokumenter = defineCollection({
  loader: documentLoader(CONTENT_FILES),
  schema: DocumentSchema,
});

/** Every document's areas (`<document>/omraader/*.mdx`), ids "<document>/<slug>". */
const omraader = defineCollection({
  loader: areaLoader(DOCUMENTS_DIR),
  schema: AreaSchema,
});

/** Ord og forkortelser: the site's glossary, one YAML list for every document (content/ordliste.yaml). */
const ordliste = defineCollection({
  loader: file(GLOSSARY_FILE),
  schema: GlossaryEntrySchema,
});

export const collections = { dokumenter, omraader, ordliste };

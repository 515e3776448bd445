import { defineCollection } from 'astro:content';
import { areaLoader, documentLoader } from './lib/area-loader.ts';
import { DOCUMENTS_DIR } from './lib/content-dir.ts';
import { AreaSchema } from './lib/schemas/area.ts';
import { DocumentSchema } from './lib/schemas/document.ts';

/** One entry per document folder (`content/dokumenter/<year>-<committee>/dokument.json`). */
const dokumenter = defineCollection({
  loader: documentLoader(DOCUMENTS_DIR),
  schema: DocumentSchema,
});

/** Every document's areas (`<document>/omraader/*.mdx`), ids "<document>/<slug>". */
const omraader = defineCollection({
  loader: areaLoader(DOCUMENTS_DIR),
  schema: AreaSchema,
});

export const collections = { dokumenter, omraader };

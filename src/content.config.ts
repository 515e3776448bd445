import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { areaLoader } from './lib/area-loader.ts';
import { AREA_DIR, GLOSSARY_FILE } from './lib/content-dir.ts';
import { AreaSchema } from './lib/schemas/area.ts';
import { GlossaryEntrySchema } from './lib/schemas/glossary.ts';

const omraader = defineCollection({
  loader: areaLoader(AREA_DIR),
  schema: AreaSchema,
});

// Ord og forkortelser: the site's glossary, one YAML list (see content/ordliste.yaml).
const ordliste = defineCollection({
  loader: file(GLOSSARY_FILE),
  schema: GlossaryEntrySchema,
});

export const collections = { omraader, ordliste };

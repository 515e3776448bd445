import { defineCollection } from 'astro:content';
import { areaLoader } from './lib/area-loader.ts';
import { AREA_DIR } from './lib/content-dir.ts';
import { AreaSchema } from './lib/schemas/area.ts';

const omraader = defineCollection({
  loader: areaLoader(AREA_DIR),
  schema: AreaSchema,
});

export const collections = { omraader };

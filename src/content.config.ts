import { defineCollection } from 'astro:content';
import { areaLoader } from './lib/area-loader.ts';
import { AreaSchema } from './lib/schemas/area.ts';

// BUDGET_CONTENT_DIR exists for the tests, which build small broken copies of the content.
const contentDir = process.env.BUDGET_CONTENT_DIR ?? './content';

const omraader = defineCollection({
  loader: areaLoader(`${contentDir}/omraader`),
  schema: AreaSchema,
});

export const collections = { omraader };

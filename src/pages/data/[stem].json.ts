// The combined set's JSON files and data package, and the content model's JSON Schemas, in `astro dev`; the build writes them itself (src/lib/open-data/routes.ts).
import type { GetStaticPaths } from 'astro';
import { combinedFilePaths, dataFileResponse } from '../../lib/open-data/routes.ts';

export const getStaticPaths = (() => combinedFilePaths('json')) satisfies GetStaticPaths;
export const GET = dataFileResponse;

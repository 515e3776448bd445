// A document's JSON data files and its data package in `astro dev`; the build writes them itself (src/lib/open-data/routes.ts).
import type { GetStaticPaths } from 'astro';
import { dataFileResponse, documentFilePaths } from '../../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => documentFilePaths('json')) satisfies GetStaticPaths;
export const GET = dataFileResponse;

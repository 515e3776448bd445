// The combined set's CSV files, across documents, in `astro dev`; the build writes them itself (src/lib/open-data/routes.ts).
import type { GetStaticPaths } from 'astro';
import { combinedFilePaths, dataFileResponse } from '../../lib/open-data/routes.ts';

export const getStaticPaths = (() => combinedFilePaths('csv')) satisfies GetStaticPaths;
export const GET = dataFileResponse;

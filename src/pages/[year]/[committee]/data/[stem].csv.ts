// A document's CSV data files, written at build time from the frontmatter (src/lib/open-data/routes.ts).
import type { GetStaticPaths } from 'astro';
import { dataFileResponse, documentFilePaths } from '../../../../lib/open-data/routes.ts';

export const getStaticPaths = (() => documentFilePaths('csv')) satisfies GetStaticPaths;
export const GET = dataFileResponse;

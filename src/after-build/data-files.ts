// Writes the site's open data files (src/lib/open-data/site-files.ts) into the built site, from
// the documents and areas the build's content check read and checked (the same files and the
// same schemas Astro's content collections read).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteDataFiles } from '../lib/open-data/site-files.ts';
import type { DataDocument } from '../lib/open-data/tables.ts';

/** Files written at a time: enough to overlap making and writing, few enough to hold little. */
const BATCH = 32;

/** Writes every data file of `docs` under the built site in `site`; returns how many. */
export async function writeDataFiles(site: string, docs: readonly DataDocument[]): Promise<number> {
  const files = siteDataFiles(docs);
  for (const folder of new Set(files.map((file) => file.folder))) await mkdir(join(site, folder), { recursive: true });
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map((file) => writeFile(join(site, file.folder, file.name), file.text())));
  }
  return files.length;
}

// The built site's pages, for the passes that read them (print footers, sitemap).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file under `dir`, with its full path. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

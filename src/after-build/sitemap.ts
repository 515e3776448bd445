// Writes sitemap.xml (every built page that does not ask search engines to leave it out) and, for
// a site at the root of its host, robots.txt pointing to it. Reading the built pages, as the print
// footers do, means no page can be added without its sitemap entry. Only each page's start is read:
// the robots meta tag is in its head.
import { open, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NOINDEX, pageAddress, robotsTxt, sitemapXml } from '../lib/sitemap.ts';
import { htmlFiles } from './html-files.ts';

/** How much of a page holds its head, with room to spare (the site's heads are about 1 KB). */
const HEAD_BYTES = 8192;

/** Pages read at a time: few enough to stay well under the open-file limit. */
const BATCH = 64;

async function headOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const text = buffer.toString('utf-8', 0, bytesRead);
    const end = text.indexOf('</head>');
    if (end === -1) throw new Error(`${file}: no </head> in its first ${HEAD_BYTES} bytes, so the sitemap cannot tell whether to list it`);
    return text.slice(0, end);
  } finally {
    await handle.close();
  }
}

/** Writes `site`/sitemap.xml (and robots.txt where `base` is "/") for the site at `origin` + `base`; returns how many pages it lists. */
export async function writeSitemap(site: string, origin: string, base: string): Promise<number> {
  const files = await htmlFiles(site);
  const heads: string[] = [];
  for (let i = 0; i < files.length; i += BATCH) heads.push(...(await Promise.all(files.slice(i, i + BATCH).map(headOf))));
  const listed = files
    .filter((_, i) => !NOINDEX.test(heads[i] ?? ''))
    .map((file) => pageAddress(origin, base, relative(site, file)))
    .sort();
  await writeFile(join(site, 'sitemap.xml'), sitemapXml(listed));
  // Search engines read robots.txt only at the root of a host: under a sub-path it would be ignored.
  if (base === '/') await writeFile(join(site, 'robots.txt'), robotsTxt(pageAddress(origin, base, 'sitemap.xml')));
  return listed.length;
}

// Writes each built page's print footer stylesheet (see src/lib/print.ts) from the page itself:
// its h1 is the footer title, and every article with an id that a page holds several of (the
// booklet's areas) prints under its own heading. Reading the built pages, rather than listing
// routes, means no page can be added without its footer. No page is parsed whole, only the parts
// the footer needs (src/lib/print-page.ts): parsing every page took 3.5% of a 1,000-area build's
// profile; parsing only the booklets whole still took 1.3–1.6 s of the footers' 1.4–1.6 s there,
// against 0.8 s now.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { da } from '../i18n/da.ts';
import { footerStylesheet, footerStylesheetPath, linkAddressRules, printSlug } from '../lib/print.ts';
import { bodyAttribute, firstHeading, linksInside, printSections } from '../lib/print-page.ts';
import { htmlFiles } from './html-files.ts';

/** Pages written at a time: enough to overlap reading and writing, few enough to hold little. */
const BATCH = 32;

/** Writes one `print/<page>.css` per HTML page of the built site in `site`; returns how many pages. */
export async function writePrintFooters(site: string, origin: string | undefined): Promise<number> {
  const files = await htmlFiles(site);
  const outOf = (file: string) => {
    const path = `/${relative(site, file).replaceAll('\\', '/').replace(/index\.html$/, '')}`;
    return join(site, footerStylesheetPath(printSlug(path)));
  };
  // Each folder once, not once per page: a document's area pages share one.
  for (const folder of new Set(files.map((file) => dirname(outOf(file))))) await mkdir(folder, { recursive: true });
  const writeFooter = async (file: string) => {
    const html = await readFile(file, 'utf-8');
    const title = firstHeading(html);
    // The page names its document (or the site) for the footer: BaseLayout's data-print-document.
    const footer = { document: bodyAttribute(html, 'data-print-document') ?? da.siteName, pageNumber: da.print.pageNumber };
    if (!title) throw new Error(`${relative(site, file)} has no h1 to title its printed pages`);
    const sections = printSections(html, title);
    // A link to an area the page holds itself (the booklet's) leads nowhere outside the printout.
    const links = origin ? linkAddressRules(origin, linksInside(html, sections)) : '';
    await writeFile(outOf(file), footerStylesheet({ ...footer, title }, sections) + links);
  };
  for (let i = 0; i < files.length; i += BATCH) await Promise.all(files.slice(i, i + BATCH).map(writeFooter));
  return files.length;
}

// Writes each built page's print footer stylesheet (see src/lib/print.ts) from the page itself:
// its h1 is the footer title, and every article with an id that a page holds several of (the
// booklet's areas) prints under its own heading. Reading the built pages, rather than listing
// routes, means no page can be added without its footer.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { da } from '../i18n/da.ts';
import { documentFacts as doc } from '../lib/document.ts';
import { footerStylesheet, footerStylesheetPath, linkAddressRules, printSlug, type PrintSection } from '../lib/print.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Astro integration: after the build, one `print/<page>.css` per HTML page. */
export default function printFooters(): AstroIntegration {
  // The site's own address, when known (SITE_URL): then printed links to other pages give it.
  let origin: string | undefined;
  return {
    name: 'budget-print-footers',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const footer = { document: `${da.siteName} · ${doc.municipality} · ${doc.stage} ${doc.budgetYear}`, pageNumber: da.print.pageNumber };
        const files = await htmlFiles(site);
        for (const file of files) {
          const page = parse(await readFile(file, 'utf-8'));
          const title = clean(page.querySelector('h1')?.text ?? '');
          if (!title) throw new Error(`${relative(site, file)} has no h1 to title its printed pages`);
          const articles = page.querySelectorAll('article[id]');
          const sections: PrintSection[] = articles.length > 1
            ? articles.map((article) => ({ id: article.id, title: clean(article.querySelector('h1, h2, h3')?.text ?? title) }))
            : [];
          const path = `/${relative(site, file).replaceAll('\\', '/').replace(/index\.html$/, '')}`;
          const out = join(site, footerStylesheetPath(printSlug(path)));
          await mkdir(dirname(out), { recursive: true });
          // A link to an area the page holds itself (the booklet's) leads nowhere outside the printout.
          const inside = page
            .querySelectorAll('main a[href^="/"]')
            .map((a) => a.getAttribute('href') ?? '')
            .filter((href) => sections.some((section) => href.split('#')[0]?.endsWith(`/${section.id}/`)));
          const links = origin ? linkAddressRules(origin, [...new Set(inside)]) : '';
          await writeFile(out, footerStylesheet({ ...footer, title }, sections) + links);
        }
        logger.info(`Wrote print footers for ${files.length} pages.`);
      },
    },
  };
}

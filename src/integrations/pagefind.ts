// Builds the Pagefind search index from the finished site, through Pagefind's Node API.
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

// Pagefind also writes its ready-made search UIs; the site has its own (src/scripts/search-ui.ts),
// so these would only be dead weight on the host.
const UNUSED_BUNDLE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Astro integration: after the build, index `dist/` in Danish and write `dist/pagefind/`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = `${site}pagefind`;
        try {
          // Every page is Danish; forcing it keeps Danish stemming even if a page lost its lang.
          const { index, errors: createErrors } = await createIndex({ forceLanguage: 'da' });
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const { errors, page_count } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${errors.join('; ')}`);
          // An index without pages means search silently finds nothing: stop instead.
          if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const unused = (await readdir(output)).filter((name) => UNUSED_BUNDLE.test(name));
          await Promise.all(unused.map((name) => rm(`${output}/${name}`)));
          logger.info(`Indexed ${page_count} pages for search (Danish).`);
        } finally {
          await close();
        }
      },
    },
  };
}

// Builds the Pagefind search index from the finished site, through Pagefind's Node API.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Astro integration: after the build, index `dist/` and write `dist/pagefind/`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'budget-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const { errors, page_count } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${errors.join('; ')}`);
          // An index without pages means search silently finds nothing: stop instead.
          if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}

// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { accountNumbersIn, readAccountsOncePerBuild } from './src/lib/area-files.ts';
import { DOCUMENTS_DIR, GLOSSARY_FILE } from './src/lib/content-dir.ts';
import { glossaryIn } from './src/lib/glossary.ts';
import { siteMarkdownProcessor } from './src/lib/markdown/processor.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. /budget/) on any static host.
// SITE_URL is only needed where absolute URLs are wanted; everything else is relative to base.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Fixture builds in tests get a root of their own (ASTRO_ROOT, a folder inside the project), so
  // the .astro/ folder Astro writes during a build is theirs: builds side by side would otherwise
  // read each other's list of content modules. The code and the public files stay the project's.
  ...(process.env.ASTRO_ROOT
    ? { root: process.env.ASTRO_ROOT, srcDir: fileURLToPath(new URL('./src', import.meta.url)), publicDir: fileURLToPath(new URL('./public', import.meta.url)) }
    : {}),
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the site's CSP allows styles from its own origin only.
  // concurrency: Astro renders up to four pages at a time (one thread still; a page's render that
  // waits, on writing its file say, lets the next go on). Astro's build of 1,000 areas: 0.91x the
  // time with one at a time (paired runs, 0.83-1.06x); twelve were no faster than four. The pages
  // come out the same; only Astro's list of written pages can run two names onto one line.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A separate cache per build lets tests build fixture sites without sharing the content store.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    // Sätteri (Astro's native compiler) with the site's plugins, in src/lib/markdown/processor.ts.
    processor: siteMarkdownProcessor({ base, accounts: () => accountNumbersIn(DOCUMENTS_DIR), glossary: () => glossaryIn(GLOSSARY_FILE) }),
  },
  // The search index and the print footers are written after Astro has exited: src/cli/build.ts.
  // optimize: MDX compiles each text's static parts to HTML strings, so a page renders them as they
  // are instead of element by element (the 1,000 area pages: 2.7-3.6 s against 4.0-4.6 s). It would
  // skip components that replace Markdown elements; the site passes none (only <RecipientTable />).
  integrations: [readAccountsOncePerBuild(), mdx({ optimize: true })],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline small scripts into the HTML: the coming CSP allows scripts from files only.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX entry carries Astro's own "use astro:head-inject" directive; Vite flags it
          // as a module-level directive. It is harmless and would drown real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

// The Markdown processor of the site: Sätteri, Astro's native (Rust) Markdown and MDX compiler,
// with the site's own plugins. Sätteri parses and compiles about as fast as a bare Astro build;
// the unified (remark/rehype) pipeline took twice as long on a 1,000-area build (see
// tests/bench/run.ts). The plugins in this folder are Sätteri plugins with visitors by node type:
// Sätteri walks the tree in Rust and hands JavaScript only the nodes a plugin asks for, and a
// plugin replaces only the nodes it changes. (Copying each document's whole tree into plain
// unified-style transforms and back made Astro's build of 1,000 areas take about 1.1× as long.)
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { FEATURES } from './features.ts';
import rehypeGlossaryTerms from './rehype-glossary-terms.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeSlashBreaks from './rehype-slash-breaks.ts';
import remarkAccountLinks from './remark-account-links.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** What the site's plugins need to know. */
export interface SitePluginOptions {
  /** The site's base path, e.g. "/" or "/budget/" (`import.meta.env` is not available to plugins). */
  base: string;
  /** The account numbers that have a page; read once per file. */
  accounts: () => Iterable<string>;
  /** The glossary's entries; read once per file. */
  glossary: () => readonly GlossaryEntry[];
  /** Where the glossary's warnings go (default: the build's console). */
  warn?: (message: string) => void;
}

/** The site's Markdown (mdast) plugins, in order: heading ids first, so a passage knows its section's id. */
export function siteMdastPlugins(options: SitePluginOptions): MdastPluginEntry[] {
  return [remarkHeadingIds(), remarkAccountLinks(options)];
}

/** The site's HTML (hast) plugins, in order: slash breaks (as on layout), heading anchors, then glossary terms (headings stay unmarked). */
export function siteHastPlugins(options: SitePluginOptions): HastPluginEntry[] {
  return [rehypeSlashBreaks(), rehypeHeadingAnchors(), rehypeGlossaryTerms(options)];
}

/** The processor for `markdown.processor` in astro.config.mjs (MDX inherits it). */
export function siteMarkdownProcessor(options: SitePluginOptions) {
  return satteri({ features: { ...FEATURES }, mdastPlugins: siteMdastPlugins(options), hastPlugins: siteHastPlugins(options) });
}

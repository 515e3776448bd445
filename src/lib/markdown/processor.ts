// The Markdown processor of the site: Sätteri, Astro's native (Rust) Markdown and MDX compiler,
// with the site's own plugins. Sätteri parses and compiles about as fast as a bare Astro build;
// the unified (remark/rehype) pipeline took twice as long on a 1,000-area build (see
// tests/bench/run.ts). The plugins in this folder are unified-style transforms of plain mdast and
// hast trees, so they are tested on their own and run unchanged here: each phase hands them a
// plain copy of the document's tree and puts the transformed tree back in one replacement.
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { FEATURES } from './features.ts';
import type { MarkdownFile } from './mdast-text.ts';
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

/** A transform of a plain syntax tree, as a unified plugin returns it. */
type Transform<Tree> = (tree: Tree, file: MarkdownFile) => void;


/** The site's remark plugins, in order: heading ids first, so a passage knows its section's id. */
export function siteMdastPlugins(options: SitePluginOptions): MdastPluginDefinition[] {
  return [mdastTransforms('budget-mdast', () => [remarkHeadingIds(), remarkAccountLinks(options)])];
}

/** The site's rehype plugins, in order: slash breaks (as on layout), heading anchors, then glossary terms (headings stay unmarked). */
export function siteHastPlugins(options: SitePluginOptions): HastPluginDefinition[] {
  return [hastTransforms('budget-hast', () => [rehypeSlashBreaks(), rehypeHeadingAnchors(), rehypeGlossaryTerms(options)])];
}

/** The processor for `markdown.processor` in astro.config.mjs (MDX inherits it). */
export function siteMarkdownProcessor(options: SitePluginOptions) {
  return satteri({ features: { ...FEATURES }, mdastPlugins: siteMdastPlugins(options), hastPlugins: siteHastPlugins(options) });
}

// Sätteri's nodes carry their arena handles in "_" fields; a plain copy leaves them out.
const plainCopy = <T>(node: unknown): T => JSON.parse(JSON.stringify(node, (key, value: unknown) => (key.startsWith('_') ? undefined : value))) as T;

/** The Sätteri context a tree plugin uses (the same shape in the mdast and hast phases). */
interface TreeContext {
  fileURL: URL | undefined;
  data: MarkdownFile['data'];
  replaceNode(node: never, tree: never): void;
}

/**
 * A Sätteri plugin that runs unified-style transforms over the whole tree: before Sätteri's
 * visitors, it copies the tree, transforms the copy and replaces the root with it. `transforms`
 * is called per document, as unified calls a plugin's attacher per processor.
 */
function treePlugin<Tree>(name: string, transforms: () => Transform<Tree>[]) {
  return {
    name,
    before(root: Readonly<Tree>, ctx: TreeContext) {
      const tree = plainCopy<Tree>(root);
      const file: MarkdownFile = { path: ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined, data: ctx.data };
      for (const transform of transforms()) transform(tree, file);
      ctx.replaceNode(root as never, tree as never);
    },
  };
}

/** Remark-style transforms (of an mdast root) as one Sätteri mdast plugin. */
export function mdastTransforms(name: string, transforms: () => Transform<MdastRoot>[]): MdastPluginDefinition {
  return treePlugin(name, transforms) as unknown as MdastPluginDefinition;
}

/** Rehype-style transforms (of a hast root) as one Sätteri hast plugin. */
export function hastTransforms(name: string, transforms: () => Transform<HastRoot>[]): HastPluginDefinition {
  return treePlugin(name, transforms) as unknown as HastPluginDefinition;
}

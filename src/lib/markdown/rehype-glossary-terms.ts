// Marks the first use of each glossary term in an area's text, so a reader can learn what it
// means without leaving the page: an abbreviation becomes <abbr title="full form"> (mouse), inside
// a link to its glossary entry (keyboard, touch) that is described by the explanation (screen
// readers) and shows its full form (a budget word: its explanation) on keyboard focus. The notes' words are not changed, only wrapped: the link and
// abbr are inline, and the explanations sit in one hidden element after the text.
// It also warns about every word in capitals that the glossary does not explain, so next year's
// new abbreviations are noticed at build time.
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { capitalWords, knownCapitalWords, termDescription, termMatcher } from '../glossary.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { glossaryPath } from '../url.ts';
import { displayPath } from './mdast-text.ts';

/** Options of the plugin. */
export interface RehypeGlossaryTermsOptions {
  /** The site's base path, e.g. "/" or "/budget/". */
  base: string;
  /** The glossary's entries; called once per file, so edits during dev are seen. */
  glossary: () => readonly GlossaryEntry[];
  /** Where warnings go (default: console.warn, which the build prints). */
  warn?: (message: string) => void;
}

// Text inside these is not marked: it is already a link or an abbreviation, code, or a heading
// (whose text is its accessible name and its id).
const UNMARKED = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'dfn']);

/** The class of a marked term, and of the hidden element that holds the explanations. */
export const TERM_CLASS = 'term';
export const DESCRIPTIONS_CLASS = 'term-descriptions';

/** The id of a term's explanation in a text (where several areas share a page, the booklet prefixes each area's ids: src/lib/shared-text.ts). */
export function descriptionId(entryId: string): string {
  return `ordliste-${entryId}`;
}

/** The document an area's file belongs to: the folder name in ".../<document>/omraader/<slug>.mdx"; none for other files. */
export function documentOfFile(fileURL: URL | undefined): string | undefined {
  return fileURL ? /\/([^/]+)\/omraader\/[^/]+\.mdx?$/.exec(decodeURIComponent(fileURL.pathname))?.[1] : undefined;
}

/** The warning for a word in capitals that the glossary lacks; names the file and the word. */
export function unknownWordWarning(file: string, word: string, glossaryFile = 'content/ordliste.yaml'): string {
  return `${file}: "${word}" is written in capitals, but the glossary has no entry for it. Add "${word}" to ${glossaryFile} (its full form and a short explanation), so readers learn what it means.`;
}

/**
 * Sätteri plugin (one per document): marks each glossary term's first use in the text and warns
 * about unknown capital-letter words. Only text that holds a term is replaced.
 */
export default function rehypeGlossaryTerms(options: RehypeGlossaryTermsOptions): () => HastPluginDefinition {
  const warn = options.warn ?? ((message: string) => console.warn(`[ordliste] ${message}`));
  return () => {
    const entries = options.glossary();
    const find = termMatcher(entries);
    const known = knownCapitalWords(entries);
    const marked = new Map<string, GlossaryEntry>();
    const unknown = new Set<string>();
    // The file's document, for what its notes say about a term (read from the first text's context).
    let documentId: string | undefined;

    const mark = (entry: GlossaryEntry, words: string): Element => {
      const describedBy = descriptionId(entry.id);
      const text: Text = { type: 'text', value: words };
      return {
        type: 'element',
        tagName: 'a',
        properties: {
          className: [TERM_CLASS, `${TERM_CLASS}--${entry.kind}`],
          href: glossaryPath(entry.id, options.base),
          ariaDescribedBy: [describedBy],
          // What focus shows beside a budget word; an abbreviation shows its abbr title instead.
          ...(entry.kind === 'begreb' ? { dataTip: termDescription(entry, documentId) } : {}),
        },
        children:
          entry.kind === 'forkortelse'
            ? [{ type: 'element', tagName: 'abbr', properties: { title: entry.fullForm ?? termDescription(entry, documentId) }, children: [text] }]
            : [text],
      };
    };

    /** The text's pieces with its terms' first uses marked, or undefined when it has none. */
    const markText = (value: string): ElementContent[] | undefined => {
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const match of find(value)) {
        if (marked.has(match.entry.id)) continue;
        marked.set(match.entry.id, match.entry);
        if (match.start > at) pieces.push({ type: 'text', value: value.slice(at, match.start) });
        pieces.push(mark(match.entry, value.slice(match.start, match.end)));
        at = match.end;
      }
      if (at === 0) return undefined;
      if (at < value.length) pieces.push({ type: 'text', value: value.slice(at) });
      return pieces;
    };

    return {
      name: 'budget-glossary-terms',
      // Texts come in document order, so the first use is the one marked.
      text(text, ctx) {
        documentId ??= documentOfFile(ctx.fileURL);
        let markable = true;
        for (let parent = ctx.parent(text); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          // MDX's own nodes (components such as <RecipientTable />, expressions) are not prose.
          if (parent.type !== 'element') return;
          if (UNMARKED.has(parent.tagName)) markable = false;
        }
        for (const word of capitalWords(text.value)) if (!known.has(word)) unknown.add(word);
        const pieces = markable ? markText(text.value) : undefined;
        if (pieces) ctx.replaceNode(text, pieces);
      },
      after(root, ctx) {
        if (marked.size > 0) ctx.appendChild(root, descriptions([...marked.values()], documentId));
        const where = displayPath(ctx.fileURL);
        for (const word of unknown) warn(unknownWordWarning(where, word));
      },
    };
  };
}

/** The hidden element holding each marked term's explanation (with its document's note), which its link points to with aria-describedby. */
function descriptions(entries: readonly GlossaryEntry[], documentId: string | undefined): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [DESCRIPTIONS_CLASS], hidden: true, dataPagefindIgnore: '' },
    children: entries.map((entry) => ({
      type: 'element',
      tagName: 'span',
      properties: { id: descriptionId(entry.id) },
      children: [{ type: 'text', value: termDescription(entry, documentId) }],
    })),
  };
}

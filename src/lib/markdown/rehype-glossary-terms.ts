// Marks the first use of each glossary term in an area's text, so a reader can learn what it
// means without leaving the page: an abbreviation becomes <abbr title="full form"> (mouse), inside
// a link to its glossary entry (keyboard, touch) that is described by the explanation (screen
// readers) and shows its full form (a budget word: its explanation) on keyboard focus. The notes' words are not changed, only wrapped: the link and
// abbr are inline, and the explanations sit in one hidden element after the text.
// It also warns about every word in capitals that the glossary does not explain, so next year's
// new abbreviations are noticed at build time.
import { relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { capitalWords, knownCapitalWords, termDescription, termMatcher } from '../glossary.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { glossaryPath } from '../url.ts';
import type { MarkdownFile } from './mdast-text.ts';

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

/** The warning for a word in capitals that the glossary lacks; names the file and the word. */
export function unknownWordWarning(file: string, word: string, glossaryFile = 'content/ordliste.yaml'): string {
  return `${file}: "${word}" is written in capitals, but the glossary has no entry for it. Add "${word}" to ${glossaryFile} (its full form and a short explanation), so readers learn what it means.`;
}

/** Rehype plugin: marks each glossary term's first use in the file and warns about unknown capital-letter words. */
export default function rehypeGlossaryTerms(options: RehypeGlossaryTermsOptions) {
  const warn = options.warn ?? ((message: string) => console.warn(`[ordliste] ${message}`));
  return (tree: Root, file: MarkdownFile) => {
    const entries = options.glossary();
    const find = termMatcher(entries);
    const known = knownCapitalWords(entries);
    const marked = new Map<string, GlossaryEntry>();
    const unknown = new Set<string>();

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
          ...(entry.kind === 'begreb' ? { dataTip: termDescription(entry) } : {}),
        },
        children:
          entry.kind === 'forkortelse'
            ? [{ type: 'element', tagName: 'abbr', properties: { title: entry.fullForm ?? entry.explanation }, children: [text] }]
            : [text],
      };
    };

    const markText = (node: Text): ElementContent[] => {
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const match of find(node.value)) {
        if (marked.has(match.entry.id)) continue;
        marked.set(match.entry.id, match.entry);
        if (match.start > at) pieces.push({ type: 'text', value: node.value.slice(at, match.start) });
        pieces.push(mark(match.entry, node.value.slice(match.start, match.end)));
        at = match.end;
      }
      if (at === 0) return [node];
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      return pieces;
    };

    const walk = (parent: Root | Element, markable: boolean) => {
      const children: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') {
          for (const word of capitalWords(child.value)) if (!known.has(word)) unknown.add(word);
          children.push(...(markable ? markText(child) : [child]));
          continue;
        }
        // MDX's own nodes (components such as <RecipientTable />, expressions) are not prose.
        if (child.type === 'element') walk(child, markable && !UNMARKED.has(child.tagName));
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree, true);

    if (marked.size > 0) tree.children.push(descriptions([...marked.values()]));
    const where = displayPath(file.path);
    for (const word of unknown) warn(unknownWordWarning(where, word));
  };
}

/** The hidden element holding each marked term's explanation, which its link points to with aria-describedby. */
function descriptions(entries: readonly GlossaryEntry[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: [DESCRIPTIONS_CLASS], hidden: true, dataPagefindIgnore: '' },
    children: entries.map((entry) => ({
      type: 'element',
      tagName: 'span',
      properties: { id: descriptionId(entry.id) },
      children: [{ type: 'text', value: termDescription(entry) }],
    })),
  };
}

/** A file's path relative to the project when it is inside it, else as it is. */
function displayPath(path: string | undefined): string {
  if (!path) return '(Markdown)';
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

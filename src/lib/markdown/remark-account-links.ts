// Turns every function account mentioned in the notes ("05.57.73") into a link to its page, and
// records the passages that mention accounts, so an account's page can quote them. A number
// without a page stops the build: a typo in the notes must not become a dead link.
import { relative } from 'node:path';
import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { PASSAGES_KEY, findAccountNumbers, splitAccountNumbers, type AccountPassage } from '../accounts.ts';
import { hProperties, textOfNode, type MarkdownFile } from './mdast-text.ts';
import { accountPath } from '../url.ts';

/** Options of the plugin. */
export interface RemarkAccountLinksOptions {
  /** The site's base path, e.g. "/" or "/budget/" (`import.meta.env` is not available to plugins). */
  base: string;
  /** The account numbers that have a page; called once per file, so edits during dev are seen. */
  accounts: () => Iterable<string>;
}

// Text inside these is not prose: it is already a link, code, or raw HTML/JSX source.
const UNTOUCHED = new Set(['link', 'linkReference', 'definition', 'code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
// The blocks that make a passage: a paragraph (also a list item's) or a table cell.
const PASSAGE_BLOCKS = new Set(['paragraph', 'tableCell']);

/** An account number the text mentions, and the file line of its first mention (when known). */
export interface AccountMention {
  account: string;
  line: number | undefined;
}

/** Thrown when the notes mention an account that has no page; names the file, the accounts and their lines. */
export class UnknownAccountError extends Error {
  // A plain field, not a parameter property: Node's type stripping does not support those.
  readonly mentions: readonly AccountMention[];
  constructor(file: string, mentions: readonly AccountMention[]) {
    const named = mentions.map(({ account, line }) => (line ? `${account} (line ${line})` : account));
    super(
      `${file}: the text mentions function account ${named.join(', ')}, which has no account page: ` +
        `no area lists ${mentions.length > 1 ? 'them' : 'it'} under "accounts" or in its "recipients" rows. ` +
        'Correct the number in the text, or add the account to the frontmatter of the area it belongs to.',
    );
    this.name = 'UnknownAccountError';
    this.mentions = mentions;
  }
}

/** Remark plugin: links account numbers to their pages and records the passages that mention them. */
export default function remarkAccountLinks(options: RemarkAccountLinksOptions) {
  return (tree: Root, file: MarkdownFile) => {
    const known = new Set(options.accounts());
    // Each unknown number with the line of its first mention.
    const unknown = new Map<string, number | undefined>();
    const noteIfUnknown = (account: string, line: number | undefined) => {
      if (!known.has(account) && !unknown.has(account)) unknown.set(account, line);
    };
    const passages: AccountPassage[] = [];
    let section: AccountPassage['section'];

    const linkify = (text: Text): PhrasingContent[] => {
      const pieces = splitAccountNumbers(text.value);
      if (!pieces.some((piece) => 'account' in piece)) return [text];
      return pieces.map((piece): PhrasingContent => {
        if ('text' in piece) return { type: 'text', value: piece.text };
        noteIfUnknown(piece.account, text.position?.start.line);
        const link: Link = {
          type: 'link',
          url: accountPath(piece.account, options.base),
          children: [{ type: 'text', value: piece.account }],
        };
        hProperties(link).className = ['account-link'];
        return link;
      });
    };

    const walk = (node: Nodes) => {
      if (UNTOUCHED.has(node.type)) return;
      if (node.type === 'heading') {
        // Headings are not linked (their anchor is the link), but a wrong number there is still wrong.
        for (const number of findAccountNumbers(textOfNode(node))) noteIfUnknown(number, node.position?.start.line);
        section = sectionOf(node);
        return;
      }
      if (PASSAGE_BLOCKS.has(node.type)) {
        const text = textOfNode(node).replace(/\s+/g, ' ').trim();
        const accounts = [...new Set(findAccountNumbers(text))];
        if (accounts.length > 0) passages.push({ accounts, text, ...(section ? { section } : {}) });
      }
      if (!('children' in node)) return;
      const parent = node as Parent;
      // Text nodes only occur among phrasing content, so replacing one with phrasing is safe.
      const children: RootContent[] = parent.children.flatMap((child): RootContent[] => {
        if (child.type === 'text') return linkify(child);
        walk(child);
        return [child];
      });
      (parent as { children: RootContent[] }).children = children;
    };
    walk(tree);

    if (unknown.size > 0) {
      throw new UnknownAccountError(displayPath(file.path), [...unknown].map(([account, line]) => ({ account, line })));
    }
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [PASSAGES_KEY]: passages };
  };
}

/** A heading as a passage's section: its id (set by remark-heading-ids) and its text. */
function sectionOf(heading: Heading): AccountPassage['section'] {
  const id = hProperties(heading).id;
  return typeof id === 'string' ? { id, text: textOfNode(heading) } : undefined;
}

/** A file's path relative to the project when it is inside it, else as it is. */
function displayPath(path: string | undefined): string {
  if (!path) return '(Markdown)';
  const inProject = relative(process.cwd(), path);
  return inProject.startsWith('..') ? path : inProject;
}

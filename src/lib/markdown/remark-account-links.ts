// Turns every function account mentioned in the notes ("05.57.73") into a link to its page, and
// records the passages that mention accounts, so an account's page can quote them. A number
// without a page stops the build: a typo in the notes must not become a dead link.
import type { Heading, Nodes, Paragraph, Parents, PhrasingContent, Root, TableCell } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { PASSAGES_KEY, findAccountNumbers, splitAccountNumbers, type AccountPassage } from '../accounts.ts';
import { displayPath, hPropertiesOf, textOfNode, type CompileData } from './mdast-text.ts';
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

/** Notes each account number mentioned; lists those without a page, each with the line of its first mention. */
function mentionTracker(known: ReadonlySet<string>) {
  const unknown = new Map<string, number | undefined>();
  return {
    note(account: string, line: number | undefined) {
      if (!known.has(account) && !unknown.has(account)) unknown.set(account, line);
    },
    unknown: (): AccountMention[] => [...unknown].map(([account, line]) => ({ account, line })),
  };
}

/**
 * The account numbers a text (a plain syntax tree, with positions) mentions that have no page, as
 * the plugin below finds them: in its prose and headings, not in links or code.
 */
export function unknownAccountMentions(tree: Root, known: ReadonlySet<string>): AccountMention[] {
  const mentions = mentionTracker(known);
  const walk = (node: Nodes) => {
    if (UNTOUCHED.has(node.type)) return;
    if (node.type === 'heading') {
      for (const number of findAccountNumbers(textOfNode(node))) mentions.note(number, node.position?.start.line);
    } else if (node.type === 'text') {
      for (const number of findAccountNumbers(node.value)) mentions.note(number, node.position?.start.line);
    } else if ('children' in node) {
      for (const child of node.children) walk(child);
    }
  };
  walk(tree);
  return mentions.unknown();
}

// Text under these is not linked: it is a link already, or a heading (whose anchor is the link).
const NOT_LINKED = new Set(['link', 'linkReference', 'heading']);
// What an account number can be written as in a text: "05.57.73", with its dots escaped
// ("05\.57\.73"), or through a character reference ("&#46;"). A text without any of these
// mentions no account, so the plugin sits out (most areas' texts mention none).
const MAYBE_ACCOUNT = /\d\d\\?\.\d\d\\?\.\d\d|&/;

/**
 * Sätteri plugin (one per document): links account numbers to their pages and records the passages
 * that mention them, in the entry's frontmatter (PASSAGES_KEY). Runs after the heading ids, so a
 * passage knows its section's id. Only text that holds a number is replaced. An area whose
 * text mentions no account gets no passages (the site model reads none as none).
 */
export default function remarkAccountLinks(options: RemarkAccountLinksOptions): (ctx: PluginFactoryContext) => MdastPluginDefinition | null {
  return ({ source }) => {
    if (!MAYBE_ACCOUNT.test(source)) return null;
    const mentions = mentionTracker(new Set(options.accounts()));
    const passages: AccountPassage[] = [];
    let section: AccountPassage['section'];
    const passage = (block: Readonly<Paragraph | TableCell>) => {
      const text = textOfNode(block).replace(/\s+/g, ' ').trim();
      const accounts = [...new Set(findAccountNumbers(text))];
      if (accounts.length > 0) passages.push({ accounts, text, ...(section ? { section } : {}) });
    };
    return {
      name: 'budget-account-links',
      heading(heading) {
        // Headings are not linked, but a wrong number there is still wrong.
        for (const number of findAccountNumbers(textOfNode(heading))) mentions.note(number, heading.position?.start.line);
        section = sectionOf(heading);
      },
      paragraph: passage,
      tableCell: passage,
      text(text, ctx) {
        const pieces = splitAccountNumbers(text.value);
        if (!pieces.some((piece) => 'account' in piece)) return;
        for (let parent: Readonly<Parents> | undefined = ctx.parent(text); parent; parent = ctx.parent(parent as Nodes)) if (NOT_LINKED.has(parent.type)) return;
        ctx.replaceNode(
          text,
          pieces.map((piece): PhrasingContent => {
            if ('text' in piece) return { type: 'text', value: piece.text };
            mentions.note(piece.account, text.position?.start.line);
            return {
              type: 'link',
              url: accountPath(piece.account, options.base),
              children: [{ type: 'text', value: piece.account }],
              data: { hProperties: { className: ['account-link'] } },
            };
          }),
        );
      },
      after(_root, ctx) {
        const unknown = mentions.unknown();
        if (unknown.length > 0) throw new UnknownAccountError(displayPath(ctx.fileURL), unknown);
        const data = ctx.data as CompileData;
        const astro = (data.astro ??= {});
        astro.frontmatter = { ...astro.frontmatter, [PASSAGES_KEY]: passages };
      },
    };
  };
}

/** A heading as a passage's section: its id (set by remark-heading-ids) and its text. */
function sectionOf(heading: Readonly<Heading>): AccountPassage['section'] {
  const id = hPropertiesOf(heading).id;
  return typeof id === 'string' ? { id, text: textOfNode(heading) } : undefined;
}

// An area's MDX text checked as the build's MDX compiler and account-link plugin would check it,
// without Astro: the text parsed with the same parser (Sätteri) and features, and its function
// account mentions checked against the accounts the areas list; and what the notes' text never
// holds: HTML, other components than the article provides, import and export, a # heading (a
// second h1). The build's content check (content-check.ts) runs this for every area, so such a
// text is reported for every file at once and within a second, with its line, instead of one file
// per Astro run after Astro's start-up, or not at all. The text as a reader reads it goes back with
// the problems, for the comparison with the document's source (source-check.ts).
import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { AREA_COMPONENTS, AREA_TEXT_FIELD, type ContentProblem } from './checks.ts';
import { FEATURES } from './markdown/features.ts';
import { textOfNode } from './markdown/mdast-text.ts';
import { unknownAccountMentions } from './markdown/remark-account-links.ts';
import { normalizeText } from './source-text.ts';


const FOREIGN_EXPECTED = `Markdown, with no HTML, JSX, import or export but the components an area's text can use (${AREA_COMPONENTS.map((c) => `<${c} />`).join(', ')})`;
const HEADING_EXPECTED = "headings from ## down (the page's one h1 is the area's title, from the frontmatter)";
const ACCOUNT_EXPECTED = 'function account numbers that have an account page (an area lists each under "accounts" or in its "recipients" rows)';

/** An area's text as the content check read it: its problems, and its plain text when it parsed. */
export interface CheckedAreaText {
  problems: ContentProblem[];
  /**
   * What a reader reads of the text: each heading, paragraph and list item's text on a line of its
   * own, whitespace within it collapsed; undefined when it did not parse.
   */
  plainText: string | undefined;
}

/**
 * The problems of an area's text `body` (its file with the frontmatter blanked out, so lines are
 * the file's lines) and its plain text; `file` names it. `accounts`, the numbers that have a page,
 * is left out when they are not known (an area's frontmatter did not match its schema): mentions
 * are then not checked.
 */
export function checkAreaText(file: string, body: string, accounts: ReadonlySet<string> | undefined): CheckedAreaText {
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features: { ...FEATURES } }) as Root;
  } catch (error) {
    // Sätteri's messages start with "line:column: ".
    const message = (error as Error).message;
    const at = /^(\d+:\d+): ([\s\S]*)$/.exec(message);
    return { problems: [{ file: at ? `${file}:${at[1]}` : file, field: AREA_TEXT_FIELD, expected: 'text that is valid MDX', found: at?.[2] ?? message }], plainText: undefined };
  }
  const problem = (line: number | undefined, expected: string, found: string): ContentProblem => ({ file: line ? `${file}:${line}` : file, field: AREA_TEXT_FIELD, expected, found });
  const problems = [
    ...foreignNodes(tree).map(({ found, line }) => problem(line, FOREIGN_EXPECTED, found)),
    ...levelOneHeadings(tree).map(({ text, line }) => problem(line, HEADING_EXPECTED, `a # heading "${text}"`)),
    ...(accounts ? unknownAccountMentions(tree, accounts).map(({ account, line }) => problem(line, ACCOUNT_EXPECTED, `${account}, which no area lists`)) : []),
  ];
  return { problems, plainText: blocksAsRead(tree as unknown as MdxNode).join('\n') };
}

/** Blocks whose children are a line of text: a heading, a paragraph (a list item holds paragraphs), a table cell. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The text of each block of a tree, in order, as it reads: whitespace collapsed, a line break as a space. */
function blocksAsRead(node: MdxNode): string[] {
  if (TEXT_BLOCKS.has(node.type)) return [normalizeText(inlineText(node))];
  return (node.children ?? []).flatMap(blocksAsRead);
}

/** The text inside a block: its text nodes joined as they are. */
function inlineText(node: MdxNode): string {
  if (node.type === 'break') return ' ';
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(inlineText).join('');
}

/** A node of the MDX tree, as far as this check reads it. */
interface MdxNode {
  type: string;
  /** A JSX element's name ("RecipientTable", "br"); null for a fragment. */
  name?: string | null;
  /** An import or export's source text. */
  value?: string;
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** The text's level-1 headings (each a second h1 on the page), with their text and line, wherever they are (a list, a quote). */
function levelOneHeadings(node: Nodes): { text: string; line: number | undefined }[] {
  if (node.type === 'heading' && node.depth === 1) return [{ text: textOfNode(node), line: node.position?.start.line }];
  return 'children' in node ? node.children.flatMap((child) => levelOneHeadings(child)) : [];
}

const ALLOWED = new Set<string | null | undefined>(AREA_COMPONENTS);

/**
 * What a text holds beyond Markdown and the components an area's article provides, in text order,
 * with its line: any other component (which would stop the build while its page is written), an
 * HTML element (the notes' text has none; a <script>, a <style> or an outside image would also
 * break the site's CSP), a fragment, an import or an export (which would run code in the build).
 */
function foreignNodes(tree: Root): { found: string; line: number | undefined }[] {
  const found: { found: string; line: number | undefined }[] = [];
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !ALLOWED.has(node.name)) {
      found.push({ found: node.name ? `<${node.name}>` : 'a fragment <>', line });
    } else if (node.type === 'mdxjsEsm') {
      found.push({ found: `"${node.value?.split('\n')[0] ?? ''}"`, line });
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as MdxNode);
  return found;
}

// An area's MDX text checked as the build's MDX compiler and account-link plugin would check it,
// without Astro: the text parsed with the same parser (Sätteri) and features, and its function
// account mentions checked against the accounts the areas list. The build's content check
// (content-check.ts) runs this for every area, so a text that does not parse, or a mistyped
// account number, is reported for every file at once and within a second, with its line, instead
// of one file per Astro run after Astro's start-up.
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { AREA_COMPONENTS, type ContentProblem } from './checks.ts';
import { FEATURES } from './markdown/features.ts';
import { unknownAccountMentions } from './markdown/remark-account-links.ts';

/** The field a problem with an area's text names. */
const TEXT_FIELD = '(MDX text)';

/**
 * The problems of an area's text `body` (its file with the frontmatter blanked out, so lines are
 * the file's lines); `file` names it. `accounts`, the numbers that have a page, is left out when
 * they are not known (an area's frontmatter did not match its schema): mentions are then not checked.
 */
export function areaTextProblems(file: string, body: string, accounts: ReadonlySet<string> | undefined): ContentProblem[] {
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features: { ...FEATURES } }) as Root;
  } catch (error) {
    // Sätteri's messages start with "line:column: ".
    const message = (error as Error).message;
    const at = /^(\d+:\d+): ([\s\S]*)$/.exec(message);
    return [{ file: at ? `${file}:${at[1]}` : file, field: TEXT_FIELD, expected: 'text that is valid MDX', found: at?.[2] ?? message }];
  }
  const components = unknownComponents(tree).map(({ name, line }) => ({
    file: line ? `${file}:${line}` : file,
    field: TEXT_FIELD,
    expected: `only the components an area's text can use (${AREA_COMPONENTS.map((c) => `<${c} />`).join(', ')})`,
    found: `<${name}>`,
  }));
  if (!accounts) return components;
  return [
    ...components,
    ...unknownAccountMentions(tree, accounts).map(({ account, line }) => ({
      file: line ? `${file}:${line}` : file,
      field: TEXT_FIELD,
      expected: 'function account numbers that have an account page (an area lists each under "accounts" or in its "recipients" rows)',
      found: `${account}, which no area lists`,
    })),
  ];
}

/** A JSX element in MDX: a component when its name starts with a capital or has a dot, else an HTML element. */
interface JsxNode {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: JsxNode[];
}

const ALLOWED = new Set<string>(AREA_COMPONENTS);

/** The components a text uses that an area's article does not provide, in text order, with their lines. */
function unknownComponents(tree: Root): { name: string; line: number | undefined }[] {
  const found: { name: string; line: number | undefined }[] = [];
  const visit = (node: JsxNode) => {
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name && /^[A-Z]|\./.test(node.name) && !ALLOWED.has(node.name)) {
      found.push({ name: node.name, line: node.position?.start.line });
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as JsxNode);
  return found;
}

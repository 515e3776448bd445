// What a built page's printed footer needs from the page: its document (the body's
// data-print-document), its title (the h1) and, where a page
// holds several articles with an id (the booklet's areas), each article's heading. Read from the
// HTML with as little parsing as it takes: every page has an h1, few have several articles.
import { parse } from 'node-html-parser';
import type { PrintSection } from './print.ts';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a page's first h1 (whitespace collapsed), or "" when it has none; parses only the h1. */
export function firstHeading(html: string): string {
  const h1 = /<h1\b[\s\S]*?<\/h1>/i.exec(html);
  return h1 ? clean(parse(h1[0]).text) : '';
}

/** An attribute of the page's body element (entities decoded), or undefined; parses only the body's start tag. */
export function bodyAttribute(html: string, name: string): string | undefined {
  const tag = /<body\b[^>]*>/i.exec(html);
  return tag ? parse(`${tag[0]}</body>`).querySelector('body')?.getAttribute(name) : undefined;
}

// Only a page with more than one of these is parsed whole.
const ARTICLE_WITH_ID = /<article\b[^>]*\sid=/gi;

/** Each article with an id and its first heading (else `title`), where a page holds more than one; else none. */
export function printSections(html: string, title: string): PrintSection[] {
  if ((html.match(ARTICLE_WITH_ID)?.length ?? 0) < 2) return [];
  const articles = parse(html).querySelectorAll('article[id]');
  return articles.length > 1
    ? articles.map((article) => ({ id: article.id, title: clean(article.querySelector('h1, h2, h3')?.text ?? title) }))
    : [];
}

const SITE_HREF = /\shref="(\/[^"]*)"/gi;

/** The distinct site-relative hrefs in the page whose path ends in "/<id>/" of one of `sections`. */
export function linksInside(html: string, sections: readonly PrintSection[]): string[] {
  if (sections.length === 0) return [];
  const ids = new Set(sections.map((section) => section.id));
  const inside = new Set<string>();
  for (const [, href = ''] of html.matchAll(SITE_HREF)) {
    const id = /\/([^/]+)\/$/.exec(href.split('#')[0] ?? '')?.[1];
    if (id && ids.has(id)) inside.add(href);
  }
  return [...inside];
}

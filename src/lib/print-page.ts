// What a built page's printed footer needs from the page: its document (the body's
// data-print-document), its title (the h1) and, where a page
// holds several articles with an id (the booklet's areas), each article's heading. Read from the
// HTML with as little parsing as it takes: only the elements these are in are parsed.
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

const ARTICLE_START = /<article\b[^>]*>/gi;
const FIRST_HEADING = /<h([1-3])\b[^>]*>[\s\S]*?<\/h\1\s*>/i;

/**
 * Each article with an id and its first heading (else `title`), where a page holds more than one;
 * else none. Only the articles' start tags and first headings are parsed, not the page (a booklet
 * holds every area of its document): an article's heading is the first h1–h3 before its end tag
 * (the site's articles do not nest).
 */
export function printSections(html: string, title: string): PrintSection[] {
  const articles = [...html.matchAll(ARTICLE_START)].flatMap((match) => {
    const id = parse(`${match[0]}</article>`).querySelector('article')?.getAttribute('id');
    return id === undefined ? [] : [{ id, from: match.index + match[0].length }];
  });
  if (articles.length < 2) return [];
  return articles.map(({ id, from }) => {
    const end = html.indexOf('</article', from);
    const heading = FIRST_HEADING.exec(html.slice(from, end < 0 ? undefined : end));
    return { id, title: heading ? clean(parse(heading[0]).text) : title };
  });
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

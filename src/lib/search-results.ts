// Turns Pagefind's result data into what the search list shows: one entry per page, linking to
// the section of the page that matched best, with its excerpt cleaned of alias words.
import { stripAliases } from './search-aliases.ts';

/** A matched word's position and score, as Pagefind reports it. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a page result (Pagefind splits pages at headings and titled anchors). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first heading. */
  anchor?: { id: string; element: string };
  weighted_locations: WeightedLocation[];
}

/** The loaded data of one Pagefind result: the subset this site uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

/** What one line of the result list shows. */
export interface ShownResult {
  /** Where the link goes: the page, at the best section's anchor. */
  url: string;
  /** The page's title (the area's name). */
  title: string;
  /** The section's heading, when the hit is below one. */
  section?: string;
  /** Excerpt HTML from Pagefind: entity-encoded text with <mark> around matches. */
  excerpt: string;
}

const score = (sub: SubResult) => sub.weighted_locations.reduce((sum, hit) => sum + hit.balanced_score, 0);

/** The section with the highest total score; Pagefind lists sections in page order. */
export function bestSection(subs: readonly SubResult[]): SubResult | undefined {
  let best: SubResult | undefined;
  for (const sub of subs) if (!best || score(sub) > score(best)) best = sub;
  return best;
}

/** One result as the list shows it. */
export function showResult(data: ResultData): ShownResult {
  const title = data.meta.title ?? data.url;
  const best = bestSection(data.sub_results);
  if (!best) return { url: data.url, title, excerpt: stripAliases(data.excerpt) };
  const section = best.anchor && best.title !== title ? best.title : undefined;
  return { url: best.url, title, excerpt: stripAliases(best.excerpt), ...(section ? { section } : {}) };
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/**
 * Splits excerpt HTML into plain text runs, so the page can build it with text nodes and
 * <mark> elements instead of parsing HTML it did not write.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (html: string) =>
    html.replace(/<[^>]*>/g, '').replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (ENTITIES[name] !== undefined) return ENTITIES[name];
      if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entity;
    });
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), mark: false });
    parts.push({ text: decode(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((part) => part.text !== '');
}

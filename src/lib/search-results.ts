// Turns Pagefind's results into what the search list shows: the results of a query's searches
// joined into one list (search-query.ts plans them), one entry per page, linking to the section
// of the page that matched best, with its excerpt cleaned of alias words and its document named.
import { stripAliases } from './search-aliases.ts';
import type { SearchStep } from './search-query.ts';

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
  meta: { title?: string; dokument?: string };
  /** Positions of every matched word on the page. */
  locations?: number[];
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
  /** The document the page belongs to ("Budget 2022, Økonomiudvalget"), where it belongs to one. */
  document?: string;
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
  const document = data.meta.dokument ? { document: data.meta.dokument } : {};
  const best = bestSection(data.sub_results);
  if (!best) return { url: data.url, title, excerpt: stripAliases(data.excerpt), ...document };
  const section = best.anchor && best.title !== title ? best.title : undefined;
  return { url: best.url, title, excerpt: stripAliases(best.excerpt), ...(section ? { section } : {}), ...document };
}

/** One search's results, and where they join the list (SearchStep.place). */
export interface StepResults<T> {
  place: SearchStep['place'];
  results: readonly T[];
}

/**
 * Joins the results of a query's searches into one list, each page once, at its first place:
 * "append" adds after the results so far, "afterFirst" right after the first of them.
 */
export function mergeResults<T>(steps: readonly StepResults<T>[], key: (result: T) => string): T[] {
  const merged: T[] = [];
  const seen = new Set<string>();
  for (const { place, results } of steps) {
    const fresh = results.filter((result) => !seen.has(key(result)) && seen.add(key(result)));
    merged.splice(place === 'afterFirst' ? Math.min(1, merged.length) : merged.length, 0, ...fresh);
  }
  return merged;
}

/** An account page's number, from its title ("05.57.73 Kontanthjælp" → "05.57.73"), for sorting. */
function accountNumberOf(data: ResultData): string {
  return /^\d{2}\.\d{2}\.\d{2}/.exec(data.meta.title ?? '')?.[0] ?? '99.99.99';
}

/**
 * Puts one search's loaded results in the order SearchStep.order asks for: account pages by
 * number, or pages by how often the word occurs (a phrase search ranks every page alike).
 */
export function orderResults<T extends { data: ResultData }>(results: readonly T[], order: SearchStep['order']): T[] {
  const sorted = [...results];
  if (order === 'account') sorted.sort((a, b) => accountNumberOf(a.data).localeCompare(accountNumberOf(b.data)));
  if (order === 'count') {
    const hits = (result: T) => result.data.locations?.length ?? 0;
    sorted.sort((a, b) => hits(b) - hits(a));
  }
  return sorted;
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

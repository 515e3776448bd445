// The glossary page's view of the entries: abbreviations and budget words apart, each in
// Danish alphabetical order (æ, ø, å last), so a reader finds a term where they expect it.
import { normalizeText } from './source-text.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';

/** The entries split into abbreviations and budget words, each sorted by term in Danish order. */
export function glossaryGroups(entries: readonly GlossaryEntry[]): { abbreviations: GlossaryEntry[]; terms: GlossaryEntry[] } {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'da'));
  return {
    abbreviations: sorted.filter((entry) => entry.kind === 'forkortelse'),
    terms: sorted.filter((entry) => entry.kind === 'begreb'),
  };
}

/** At most this many documents are named as a quote's source; a phrase every year's notes use is just "the notes'". */
export const MAX_QUOTING_DOCUMENTS = 3;

/**
 * The documents whose source text holds a quote (each source as `oneLineSourceText` in source-text.ts makes
 * it), by label, in the order given; none when more than MAX_QUOTING_DOCUMENTS do.
 */
export function quotingDocuments(quote: string, documents: readonly { label: string; source: string }[]): string[] {
  const wanted = normalizeText(quote);
  const quoting = documents.filter((doc) => doc.source.includes(wanted)).map((doc) => doc.label);
  return quoting.length > MAX_QUOTING_DOCUMENTS ? [] : quoting;
}

// The glossary page's view of the entries: abbreviations and budget words apart, each in
// Danish alphabetical order (æ, ø, å last), so a reader finds a term where they expect it.
import type { GlossaryEntry } from './schemas/glossary.ts';

/** The entries split into abbreviations and budget words, each sorted by term in Danish order. */
export function glossaryGroups(entries: readonly GlossaryEntry[]): { abbreviations: GlossaryEntry[]; terms: GlossaryEntry[] } {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'da'));
  return {
    abbreviations: sorted.filter((entry) => entry.kind === 'forkortelse'),
    terms: sorted.filter((entry) => entry.kind === 'begreb'),
  };
}

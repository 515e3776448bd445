// The glossary page's view: the groups in Danish order, and the documents a quote is named from.
import { describe, expect, it } from 'vitest';
import { glossaryGroups, MAX_QUOTING_DOCUMENTS, quotingDocuments } from '../../src/lib/glossary-list.ts';
import { oneLineSourceText as sourceText } from '../../src/lib/source-text.ts';
import type { GlossaryEntry } from '../../src/lib/schemas/glossary.ts';

const entry = (id: string, term: string, kind: GlossaryEntry['kind']): GlossaryEntry => ({ id, term, kind, explanation: 'En forklaring.', source: { authority: 'KL' } });

describe('the glossary page', () => {
  it('lists abbreviations and budget words apart, each in Danish order (æ, ø, å last)', () => {
    const groups = glossaryGroups([entry('oe', 'Økonomi', 'begreb'), entry('kl', 'KL', 'forkortelse'), entry('a', 'Anlæg', 'begreb'), entry('atp', 'ATP', 'forkortelse')]);
    expect(groups.abbreviations.map((e) => e.term)).toEqual(['ATP', 'KL']);
    expect(groups.terms.map((e) => e.term)).toEqual(['Anlæg', 'Økonomi']);
  });

  it('names the documents whose notes hold a quote, line breaks and hyphenation aside; none where every year’s notes say it', () => {
    const documents = [
      { label: 'Budget 2022, Økonomiudvalget', source: sourceText('Et fælles KKR-sekre-\ntariat. Budgettet er et rammebudget.\n') },
      { label: 'Budget 2023, Økonomiudvalget', source: sourceText('Budgettet er et rammebudget.\n') },
    ];
    expect(quotingDocuments('fælles KKR-sekretariat', documents)).toEqual(['Budget 2022, Økonomiudvalget']);
    expect(quotingDocuments('Budgettet er et rammebudget.', documents)).toEqual(['Budget 2022, Økonomiudvalget', 'Budget 2023, Økonomiudvalget']);
    const everyYear = Array.from({ length: MAX_QUOTING_DOCUMENTS + 1 }, (_, i) => ({ label: `Budget ${2020 + i}`, source: 'Budgettet er et rammebudget.' }));
    expect(quotingDocuments('Budgettet er et rammebudget.', everyYear)).toEqual([]);
  });
});

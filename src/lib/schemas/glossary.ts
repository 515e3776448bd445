import { z } from 'astro/zod';
import { Text } from './text.ts';

/** At most this many sentences: an explanation is a short answer, not an article. */
export const MAX_SENTENCES = 3;

/**
 * Sentences in a plain-Danish text: a full stop, question or exclamation mark before a capital
 * letter or the end ("pr. 1. januar" is one sentence, not three).
 */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s+[\p{Lu}»]|\s*$)/gu) ?? []).length;
}

/** Where an explanation comes from: the notes' own words, or a named authority. */
export const GlossarySource = z
  .strictObject({
    /** The notes' own words that explain the term, quoted exactly, e.g. "KKR-sekretariat, (Kommunekontaktrådet)". */
    quote: Text.optional(),
    /** The authority whose definition the explanation follows, named, e.g. "KL (Kommunernes Landsforening)". */
    authority: Text.optional(),
    /** The authority's address; only one that is certain to stay. */
    url: z.url({ protocol: /^https$/, message: 'expected an https address' }).optional(),
  })
  .refine((source) => source.quote !== undefined || source.authority !== undefined, {
    message: 'expected "quote" (the notes\' own words) or "authority" (who defines the term), or both',
  });

/**
 * What one document's notes say about a term: shown after the explanation where that document uses
 * the term, and on the glossary page under the document's name, so a statement about the 2022 notes
 * is never read as one about another year's.
 */
export const GlossaryDocumentNote = z.strictObject({
  /** The document's folder name, e.g. "2022-oekonomiudvalget". */
  document: z.string().regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a document folder name such as "2022-oekonomiudvalget"' }),
  /** What its notes say about the term, in one or two sentences, e.g. "Bemærkningerne skriver, at …". */
  text: Text.refine((text) => countSentences(text) >= 1 && countSentences(text) <= 2, { message: 'expected one or two sentences, each ending with a full stop' }),
});

/** One word or abbreviation of the glossary ("Ord og forkortelser"), one item of content/ordliste.yaml. */
export const GlossaryEntrySchema = z.strictObject({
  /** The entry's id: its anchor on the glossary page (/ordliste/#kl); lower-case kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a lower-case id such as "kl" or "pris-og-loenfremskrivning"' }),
  /** The term as the glossary shows it, e.g. "KL" or "Rammebudget". */
  term: Text,
  /** "forkortelse" is marked `<abbr>` in the text; "begreb" is a budget word. */
  kind: z.enum(['forkortelse', 'begreb']),
  /** An abbreviation's full form, where it has one the notes or the authority give. */
  fullForm: Text.optional(),
  /**
   * The forms to mark in the notes, as the notes write them ("KL", "pris- og lønfremskrevet").
   * Abbreviations match case and all; a budget word also matches with a capital first letter.
   * Without it, the term itself.
   */
  forms: z.array(Text).min(1).optional(),
  /** What it means, in plain Danish: one to three sentences, true wherever the term is used (what a document's notes say goes in `notes`). */
  explanation: z
    .string()
    .min(1)
    .refine((text) => countSentences(text) >= 1 && countSentences(text) <= MAX_SENTENCES, {
      message: `expected one to ${MAX_SENTENCES} sentences, each ending with a full stop`,
    }),
  /** Where the explanation comes from. */
  source: GlossarySource,
  /** What documents' notes say about the term, each shown with that document's pages; one per document. */
  notes: z.array(GlossaryDocumentNote).min(1).optional(),
});

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

import { z } from 'astro/zod';
import { Text } from './text.ts';
import { slugify } from '../slug.ts';

/**
 * Facts about one document, stated once in its folder's `dokument.json`
 * (`content/dokumenter/<budgetYear>-<committee slug>/dokument.json`).
 */
export const DocumentSchema = z.strictObject({
  /** The municipality that adopted the budget. */
  municipality: Text,
  /** The committee whose areas the notes cover; its slug is the document's address (/2022/oekonomiudvalget/). */
  committee: z
    .string()
    .min(1)
    .refine((name) => slugify(name) !== '', {
      message: 'expected a committee name with letters or digits (its slug is the document\'s address, /<year>/<committee>/)',
    }),
  /** The budget year. */
  budgetYear: z.number().int().min(2000).max(2100),
  /** Stage of the budget, e.g. "Vedtaget budget". */
  stage: Text,
  /** The document's own title, e.g. "Bemærkninger". */
  title: Text,
  /** The source the document is made from; its text is `kildetekst.txt` beside this file. */
  source: z.strictObject({
    /** How the source is named to readers. */
    title: Text,
  }),
});

export type DocumentData = z.infer<typeof DocumentSchema>;

import { z } from 'astro/zod';

/** Facts about the whole document, stated once in `content/dokument.json`. */
export const DocumentSchema = z.strictObject({
  /** The municipality that adopted the budget. */
  municipality: z.string().min(1),
  /** The committee whose areas the notes cover. */
  committee: z.string().min(1),
  /** The budget year. */
  budgetYear: z.number().int().min(2000).max(2100),
  /** Stage of the budget, e.g. "Vedtaget budget". */
  stage: z.string().min(1),
  /** The document's own title, e.g. "Bemærkninger". */
  title: z.string().min(1),
  /** The source the site is made from. */
  source: z.strictObject({
    /** How the source is named to readers. */
    title: z.string().min(1),
    /** Path of the source text, relative to `content/`. */
    file: z.string().min(1),
  }),
  /**
   * Address of the site's accessibility statement (tilgængelighedserklæring), once it is
   * published in Digitaliseringsstyrelsens WAS-tool. While it is not set, the footer link leads
   * to the site's own page explaining where the statement will be.
   */
  accessibilityStatementUrl: z.url({ protocol: /^https$/, message: 'expected the https address of the published statement' }).optional(),
  /**
   * Where readers can ask the municipality about the budget: an e-mail address
   * ("budget@kalundborg.dk") or the https address of a contact page. Shown in the footer when set.
   */
  contact: z
    .union([z.email(), z.url({ protocol: /^https$/ })], { error: 'expected an e-mail address or the https address of a contact page' })
    .optional(),
});

export type DocumentData = z.infer<typeof DocumentSchema>;

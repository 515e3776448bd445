import { z } from 'astro/zod';

/** Site-wide settings (`content/site.json`): what holds for every document. All optional. */
export const SiteSettingsSchema = z.strictObject({
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

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

import { z } from 'astro/zod';

/** Site-wide settings (`content/site.json`): what holds for every document. All optional. */
export const SiteSettingsSchema = z.strictObject({
  /**
   * Address of the site's accessibility statement (tilgængelighedserklæring), once it is
   * published in Digitaliseringsstyrelsens WAS-tool. While it is not set, the footer link leads
   * to the site's own page explaining where the statement will be.
   */
  accessibilityStatementUrl: z.url({ protocol: /^https$/, message: 'expected the https address of the published statement' }).optional(),
});

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

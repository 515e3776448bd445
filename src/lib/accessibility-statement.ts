// Where the footer's "Tilgængelighedserklæring" link goes: the statement published in the
// state's WAS-tool once its address is set in content/site.json, until then our own page.
import type { SiteSettings } from './schemas/site.ts';
import { pathWithBase } from './url.ts';

/** The site's own page about the accessibility statement. */
export const STATEMENT_PAGE = 'tilgaengelighed/';

/** Where the statement is: its published address, or the site's page explaining where it will be. */
export function accessibilityStatement(
  settings: Pick<SiteSettings, 'accessibilityStatementUrl'>,
  base?: string,
): { href: string; published: boolean } {
  const url = settings.accessibilityStatementUrl;
  return url ? { href: url, published: true } : { href: pathWithBase(STATEMENT_PAGE, base), published: false };
}

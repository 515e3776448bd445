// The sitemap (sitemap.xml, https://www.sitemaps.org/protocol.html) and robots.txt that tell search
// engines the site's pages. Both need the site's full address (SITE_URL), so they are written only
// where it is known (src/after-build/sitemap.ts).

/** The meta tag a page carries when search engines should leave it out (BaseLayout's `indexable`). */
export const NOINDEX = /<meta name="robots" content="noindex"/;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A built page's full address: `origin`, `base` and the page's file path in the site ("2022/index.html" → ".../2022/"). */
export function pageAddress(origin: string, base: string, file: string): string {
  const path = file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${base.endsWith('/') ? base : `${base}/`}${path}`, origin).href;
}

/** The sitemap listing `addresses`, in the order given. */
export function sitemapXml(addresses: readonly string[]): string {
  const entries = addresses.map((address) => `  <url><loc>${escapeXml(address)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

/** robots.txt for a site at the root of its host: every page may be crawled; where the sitemap is. */
export function robotsTxt(sitemapAddress: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapAddress}\n`;
}

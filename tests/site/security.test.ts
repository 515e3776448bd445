// The site's own security headers (public/_headers) and HTML that a strict CSP would not block:
// nothing inline. That every page works under that CSP in Chromium (the search used, the charts
// drawn, Pagefind's WebAssembly allowed) and requests nothing from another origin is checked in
// tests/site/browser-checks.test.ts, in the one load of each page that all browser checks share.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsp, siteHeaders as siteHeadersOf } from '../support/headers.ts';
import { assertBuilt, listPages, readPage, SITE_DIR } from '../support/site.ts';

const PAGES = existsSync(SITE_DIR) ? listPages() : [];
// Script elements that hold data, not code; a CSP does not run them.
const DATA_SCRIPT_TYPES = ['application/json', 'application/ld+json'];

/** The headers the `_headers` file sends for every path ("/*"). */
const siteHeaders = () => siteHeadersOf(SITE_DIR);

describe('the built HTML', () => {
  beforeAll(() => assertBuilt());

  it('has no inline scripts, inline event handlers, style attributes, style elements or javascript: URLs', () => {
    const found: string[] = [];
    for (const path of PAGES) {
      const page = readPage(path);
      for (const script of page.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.includes(type)) found.push(`${path || '/'}: inline <script> ${script.outerHTML.slice(0, 80)}`);
      }
      for (const el of page.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (/^on/i.test(name)) found.push(`${path || '/'}: event handler ${name} on <${el.tagName.toLowerCase()}>`);
          if (name.toLowerCase() === 'style') found.push(`${path || '/'}: style attribute on <${el.tagName.toLowerCase()}>`);
        }
        if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push(`${path || '/'}: javascript: URL`);
      }
      if (page.querySelector('style')) found.push(`${path || '/'}: inline <style> element`);
    }
    expect(found).toEqual([]);
  });
});

describe('the security headers file', () => {
  beforeAll(() => assertBuilt());

  it('ships with the site and sets a strict CSP and the other headers for every path', () => {
    const headers = siteHeaders();
    const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(csp['default-src']).toEqual(["'self'"]);
    // WebAssembly compilation only (the search index reader), never eval of JavaScript.
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

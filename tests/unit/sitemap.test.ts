// The sitemap and robots.txt: page addresses under a base, the XML, and the pass that writes them
// from a built site's pages (leaving out those that ask search engines to).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSitemap } from '../../src/after-build/sitemap.ts';
import { pageAddress, robotsTxt, sitemapXml } from '../../src/lib/sitemap.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site of the given pages (path → head), each a minimal HTML file. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  made.push(dir);
  for (const [path, head] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="da"><head><title>x</title>${head}</head><body><h1>x</h1></body></html>`);
  }
  return dir;
}

describe('the sitemap', () => {
  it('gives each page its full address under the base, a folder’s page with its trailing slash', () => {
    expect(pageAddress('https://k.dk', '/', 'index.html')).toBe('https://k.dk/');
    expect(pageAddress('https://k.dk', '/', '2022/oekonomiudvalget/index.html')).toBe('https://k.dk/2022/oekonomiudvalget/');
    expect(pageAddress('https://k.dk', '/budget/', 'konti/05-57-73/index.html')).toBe('https://k.dk/budget/konti/05-57-73/');
    expect(pageAddress('https://k.dk', '/budget', 'sitemap.xml')).toBe('https://k.dk/budget/sitemap.xml');
    expect(pageAddress('https://k.dk', '/', 'omraader/boern-og-familie/index.html')).toBe('https://k.dk/omraader/boern-og-familie/');
  });

  it('is the sitemaps.org XML, its addresses escaped', () => {
    expect(sitemapXml(['https://k.dk/', 'https://k.dk/?a=1&b=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://k.dk/</loc></url>\n  <url><loc>https://k.dk/?a=1&amp;b=2</loc></url>\n</urlset>\n',
    );
    expect(robotsTxt('https://k.dk/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://k.dk/sitemap.xml\n');
  });

  it('lists the built pages in address order, but not those that ask search engines to leave them out, and writes robots.txt at the root of a host', async () => {
    const dir = site({
      'index.html': '',
      '2022/oekonomiudvalget/index.html': '<link rel="canonical" href="https://k.dk/2022/oekonomiudvalget/">',
      '2022/oekonomiudvalget/data/index.html': '',
      'soeg/index.html': '<meta name="robots" content="noindex">',
      '404.html': '<meta name="robots" content="noindex">',
    });
    expect(await writeSitemap(dir, 'https://k.dk', '/')).toBe(3);
    const locs = [...readFileSync(join(dir, 'sitemap.xml'), 'utf-8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://k.dk/', 'https://k.dk/2022/oekonomiudvalget/', 'https://k.dk/2022/oekonomiudvalget/data/']);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf-8')).toContain('Sitemap: https://k.dk/sitemap.xml');
  });

  it('writes no robots.txt under a sub-path, where search engines would not read it', async () => {
    const dir = site({ 'index.html': '' });
    expect(await writeSitemap(dir, 'https://k.dk', '/budget/')).toBe(1);
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf-8')).toContain('<loc>https://k.dk/budget/</loc>');
    expect(existsSync(join(dir, 'robots.txt'))).toBe(false);
  });

  it('stops on a page whose head it cannot find, rather than guess whether to list it', async () => {
    const dir = site({ 'index.html': '' });
    writeFileSync(join(dir, 'broken.html'), `<!doctype html><html><head>${' '.repeat(9000)}</head></html>`);
    await expect(writeSitemap(dir, 'https://k.dk', '/')).rejects.toThrow(/broken\.html: no <\/head>/);
  });
});

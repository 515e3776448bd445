// The real site's open data (the suite in tests/support/open-data-suite.ts), and what only the
// real site shows: which file each kind of table links to, and the footer link to the data page.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '../../src/lib/content-dir.ts';
import { openDataSuite } from '../support/open-data-suite.ts';
import { assertBuilt, listPages, readPage, SITE_DIR } from '../support/site.ts';

openDataSuite({
  name: 'the real site',
  dir: () => SITE_DIR,
  documentDirs: readdirSync(DOCUMENTS_DIR).map((id) => join(DOCUMENTS_DIR, id)),
});

describe('open data on the real site', () => {
  beforeAll(() => assertBuilt());
  const links = (path: string) => readPage(path).querySelectorAll('[data-data-links] a').map((a) => a.getAttribute('href'));

  it('links the overview to the areas file, a parts table to its area\'s parts file, the recipient table to its own', () => {
    expect(links('')).toEqual(['/2022/oekonomiudvalget/data/omraader.csv', '/2022/oekonomiudvalget/data/omraader.json']);
    expect(links('2022/oekonomiudvalget/')).toEqual(links(''));
    expect(links('2022/oekonomiudvalget/omraader/oekonomi/')).toEqual(['/2022/oekonomiudvalget/data/dele-oekonomi.csv', '/2022/oekonomiudvalget/data/dele-oekonomi.json']);
    expect(links('2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/')).toEqual([
      '/2022/oekonomiudvalget/data/modtagere-arbejdsmarked-og-borgerservice.csv',
      '/2022/oekonomiudvalget/data/modtagere-arbejdsmarked-og-borgerservice.json',
    ]);
    expect(links('konti/05-57-73/')).toEqual(links('2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/'));
    expect(new Set(links('konti/'))).toEqual(new Set(['/data/konti.csv', '/data/konti.json']));
    // Read as words, each link names its table: "Hent tallene: CSV (Nettobudget pr. område) · JSON (…)".
    const words = readPage('').querySelector('[data-data-links]')?.text.replace(/\s+/g, ' ').trim();
    expect(words).toBe('Hent tallene: CSV (Nettobudget pr. område) · JSON (Nettobudget pr. område)');
  });

  it('links every page\'s footer to the data page', () => {
    for (const path of listPages()) {
      const footerLinks = readPage(path).querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      expect(footerLinks, path).toContain('/2022/oekonomiudvalget/data/');
    }
  });
});

// Open data for a site of two documents (the real Budget 2022 and the synthetic Budget 2023 in
// tests/fixtures/documents/): a package per document, the combined set holding both, and the
// tables that only several documents have (net budget and counts over the years) linked too.
// The site is the shared fixture site (tests/support/fixture-sites.ts), built under BASE.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '../../src/lib/content-dir.ts';
import type { FixtureBuild } from '../support/build.ts';
import { findPackages, openDataSuite } from '../support/open-data-suite.ts';
import { readPage } from '../support/site.ts';
import { BASE, FIXTURE_DOCUMENTS, fixtureSite } from '../support/fixture-sites.ts';

let build: FixtureBuild;

beforeAll(async () => {
  build = await fixtureSite();
  if (build.status !== 0) throw new Error(`The two-document build failed:\n${build.output.slice(-3000)}`);
});

openDataSuite({
  name: 'two documents',
  dir: () => build.outDir,
  base: BASE,
  documentDirs: [
    ...readdirSync(DOCUMENTS_DIR).map((id) => join(DOCUMENTS_DIR, id)),
    join(FIXTURE_DOCUMENTS, '2023-oekonomiudvalget'),
  ],
});

describe('open data across documents', () => {
  it('lists both documents in the combined package, newest first, and gives each its own package', () => {
    const packages = findPackages(build.outDir);
    expect([...packages.keys()].sort()).toEqual(['2022/oekonomiudvalget/data', '2023/oekonomiudvalget/data', 'data']);
    expect(packages.get('data')?.dokumenter?.map((doc) => doc.id)).toEqual(['2023-oekonomiudvalget', '2022-oekonomiudvalget']);
  });

  it('links the net budget over the years and the counts over the years to the combined set', () => {
    const links = (path: string) => readPage(path, build.outDir).querySelectorAll('[data-data-links] a').map((a) => a.getAttribute('href'));
    expect(links('2023/oekonomiudvalget/omraader/beredskab/')).toContain(`${BASE}data/omraader.csv`);
    expect(links('konti/05-57-73/')).toContain(`${BASE}data/modtagere.csv`);
    // A document's pages lead to its own data page.
    const footer = readPage('2023/oekonomiudvalget/omraader/beredskab/', build.outDir).querySelectorAll('footer a').map((a) => a.getAttribute('href'));
    expect(footer).toContain(`${BASE}2023/oekonomiudvalget/data/`);
  });
});

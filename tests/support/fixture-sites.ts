// The fixture sites that several test files read, each built once per run (`sharedBuild` in
// tests/support/build.ts); never published.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editArea, sharedBuild, type FixtureBuild } from './build.ts';

/** The synthetic documents, one folder each, in the content layout. */
export const FIXTURE_DOCUMENTS = resolve(import.meta.dirname, '../fixtures/documents');

/** The sub-path the fixture site is built for. */
export const BASE = '/budget/';

/** The site address the fixture site is built for (SITE_URL): its pages then name their full address, and it gets a sitemap. */
export const ORIGIN = 'https://budget.example.dk';

/** A sentence with an abbreviation the glossary lacks, put into one area of the fixture site. */
export const UNKNOWN_ABBREVIATION = { area: 'beredskab', replace: 'Arbejdet pågår.', with: 'Arbejdet pågår. Se også VSBVs plan i VSBV og KL.' };

/**
 * The fixture site: two documents, the real Budget 2022 and a small synthetic Budget 2023 from
 * tests/fixtures/documents/ (another year, changed figures, a renamed area, an area only in
 * 2023), built for the sub-path BASE of the site ORIGIN, with one unknown abbreviation in one area of 2022 (a
 * warning, not an error). One build serves documents.test.ts, open-data-documents.test.ts,
 * base-path.test.ts, unknown-abbreviation.test.ts and bad-content.test.ts (a copy with a harmless
 * edit builds: the fixture mechanism works); a full build of its own for each of these took
 * about 6 s of the site tests' time.
 */
export function fixtureSite(): Promise<FixtureBuild> {
  return sharedBuild(
    'two-documents-under-base',
    (contentDir) => {
      cpSync(join(FIXTURE_DOCUMENTS, '2023-oekonomiudvalget'), join(contentDir, 'dokumenter', '2023-oekonomiudvalget'), { recursive: true });
      editArea(contentDir, UNKNOWN_ABBREVIATION.area, UNKNOWN_ABBREVIATION.replace, UNKNOWN_ABBREVIATION.with);
    },
    { env: { BASE_PATH: BASE, SITE_URL: ORIGIN } },
  );
}

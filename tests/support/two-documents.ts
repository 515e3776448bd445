// A site of two documents: the real Budget 2022 and a small synthetic Budget 2023 from
// tests/fixtures/documents/ (another year, changed figures, a renamed area, an area only in 2023).
// Built once per test file that asks for it; never published.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildWithContent, type FixtureBuild } from './build.ts';

/** The synthetic documents, one folder each, in the content layout. */
export const FIXTURE_DOCUMENTS = resolve(import.meta.dirname, '../fixtures/documents');

/** Builds the real content plus the fixture documents named in `ids` (folder names). */
export function buildWithFixtureDocuments(ids: readonly string[] = ['2023-oekonomiudvalget']): FixtureBuild {
  return buildWithContent((contentDir) => {
    for (const id of ids) cpSync(join(FIXTURE_DOCUMENTS, id), join(contentDir, 'dokumenter', id), { recursive: true });
  });
}

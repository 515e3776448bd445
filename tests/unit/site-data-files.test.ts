// The open data files the build writes after Astro (src/after-build/data-files.ts), from the
// documents its content check read.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDataFiles } from '../../src/after-build/data-files.ts';
import { readContentFolder } from '../../src/lib/content-check.ts';
import { documentsOnDisk } from '../../src/lib/documents-folder.ts';
import { DOCUMENTS_DIR } from '../../src/lib/content-dir.ts';
import { dataDocumentsOf } from '../../src/lib/open-data/data-documents.ts';
import { siteDataFiles } from '../../src/lib/open-data/site-files.ts';
import type { AreaData } from '../../src/lib/schemas/area.ts';
import type { DocumentData } from '../../src/lib/schemas/document.ts';

const facts = (budgetYear: number, committee: string) => ({ budgetYear, committee }) as DocumentData;
const area = (slug: string, order: number) => ({ slug, data: { order } as AreaData });

describe('the documents the data files are made from', () => {
  it('lists the newest first (within a year by committee), each with its own areas in document order', () => {
    const docs = dataDocumentsOf(
      [
        { id: '2022-oekonomiudvalget', data: facts(2022, 'Økonomiudvalget') },
        { id: '2023-boerneudvalget', data: facts(2023, 'Børneudvalget') },
        { id: '2022-boerneudvalget', data: facts(2022, 'Børneudvalget') },
      ],
      new Map([
        ['2022-oekonomiudvalget', [area('beredskab', 2), area('oekonomi', 1)]],
        ['2022-boerneudvalget', [area('skoler', 1)]],
      ]),
    );
    expect(docs.map((doc) => doc.id)).toEqual(['2023-boerneudvalget', '2022-boerneudvalget', '2022-oekonomiudvalget']);
    expect(docs.map((doc) => doc.committeeSlug)).toEqual(['boerneudvalget', 'boerneudvalget', 'oekonomiudvalget']);
    expect(docs.map((doc) => doc.areas.map((a) => a.slug))).toEqual([[], ['skoler'], ['oekonomi', 'beredskab']]);
  });
});

describe('writing the data files', () => {
  const content = readContentFolder(documentsOnDisk(DOCUMENTS_DIR));
  const docs = dataDocumentsOf(content.documents, content.areasByDocument);

  it('reads the real content without a problem, every document and area', () => {
    expect(content.problems).toEqual([]);
    expect(docs.length).toBe(readdirSync(DOCUMENTS_DIR).length);
    expect(docs.flatMap((doc) => doc.areas).length).toBe([...content.areasByDocument.values()].flat().length);
  });

  it('writes every file where the pages link to it: each document\'s data folder and the combined set\'s, with its text', async () => {
    const site = mkdtempSync(join(tmpdir(), 'budget-data-files-'));
    try {
      const files = siteDataFiles(docs);
      expect(await writeDataFiles(site, docs)).toBe(files.length);
      expect(readdirSync(join(site, '2022/oekonomiudvalget/data'))).toEqual(expect.arrayContaining(['omraader.csv', 'omraader.json', 'datapackage.json', 'modtagere-arbejdsmarked-og-borgerservice.csv']));
      expect(readdirSync(join(site, 'data'))).toEqual(expect.arrayContaining(['omraader.csv', 'konti.json', 'datapackage.json', 'omraade.schema.json', 'dokument.schema.json']));
      for (const file of files) expect(readFileSync(join(site, file.folder, file.name), 'utf-8'), file.name).toBe(file.text());
      // Nothing but those files.
      const written = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
      expect(written).toBe(files.length);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

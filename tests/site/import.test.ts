// Imported documents are real content: a fresh import of the 2022 text and a second document
// imported beside it build into a two-document site, and the fresh import is faithful to its source.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/lib/import/document.ts';
import { writeDocument } from '../../src/lib/import/write.ts';
import { normalizeText } from '../../src/lib/source-text.ts';
import { buildWithContent, type FixtureBuild } from '../support/build.ts';
import { COMMITTED_SOURCE, OPTIONS_2022 } from '../support/committed-document.ts';
import { compareSource, type PageText } from '../support/fidelity.ts';
import { readPage, textOf } from '../support/site.ts';

const source2022 = readFileSync(COMMITTED_SOURCE, 'utf-8');
// Next year's notes, as far as this test needs: the same text with other figures.
const source2023 = source2022
  .replace('Samlet nettobudget for området i 2022: 989.049.000 kr.', 'Samlet nettobudget for området i 2023: 1.001.250.000 kr.')
  .replace('Samlet nettobudget for området: 12.982.000 kr.', 'Samlet nettobudget for området: 13.402.000 kr.');

/** An area page's text as the fidelity comparator reads it. */
function pageText(path: string, dir: string): PageText {
  const article = readPage(path, dir).querySelector('article');
  return {
    title: normalizeText(textOf(article?.querySelector('h1'))),
    text: normalizeText(textOf(article)),
    tableRows: (article?.querySelectorAll('tr') ?? []).map((tr) => normalizeText(textOf(tr))),
  };
}

describe('imported documents in the site', () => {
  let build: FixtureBuild;

  beforeAll(async () => {
    expect(source2023).not.toBe(source2022);
    build = await buildWithContent((contentDir) => {
      const documents = join(contentDir, 'dokumenter');
      // The committed 2022 document is replaced by a fresh import: no editorial fields, slugs from titles.
      rmSync(join(documents, '2022-oekonomiudvalget'), { recursive: true });
      writeDocument(importDocument(source2022, OPTIONS_2022), documents);
      writeDocument(importDocument(source2023, { ...OPTIONS_2022, year: 2023 }), documents);
    });
  }, 900_000);

  it('builds', () => {
    expect(build.output).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
  });

  it('has both documents, each with its 17 areas and its own figures', () => {
    const front = readPage('/', build.outDir);
    const links = front.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(links).toEqual(expect.arrayContaining(['/2022/oekonomiudvalget/', '/2023/oekonomiudvalget/']));
    for (const year of [2022, 2023]) {
      const areas = readPage(`/${year}/oekonomiudvalget/`, build.outDir).querySelectorAll('table.overview tbody a');
      expect(areas, `${year}`).toHaveLength(17);
    }
    expect(pageText('/2023/oekonomiudvalget/omraader/beredskab/', build.outDir).text).toContain('13.402.000 kr.');
    expect(pageText('/2022/oekonomiudvalget/omraader/beredskab/', build.outDir).text).toContain('12.982.000 kr.');
  });

  it('shows every sentence, figure, net budget and table row of the freshly imported source', () => {
    const overview = readPage('/2022/oekonomiudvalget/', build.outDir);
    const pages = overview.querySelectorAll('table.overview tbody a').map((a) => pageText(a.getAttribute('href') ?? '', build.outDir));
    const front = normalizeText(textOf(overview.querySelector('main')));
    expect(compareSource(source2022, pages, front)).toEqual([]);
  });
});

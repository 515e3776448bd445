import { describe, expect, it } from 'vitest';
import {
  accountIndexPath,
  accountPath,
  areaPath,
  bookletPath,
  combinedDataPath,
  dataPath,
  documentPath,
  pathWithBase,
  sourceTextPath,
} from '../../src/lib/url.ts';

const doc = { budgetYear: 2022, committeeSlug: 'oekonomiudvalget' };

describe('URLs built from the base path', () => {
  it('keeps root-relative URLs at the root base', () => {
    expect(pathWithBase('/', '/')).toBe('/');
    expect(pathWithBase('kildetekst.txt', '/')).toBe('/kildetekst.txt');
    expect(areaPath(doc, 'beredskab', '/')).toBe('/2022/oekonomiudvalget/omraader/beredskab/');
  });

  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(pathWithBase('/', '/budget/')).toBe('/budget/');
    expect(areaPath(doc, 'beredskab', '/budget/')).toBe('/budget/2022/oekonomiudvalget/omraader/beredskab/');
    expect(areaPath(doc, 'beredskab', '/budget')).toBe('/budget/2022/oekonomiudvalget/omraader/beredskab/');
  });

  it('never doubles slashes between base and path', () => {
    expect(pathWithBase('///omraader/x/', '/budget/')).toBe('/budget/omraader/x/');
  });
});

describe('URLs of function accounts', () => {
  it('writes the number with hyphens, under /konti/, with the base', () => {
    expect(accountPath('05.57.73', '/')).toBe('/konti/05-57-73/');
    expect(accountPath('05.57.73', '/budget/')).toBe('/budget/konti/05-57-73/');
    expect(accountIndexPath('/budget/')).toBe('/budget/konti/');
  });
});

describe('URLs of a document', () => {
  it('puts every page of a document under its year and committee, with the base', () => {
    expect(documentPath(doc, '/')).toBe('/2022/oekonomiudvalget/');
    expect(bookletPath(doc, '/budget/')).toBe('/budget/2022/oekonomiudvalget/udskriv/');
    expect(sourceTextPath(doc, '/')).toBe('/2022/oekonomiudvalget/kildetekst.txt');
    expect(areaPath({ budgetYear: 2023, committeeSlug: 'boerne-og-familieudvalget' }, 'x', '/')).toBe('/2023/boerne-og-familieudvalget/omraader/x/');
  });
});

describe('URLs of the open data', () => {
  it('puts a document\'s data page and files under its folder, with the base', () => {
    expect(dataPath(doc, '', '/')).toBe('/2022/oekonomiudvalget/data/');
    expect(dataPath(doc, 'omraader.csv', '/')).toBe('/2022/oekonomiudvalget/data/omraader.csv');
    expect(dataPath(doc, 'datapackage.json', '/budget/')).toBe('/budget/2022/oekonomiudvalget/data/datapackage.json');
  });

  it('puts the combined set under /data/, with the base', () => {
    expect(combinedDataPath('konti.json', '/')).toBe('/data/konti.json');
    expect(combinedDataPath('omraade.schema.json', '/budget')).toBe('/budget/data/omraade.schema.json');
  });
});

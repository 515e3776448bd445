import { describe, expect, it } from 'vitest';
import { accountIndexPath, accountPath, areaPath, pathWithBase } from '../../src/lib/url.ts';

describe('URLs built from the base path', () => {
  it('keeps root-relative URLs at the root base', () => {
    expect(pathWithBase('/', '/')).toBe('/');
    expect(pathWithBase('kildetekst.txt', '/')).toBe('/kildetekst.txt');
    expect(areaPath('beredskab', '/')).toBe('/omraader/beredskab/');
  });

  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(pathWithBase('/', '/budget/')).toBe('/budget/');
    expect(areaPath('beredskab', '/budget/')).toBe('/budget/omraader/beredskab/');
    expect(areaPath('beredskab', '/budget')).toBe('/budget/omraader/beredskab/');
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

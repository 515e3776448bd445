// The documents folder as the content check reads it: from disk, or with one document replaced by
// files not yet written (the importer's check).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentsOnDisk, noDocuments, withDocument } from '../../src/lib/documents-folder.ts';

const root = mkdtempSync(join(tmpdir(), 'budget-documents-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [path, text] of [
  ['2022-a/dokument.json', '{}'],
  ['2022-a/omraader/x.mdx', 'x'],
  ['2022-a/omraader/gammel.mdx', 'old'],
  ['2023-b/omraader/y.mdx', 'y'],
  ['.import-2023-b-1/omraader/y.mdx', 'half-written'],
  ['2023-b/.skjult.mdx', 'hidden'],
] as const) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('a documents folder', () => {
  it('on disk: every visible file, sorted, read and found by its path', () => {
    const folder = documentsOnDisk(root);
    expect(folder.paths()).toEqual(['2022-a/dokument.json', '2022-a/omraader/gammel.mdx', '2022-a/omraader/x.mdx', '2023-b/omraader/y.mdx']);
    expect(folder.read('2022-a/omraader/x.mdx')).toBe('x');
    expect(folder.exists('2022-a/dokument.json')).toBe(true);
    expect(folder.exists('2023-b/dokument.json')).toBe(false);
    expect(documentsOnDisk(join(root, 'findes-ikke')).paths()).toEqual([]);
    // A folder given with a closing slash, as a command line may give it.
    expect(documentsOnDisk(`${root}/`).paths()).toEqual(folder.paths());
  });

  it('with a document replaced: that document holds only the new files, the others are as they were', () => {
    const folder = withDocument(documentsOnDisk(root), '2022-a', new Map([['dokument.json', '{"ny":1}'], ['omraader/z.mdx', 'z']]));
    expect(folder.paths()).toEqual(['2022-a/dokument.json', '2022-a/omraader/z.mdx', '2023-b/omraader/y.mdx']);
    expect(folder.read('2022-a/dokument.json')).toBe('{"ny":1}');
    expect(folder.exists('2022-a/omraader/gammel.mdx')).toBe(false);
    expect(() => folder.read('2022-a/omraader/gammel.mdx')).toThrow(/gammel\.mdx: no such file/);
    expect(folder.read('2023-b/omraader/y.mdx')).toBe('y');
    expect(folder.base).toBe(root);
  });

  it('a document on its own, in a folder without any other', () => {
    const folder = withDocument(noDocuments('content/dokumenter'), '2024-c', new Map([['kildetekst.txt', 'k']]));
    expect(folder.paths()).toEqual(['2024-c/kildetekst.txt']);
    expect(folder.exists('2022-a/dokument.json')).toBe(false);
    expect(folder.base).toBe('content/dokumenter');
  });
});

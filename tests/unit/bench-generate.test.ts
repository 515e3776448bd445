// The benchmark's generated documents are valid content: every check of the build passes them,
// their source texts included, also for a last document with fewer areas than the real one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { generateDocuments, writeContent } from '../bench/generate.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark’s generated documents', () => {
  it('pass the build’s content check, a shorter last document with its source text cut after its last area', () => {
    const documents = generateDocuments(CONTENT, 40);
    expect(documents.map((doc) => doc.areas.length)).toEqual([17, 17, 6]);
    writeContent(dir, documents);
    const base = join(dir, 'dokumenter');
    expect(checkContentFolder(base)).toEqual([]);
    const last = documents.at(-1)!;
    expect(last.sourceText.length).toBeLessThan(documents[0]!.sourceText.length);
  });
});

// The official notes come as a PDF: one printed by Chromium from the 2022 text (its line breaks
// kept) imports to the same document as the text; a PDF without a text layer is refused.
// A browser test, so it runs with the site tests (one file at a time); it needs no build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import.ts';
import { importDocument } from '../../src/lib/import/document.ts';
import { pdfText } from '../../src/lib/import/pdf.ts';
import { ARGS_2022, COMMITTED_SOURCE, OPTIONS_2022, snapshot } from '../support/committed-document.ts';
import { pdfWithoutText, textToPdf } from '../support/pdf.ts';

const source2022 = readFileSync(COMMITTED_SOURCE, 'utf-8');
const work = mkdtempSync(join(tmpdir(), 'budget-import-pdf-'));
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await textToPdf(source2022);
  writeFileSync(join(work, 'bemaerkninger-2022.pdf'), pdf);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('importing the PDF', () => {
  it('gives the same document as the text: same facts, same area files', async () => {
    const text = await pdfText(pdf);
    const fromPdf = importDocument(text, OPTIONS_2022);
    const fromText = importDocument(source2022, OPTIONS_2022);
    expect(fromPdf.problems).toEqual([]);
    const withoutSource = (files: Map<string, string>) => new Map([...files].filter(([path]) => path !== 'kildetekst.txt'));
    expect(withoutSource(fromPdf.files)).toEqual(withoutSource(fromText.files));
    // The stored source text is the PDF's text, line for line the printed lines.
    expect(text).toContain('Samlet nettobudget for området: 42.339.000kr. (Stab: 11.938.000 kr., Fælles:\n30.552.000 kr.)');
  }, 120_000);

  it('gives the same document from poppler\'s `pdftotext -layout` extraction of it (form feeds at page breaks)', () => {
    const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
    if (!pdftotext) throw new Error('pdftotext not found: install poppler-utils (npm test does it on Debian/Ubuntu)');
    const run = spawnSync(pdftotext, ['-layout', join(work, 'bemaerkninger-2022.pdf'), '-'], { encoding: 'utf-8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\f');
    const fromText = importDocument(source2022, OPTIONS_2022);
    const fromPoppler = importDocument(run.stdout, OPTIONS_2022);
    const withoutSource = (files: Map<string, string>) => new Map([...files].filter(([path]) => path !== 'kildetekst.txt'));
    expect(withoutSource(fromPoppler.files)).toEqual(withoutSource(fromText.files));
  }, 60_000);

  it('works from the command line: `npm run import -- notes.pdf …` writes the document', async () => {
    const content = join(work, 'dokumenter');
    const result = await runImport([join(work, 'bemaerkninger-2022.pdf'), ...ARGS_2022, '--content-dir', content]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = snapshot(join(content, '2022-oekonomiudvalget'));
    expect([...files.keys()].filter((path) => path.startsWith('omraader/'))).toHaveLength(17);
  }, 120_000);

  it('refuses a PDF without a text layer (a scan), says so, and writes nothing', async () => {
    const scan = join(work, 'scan.pdf');
    writeFileSync(scan, await pdfWithoutText());
    const content = join(work, 'scan-content');
    const result = await runImport([scan, ...ARGS_2022, '--content-dir', content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/expected a PDF with a text layer .*; found 1 page\(s\) without any text: a scanned PDF\?/);
    expect(readdirSync(work)).not.toContain('scan-content');
  }, 120_000);
});

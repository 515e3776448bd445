// `npm run import`: bad input stops it with the line, what was expected and what was found,
// and nothing is written; a re-import keeps the editorial fields and changes no committed file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import.ts';
import { ARGS_2022, COMMITTED_SOURCE, copyCommittedDocument, LAYOUT_MERGED, snapshot } from '../support/committed-document.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(ROOT, 'tests/fixtures/import', name);
const ARGS_2023 = ['--municipality', 'Kalundborg Kommune', '--committee', 'Økonomiudvalget', '--year', '2023', '--stage', 'Vedtaget budget'];

const made: string[] = [];
const tempContent = () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-import-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bad input stops the import, names the line, and writes nothing', () => {
  const cases: [file: string, line: number, expected: RegExp, found: RegExp][] = [
    ['empty.txt', 1, /the text of budget notes/, /an empty file/],
    ['blank-lines-only.txt', 1, /the text of budget notes/, /an empty file/],
    ['not-budget-notes.txt', 1, /Samlet nettobudget/, /no net budget line; the text starts "Referat/],
    ['unreadable-net-line.txt', 52, /Samlet nettobudget for området\[ i ÅÅÅÅ\]: 1\.234\.000 kr\./, /42\.339\.000 kroner/],
    ['decimal-comma-amount.txt', 7, /dots between thousands/, /"989\.049,000"/],
    ['unreadable-part.txt', 52, /a part written "Name: 1\.234\.000 kr\."/, /"Stab 11\.938\.000 kr\."/],
    ['area-without-net-line.txt', 50, /a net budget line .* after the area title "Digitalisering og IT"/, /a second "Beskrivelse af området"/],
    ['wrong-number-of-values.txt', 39, /3 values at the end of the table row/, /2 value\(s\) in "05\.57\.73 Kontanthjælp 612 650"/],
    ['group-not-adding-up.txt', 37, /group row \("Kontant og uddannelseshjælp", no account\) whose values equal the sums/, /add up to 1017 1080 1016/],
  ];
  for (const [file, line, expected, found] of cases) {
    it(file, async () => {
      const content = tempContent();
      const result = await runImport([fixture(file), ...ARGS_2023, '--content-dir', content]);
      expect(result.code).toBe(1);
      const message = result.stderr.split('\n')[0] ?? '';
      expect(message).toContain(`${file}: line ${line}: expected `);
      expect(message).toMatch(expected);
      expect(message).toMatch(new RegExp(`; found .*${found.source}`));
      expect(result.stdout).toBe('');
      expect(readdirSync(content)).toEqual([]);
    });
  }

  it('a PDF that is not one', async () => {
    const content = tempContent();
    const fake = join(content, 'notes.pdf');
    writeFileSync(fake, '%PDF-1.7\nnot really\n');
    const result = await runImport([fake, ...ARGS_2023, '--content-dir', join(content, 'dokumenter')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/expected a PDF file that can be read/);
    // pdf.js's reason, as one sentence: "Invalid PDF structure.", not "…structure..".
    expect(result.stderr.split('\n')[0]).toMatch(/found a file pdfjs cannot open: [^\n]*[^.]\.$/);
    expect(readdirSync(content)).toEqual(['notes.pdf']);
  });

  it('wrong usage exits 2 and says how to call it', async () => {
    const result = await runImport([fixture('valid.txt'), '--year', '2023']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing --municipality, --committee, --stage/);
    expect(result.stderr).toMatch(/Usage: npm run import --/);
  });

  it('exits non-zero from the command line too', () => {
    const content = tempContent();
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/import.ts', fixture('group-not-adding-up.txt'), ...ARGS_2023, '--content-dir', content], {
      cwd: ROOT,
      encoding: 'utf-8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 37: expected a group row/);
    expect(readdirSync(content)).toEqual([]);
  }, 60_000);
});

describe('writing a document', () => {
  it('writes the folder "<year>-<committee slug>" with facts, source text and areas, and prints the report', async () => {
    const content = tempContent();
    const result = await runImport([fixture('valid.txt'), ...ARGS_2023, '--content-dir', content]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const folder = join(content, '2023-oekonomiudvalget');
    expect([...snapshot(folder).keys()].sort()).toEqual([
      'dokument.json',
      'kildetekst.txt',
      'omraader/arbejdsmarked-og-borgerservice-sociale-opgaver-og-beskaeftigelse.mdx',
      'omraader/digitalisering-og-it.mdx',
    ]);
    expect(readFileSync(join(folder, 'kildetekst.txt'), 'utf-8')).toBe(readFileSync(fixture('valid.txt'), 'utf-8'));
    expect(JSON.parse(readFileSync(join(folder, 'dokument.json'), 'utf-8'))).toMatchObject({
      municipality: 'Kalundborg Kommune',
      committee: 'Økonomiudvalget',
      budgetYear: 2023,
      stage: 'Vedtaget budget',
      title: 'Bemærkninger',
      source: { title: 'Bemærkninger, Budget 2023, Økonomiudvalget' },
    });
    expect(readFileSync(join(folder, 'omraader/digitalisering-og-it.mdx'), 'utf-8')).toContain('partsDeviation:\n  amount: 151000\n  note: "Kilden opgiver');
    // The report: every area with its figures and counts, every warning with its line.
    expect(result.stdout).toContain('1. Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse');
    expect(result.stdout).toContain('net budget 989.049.000 kr., rammebudget');
    expect(result.stdout).toContain('parts: Stab 11.938.000 kr. + Fælles 30.552.000 kr.; deviation 151.000 kr. declared');
    expect(result.stdout).toMatch(/table "Budgetteret antal .*": columns Faktisk antal 2020 \(faktisk\), Budget 2021 \(budget\), Budget 2022 \(budget\); 4 rows, 1 of them groups/);
    expect(result.stdout).toContain('text: 4 headings, 4 paragraphs, 2 bullets, 3 account mentions');
    expect(result.stdout).toMatch(/line 7 \(Arbejdsmarked .*\): the net budget line names the year 2022, not 2023/);
    expect(result.stdout).toMatch(/line 52 \(Digitalisering og IT\): parts add up to 42\.490\.000 kr\., 151\.000 kr\. more than the net budget/);
  });

  it('--dry-run prints the report and writes nothing', async () => {
    const content = tempContent();
    const result = await runImport([fixture('valid.txt'), ...ARGS_2023, '--content-dir', content, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2. Digitalisering og IT');
    expect(result.stdout).toMatch(/Dry run: valid; nothing written/);
    expect(readdirSync(content)).toEqual([]);
  });

  it('refuses to replace an existing document without --force, and changes nothing', async () => {
    const content = tempContent();
    expect((await runImport([fixture('valid.txt'), ...ARGS_2023, '--content-dir', content])).code).toBe(0);
    const before = snapshot(content);
    const result = await runImport([COMMITTED_SOURCE, ...ARGS_2023, '--content-dir', content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2023-oekonomiudvalget already exists; nothing was written\. Give --force/);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('re-importing the committed 2022 document with --force', () => {
  it('changes no file', async () => {
    const content = tempContent();
    const folder = copyCommittedDocument(content);
    const before = snapshot(folder);
    const result = await runImport([join(folder, 'kildetekst.txt'), ...ARGS_2022, '--content-dir', content, '--force']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = snapshot(folder);
    for (const [path, bytes] of before) expect(after.get(path), path).toBe(bytes);
    // Before the one-folder layout is merged the copy has no dokument.json of its own yet.
    expect([...after.keys()].filter((path) => !before.has(path))).toEqual(LAYOUT_MERGED ? [] : ['dokument.json']);
    expect(readdirSync(content)).toEqual(['2022-oekonomiudvalget']);
  });

  it('keeps editorial fields, and files an editor put beside the imported ones', async () => {
    const content = tempContent();
    const folder = copyCommittedDocument(content);
    const file = join(folder, 'omraader/beredskab.mdx');
    writeFileSync(file, readFileSync(file, 'utf-8').replace('netBudget: 12982000\n', 'netBudget: 12982000\nrelated: [det-tekniske-omraade]\nsameAreaAs: ["2021-oekonomiudvalget/brand-og-redning"]\n'));
    writeFileSync(join(folder, 'noter.md'), 'Redaktionens noter\n');
    const result = await runImport([join(folder, 'kildetekst.txt'), ...ARGS_2022, '--content-dir', content, '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/8\. Beredskab[\s\S]*?kept from the existing document: related, sameAreaAs/);
    // The link to a 2021 document this content lacks was wrong before the import: a warning, not a refusal.
    expect(result.stdout).toMatch(/the content has \d+ problem\(s\) this import does not cause, which `npm run build` will stop on:\n(.*\n)*.*beredskab\.mdx:\d+: field "sameAreaAs\[0\]"/);
    expect(readFileSync(file, 'utf-8')).toContain('related: [det-tekniske-omraade]\nsameAreaAs: ["2021-oekonomiudvalget/brand-og-redning"]\n---');
    expect(readFileSync(join(folder, 'noter.md'), 'utf-8')).toBe('Redaktionens noter\n');
  });

  it('names what it found when the facts fail their schema (a committee with no letters)', async () => {
    const content = tempContent();
    const args = [...ARGS_2023];
    args[args.indexOf('--committee') + 1] = '???';
    const result = await runImport([fixture('valid.txt'), ...args, '--content-dir', content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2023-\/dokument\.json:3: field "committee": expected a committee name with letters or digits .*; found "\?\?\?"/);
    expect(readdirSync(content)).toEqual([]);
  });

  it('writes nothing when the merged document fails the build\'s checks', async () => {
    const content = tempContent();
    const folder = copyCommittedDocument(content);
    const file = join(folder, 'omraader/beredskab.mdx');
    writeFileSync(file, readFileSync(file, 'utf-8').replace('netBudget: 12982000\n', 'netBudget: 12982000\nrelated: [findes-ikke]\n'));
    const before = snapshot(content);
    const result = await runImport([join(folder, 'kildetekst.txt'), ...ARGS_2022, '--content-dir', content, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not valid content; nothing was written/);
    expect(result.stderr).toMatch(/2022-oekonomiudvalget\/omraader\/beredskab\.mdx:5: field "related\[0\]": expected the slug of an existing area/);
    expect(snapshot(content)).toEqual(before);
  });
});

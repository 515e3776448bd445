// The build's content check (src/lib/content-check.ts) on a copy of the real document and the small
// synthetic one beside it (whose areas link to the real one's):
// what it reports, where (file and line), and that it reports every file's problems at once; the
// areas' text parsed as MDX, and the function accounts it mentions.
// The catalogue in tests/fixtures/bad-content/ runs it on the real content, case by case.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content-check.ts';

const DOCUMENT = resolve(import.meta.dirname, '../fixtures/documents/2023-oekonomiudvalget');
const REAL_DOCUMENT = resolve(import.meta.dirname, '../../content/dokumenter/2022-oekonomiudvalget');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A documents folder holding copies of both documents, the synthetic one edited by `change` (file, text) → text. */
function documents(change: (file: string, text: string) => string = (_, text) => text): string {
  const base = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(base);
  cpSync(REAL_DOCUMENT, join(base, '2022-oekonomiudvalget'), { recursive: true });
  cpSync(DOCUMENT, join(base, '2023-oekonomiudvalget'), { recursive: true });
  for (const name of ['dokument.json', 'omraader/beredskab.mdx', 'omraader/klimatilpasning.mdx']) {
    const path = join(base, '2023-oekonomiudvalget', name);
    writeFileSync(path, change(name, readFileSync(path, 'utf-8')));
  }
  return base;
}

describe('the build’s content check', () => {
  it('finds nothing in a valid document', () => {
    expect(checkContentFolder(documents())).toEqual([]);
  });

  it('names the file and line, the field, what was expected and what was found', () => {
    const base = documents((file, text) => (file.endsWith('beredskab.mdx') ? text.replace(/^netBudget: \d+$/m, 'netBudget: 1500.5') : text));
    const line = readFileSync(join(base, '2023-oekonomiudvalget/omraader/beredskab.mdx'), 'utf-8').split('\n').indexOf('netBudget: 1500.5') + 1;
    expect(checkContentFolder(base)).toEqual([
      { file: `${base}/2023-oekonomiudvalget/omraader/beredskab.mdx:${line}`, field: 'netBudget', expected: 'whole kroner, without øre', found: '1500.5' },
    ]);
  });

  it('names the line of a field inside a list or an object, in frontmatter and in dokument.json', () => {
    const base = documents((file, text) => {
      if (file.endsWith('beredskab.mdx')) return text.replace('related: [klimatilpasning]', 'related: [klimatilpasning]\naccounts:\n  - number: "05.57.73"\n    name: "Kontanthjælp"\n  - number: "15.57.73"\n    name: "Sygedagpenge"');
      if (file.endsWith('dokument.json')) return text.replace(/"title": "Syntetisk testdokument, Budget 2023/, '"titel": "Syntetisk testdokument, Budget 2023');
      return text;
    });
    const lineOf = (file: string, text: string) => readFileSync(join(base, '2023-oekonomiudvalget', file), 'utf-8').split('\n').findIndex((line) => line.includes(text)) + 1;
    // The missing title at its object's line, the unknown key at its own.
    expect(checkContentFolder(base).map(({ file, field }) => [file.slice(base.length + 1), field])).toEqual([
      [`2023-oekonomiudvalget/dokument.json:${lineOf('dokument.json', '"source"')}`, 'source.title'],
      [`2023-oekonomiudvalget/dokument.json:${lineOf('dokument.json', '"titel"')}`, 'source'],
      [`2023-oekonomiudvalget/omraader/beredskab.mdx:${lineOf('omraader/beredskab.mdx', '15.57.73')}`, 'accounts[1].number'],
    ]);
  });

  it('reports every file’s problems at once: a schema error, a YAML error and a wrong dokument.json', () => {
    const base = documents((file, text) => {
      if (file.endsWith('beredskab.mdx')) return text.replace(/^order: \d+$/m, 'order: "first"');
      if (file.endsWith('klimatilpasning.mdx')) return text.replace(/^title: "(.*)"$/m, 'title: "$1');
      return text.replace(/"budgetYear": \d+/, '"budgetYear": "2023"');
    });
    const problems = checkContentFolder(base);
    expect(problems.map((p) => [p.file.slice(base.length + 1).replace(/:\d+$/, ''), p.field])).toEqual([
      ['2023-oekonomiudvalget/dokument.json', 'budgetYear'],
      ['2023-oekonomiudvalget/omraader/beredskab.mdx', 'order'],
      ['2023-oekonomiudvalget/omraader/klimatilpasning.mdx', '(frontmatter)'],
    ]);
    expect(problems[0]?.found).toBe('"2023"');
    expect(problems[2]?.file).toMatch(/klimatilpasning\.mdx:\d+$/);
  });

  it('runs the checks across entries once every file matches its schema', () => {
    const base = documents((file, text) => (file.endsWith('klimatilpasning.mdx') ? text.replace(/^order: \d+$/m, `order: ${/^order: (\d+)$/m.exec(readFileSync(join(DOCUMENT, 'omraader/beredskab.mdx'), 'utf-8'))?.[1]}`) : text));
    const problems = checkContentFolder(base);
    expect(problems.map((p) => p.field)).toContain('order');
    expect(problems.find((p) => p.field === 'order')?.found).toContain('beredskab.mdx');
    // With the line of the field, as for a schema error.
    const orderLine = readFileSync(join(base, '2023-oekonomiudvalget/omraader/klimatilpasning.mdx'), 'utf-8').split('\n').findIndex((line) => line.startsWith('order:')) + 1;
    expect(problems.find((p) => p.field === 'order')?.file).toBe(`${base}/2023-oekonomiudvalget/omraader/klimatilpasning.mdx:${orderLine}`);
  });

  it('parses every area’s text as MDX: a syntax error with its file, line and column, for each file at once', () => {
    const base = documents((file, text) => (file.endsWith('.mdx') ? `${text}\nBeløbet {er ikke lukket\n` : text));
    const problems = checkContentFolder(base);
    const line = (file: string) => readFileSync(join(base, '2023-oekonomiudvalget/omraader', file), 'utf-8').split('\n').indexOf('Beløbet {er ikke lukket') + 1;
    expect(problems.map((p) => p.file.slice(base.length + 1))).toEqual([
      `2023-oekonomiudvalget/omraader/beredskab.mdx:${line('beredskab.mdx')}:9`,
      `2023-oekonomiudvalget/omraader/klimatilpasning.mdx:${line('klimatilpasning.mdx')}:9`,
    ]);
    expect(problems[0]).toMatchObject({ field: '(MDX text)', expected: 'text that is valid MDX' });
    expect(problems[0]?.found).toContain('expected a corresponding closing brace');
  });

  it('finds a function account the text mentions that no area lists, with its line; a listed one passes', () => {
    // Numbers in code and in links are not the notes' mentions (the build does not link them either).
    const extra = '\nSe 05.57.73 og 05.58.99.\n\n`05.58.98` og [05.58.97](https://example.org/).\n\n## Om 05.99.01\n';
    const base = documents((file, text) => (file.endsWith('beredskab.mdx') ? `${text}${extra}` : text));
    const text = readFileSync(join(base, '2023-oekonomiudvalget/omraader/beredskab.mdx'), 'utf-8').split('\n');
    expect(checkContentFolder(base)).toEqual(
      [
        ['05.58.99', text.indexOf('Se 05.57.73 og 05.58.99.') + 1],
        ['05.99.01', text.indexOf('## Om 05.99.01') + 1],
      ].map(([account, line]) => ({
        file: `${base}/2023-oekonomiudvalget/omraader/beredskab.mdx:${line}`,
        field: '(MDX text)',
        expected: 'function account numbers that have an account page (an area lists each under "accounts" or in its "recipients" rows)',
        found: `${account}, which no area lists`,
      })),
    );
  });

  it('finds what is not Markdown or an area’s component, with its line: another component, HTML, a fragment, an import or export', () => {
    const extra = '\n<Boks>Vigtigt <b>nu</b></Boks>\n\nTekst med <Ikon.Pil /> og <>stykke</>.\n\n<script>alert(1)</script>\n\nexport const beloeb = 1\n';
    const base = documents((file, text) => (file.endsWith('beredskab.mdx') ? `${text}${extra}` : text));
    const text = readFileSync(join(base, '2023-oekonomiudvalget/omraader/beredskab.mdx'), 'utf-8').split('\n');
    const lineOf = (start: string) => text.findIndex((line) => line.startsWith(start)) + 1;
    expect(checkContentFolder(base)).toEqual(
      [
        ['<Boks>', lineOf('<Boks>')],
        ['<b>', lineOf('<Boks>')],
        ['<Ikon.Pil>', lineOf('Tekst med')],
        ['a fragment <>', lineOf('Tekst med')],
        ['<script>', lineOf('<script>')],
        ['"export const beloeb = 1"', lineOf('export')],
      ].map(([found, line]) => ({
        file: `${base}/2023-oekonomiudvalget/omraader/beredskab.mdx:${line}`,
        field: '(MDX text)',
        expected: "Markdown, with no HTML, JSX, import or export but the components an area's text can use (<RecipientTable />)",
        found,
      })),
    );
  });

  it('finds a # heading in the text, which would be a second h1 on the page, with its line', () => {
    const base = documents((file, text) => (file.endsWith('beredskab.mdx') ? `${text}\n# Ekstra titel\n\n- # I en liste\n\n## Et afsnit\n` : text));
    const text = readFileSync(join(base, '2023-oekonomiudvalget/omraader/beredskab.mdx'), 'utf-8').split('\n');
    expect(checkContentFolder(base)).toEqual(
      [
        ['Ekstra titel', text.indexOf('# Ekstra titel') + 1],
        ['I en liste', text.indexOf('- # I en liste') + 1],
      ].map(([title, line]) => ({
        file: `${base}/2023-oekonomiudvalget/omraader/beredskab.mdx:${line}`,
        field: '(MDX text)',
        expected: "headings from ## down (the page's one h1 is the area's title, from the frontmatter)",
        found: `a # heading "${title}"`,
      })),
    );
  });

  it('checks account mentions only once every area matches its schema (the accounts with a page come from all of them)', () => {
    const base = documents((file, text) => {
      if (file.endsWith('beredskab.mdx')) return `${text}\nSe 05.58.99.\n`;
      if (file.endsWith('klimatilpasning.mdx')) return text.replace(/^order: \d+$/m, 'order: "first"');
      return text;
    });
    expect(checkContentFolder(base).map((p) => p.field)).toEqual(['order']);
  });

  it('checks each document against its source text once the checks across entries pass, naming the area file and the source', () => {
    const dropped = documents((file, text) => (file.endsWith('beredskab.mdx') ? text.replace(' Tallene er opdigtede.', '') : text));
    expect(checkContentFolder(dropped)).toEqual([
      {
        file: `${dropped}/2023-oekonomiudvalget/omraader/beredskab.mdx`,
        field: '(MDX text)',
        expected: `"Tallene er opdigtede." (in the paragraph at line 40 of ${dropped}/2023-oekonomiudvalget/kildetekst.txt), as every heading and sentence of the source is in its area's text`,
        found: 'a text without it',
      },
    ]);
    // A duplicate order (a check across entries) is reported alone: the source is compared once the documents hold together.
    const both = documents((file, text) => (file.endsWith('beredskab.mdx') ? text.replace(' Tallene er opdigtede.', '').replace(/^order: \d+$/m, 'order: 4') : text));
    expect(checkContentFolder(both).map((p) => p.field)).toEqual(['order']);
  });

  it('says so when the documents folder is missing', () => {
    expect(checkContentFolder(join(tmpdir(), 'no-such-folder-for-content-check'))[0]).toMatchObject({ field: '(folder)', found: 'no such folder' });
  });
});

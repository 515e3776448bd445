// A document against its source text (src/lib/source-check.ts), on the importer's small fixture:
// the imported document passes, editorial additions pass, and each way of dropping or changing
// what the source says is reported with the area file, the field, the source's value and line.
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { checkAreaText } from '../../src/lib/area-text-check.ts';
import { importDocument } from '../../src/lib/import/document.ts';
import type { AreaData } from '../../src/lib/schemas/area.ts';
import type { DocumentData } from '../../src/lib/schemas/document.ts';
import { sourceProblems, type SourceCheckInput } from '../../src/lib/source-check.ts';

const SOURCE = readFileSync(new URL('../fixtures/import/valid.txt', import.meta.url), 'utf-8');
const importOf = (source: string) => importDocument(source, { municipality: 'Kalundborg Kommune', committee: 'Økonomiudvalget', year: 2022, stage: 'Vedtaget budget' });
const imported = importOf(SOURCE);
const WORK = 'omraader/arbejdsmarked-og-borgerservice-sociale-opgaver-og-beskaeftigelse.mdx';
const IT = 'omraader/digitalisering-og-it.mdx';
/** The 1-based line of the source that holds `text`. */
const lineOf = (text: string) => SOURCE.split('\n').findIndex((line) => line.includes(text)) + 1;

/** The imported document as the check reads it, each area file changed by `edit` (path, text) → text, or dropped when it returns null. */
function input(edit: (path: string, text: string) => string | null = (_, text) => text, source = SOURCE, document = imported): SourceCheckInput {
  const areas = [...document.files].flatMap(([path, text]) => {
    if (!path.startsWith('omraader/')) return [];
    const edited = edit(path, text);
    if (edited === null) return [];
    const { frontmatter, content } = parseFrontmatter(edited, { frontmatter: 'empty-with-spaces' });
    return [{ file: path, data: frontmatter as AreaData, text: checkAreaText(path, content, undefined).plainText ?? '' }];
  });
  return { sourceFile: 'kildetekst.txt', source, factsFile: 'dokument.json', facts: imported.facts as DocumentData, areasFolder: 'omraader/', areas };
}

/** `edit` applied to one area file only. */
const inFile = (file: string, replace: string | RegExp, by: string) => (path: string, text: string) => {
  if (path !== file) return text;
  const changed = text.replace(replace, by);
  if (changed === text) throw new Error(`${String(replace)} is not in ${file}`);
  return changed;
};

describe('a document against its source text', () => {
  it('finds nothing in the document the importer made from it', () => {
    expect(imported.problems).toEqual([]);
    expect(sourceProblems(input())).toEqual([]);
  });

  it('lets the content add what the source has no say in: related areas, a sentence of its own, emphasis, a line break', () => {
    const edited = input((path, text) =>
      path === WORK
        ? text
            .replace('budgetType: rammebudget\n', 'budgetType: rammebudget\nrelated: [digitalisering-og-it]\n')
            .replace('Ledigheden er faldet.', 'Ledigheden er **faldet**.\nSe også næste år.')
            .replace('administreres af Borgerservice', 'administreres af\nBorgerservice')
        : text,
    );
    expect(sourceProblems(edited)).toEqual([]);
  });

  it('reports a sentence or a heading of the source that the area’s text lacks, with the source’s line', () => {
    const problems = sourceProblems(input(inFile(WORK, '### Borgere uden for arbejdsstyrken\n\nLedigheden er faldet.', '### Borgere udenfor arbejdsstyrken\n\nLedigheden faldt.')));
    expect(problems).toEqual([
      {
        file: WORK,
        field: '(MDX text)',
        expected: `"Borgere uden for arbejdsstyrken" (the heading at line ${lineOf('Borgere uden for')} of kildetekst.txt), as every heading and sentence of the source is in its area's text`,
        found: 'a text without it; the nearest is "Borgere udenfor arbejdsstyrken"',
      },
      {
        file: WORK,
        field: '(MDX text)',
        expected: `"Ledigheden er faldet." (in the paragraph at line ${lineOf('Ledigheden er faldet.')} of kildetekst.txt), as every heading and sentence of the source is in its area's text`,
        found: 'a text without it',
      },
    ]);
  });

  it('shows the sentence of the text nearest to a changed one (a typo, a word changed)', () => {
    const problems = sourceProblems(input(inFile(WORK, 'Beskæftigelsesområdet administreres af Borgerservice og Jobcentret.', 'Beskæftigelsesområdet administreres af Borgerservice og Jobcenteret.')));
    expect(problems.map(({ found }) => found)).toEqual([
      'a text without it; the nearest is "Beskæftigelsesområdet administreres af Borgerservice og Jobcenteret."',
    ]);
  });

  it('reports a figure, a part, an account and a table cell that differ from the source, each at its field with the source’s value', () => {
    const problems = sourceProblems(
      input((path, text) =>
        inFile(WORK, 'values: [2816, 2716, 2848]', 'values: [2816, 2716, 2849]')(
          path,
          inFile(WORK, '    name: "Kontant- og uddannelseshjælp"', '    name: "Kontanthjælp"')(path, path === IT ? text.replace('netBudget: 42339000', 'netBudget: 42339001').replace('label: "Stab"', 'label: "Staben"') : text),
        ),
      ),
    );
    expect(problems.map(({ file, field, expected, found }) => [file, field, expected, found])).toEqual([
      [WORK, 'accounts[2].name', `"Kontant- og uddannelseshjælp", as the source has it (kildetekst.txt line ${lineOf('• 05.48.66')})`, '"Kontanthjælp"'],
      [WORK, 'recipients.rows[0].values[2]', `2848, as the source has it (kildetekst.txt line ${lineOf('Funktion/kategori')})`, '2849'],
      [IT, 'netBudget', `42339000, as the source has it (kildetekst.txt line ${lineOf('42.339.000kr.')})`, '42339001'],
      [IT, 'parts[0].label', `"Stab", as the source has it (kildetekst.txt line ${lineOf('42.339.000kr.')})`, '"Staben"'],
    ]);
  });

  it('reports a list that is shorter or longer than the source’s by its lengths and an item only one side has', () => {
    const dropped = sourceProblems(input(inFile(WORK, '    - accounts: ["05.48.66", "05.48.68"]\n      label: "Førtidspension"\n      values: [2816, 2716, 2848]\n', '')));
    expect(dropped.map(({ field, expected, found }) => [field, expected, found])).toEqual([
      ['recipients.rows', `2 items, among them {"accounts":["05.48.66","05.48.68"],"label":"Førtidspension","values":[2816,2716,2848]}, as the source has it (kildetekst.txt line ${lineOf('Funktion/kategori')})`, '1 item'],
    ]);
    const added = sourceProblems(input(inFile(WORK, 'accounts:\n', 'accounts:\n  - number: "05.57.71"\n    name: "Sygedagpenge"\n')));
    expect(added.map(({ field, found }) => [field, found])).toEqual([['accounts', '4 items, among them {"number":"05.57.71","name":"Sygedagpenge"}, which the source does not have']]);
  });

  it('compares the table’s caption only where the source gives it (a lead-in sentence); else the importer made it up and an editor may replace it', () => {
    const recaption = inFile(WORK, /caption: ".*"/, 'caption: "Antal ydelsesmodtagere"');
    expect(sourceProblems(input(recaption)).map(({ field, found }) => [field, found])).toEqual([['recipients.caption', '"Antal ydelsesmodtagere"']]);
    const leadIn = 'Nedenstående er redegjort for budgetteret antal ydelsesmodtagere i 2022 sammenlignet \nmed faktisk antal i 2020 og budget 2021. \n';
    expect(SOURCE).toContain(leadIn);
    const withoutLeadIn = SOURCE.replace(leadIn, '');
    const madeUp = importOf(withoutLeadIn);
    expect(madeUp.warnings.map((w) => w.message).join('\n')).toMatch(/caption set to/);
    expect(sourceProblems(input(recaption, withoutLeadIn, madeUp))).toEqual([]);
  });

  it('reports a field the source has and the area lacks, and one the area has that the source does not', () => {
    const problems = sourceProblems(input((path, text) => (path === WORK ? text.replace('budgetType: rammebudget\n', '') : path === IT ? text.replace('order: 2\n', 'order: 2\nbudgetType: rammebudget\n') : text)));
    expect(problems.map(({ file, field, expected, found }) => [file, field, expected, found])).toEqual([
      [WORK, 'budgetType', `"rammebudget", as the source has it (kildetekst.txt line ${lineOf('Budgettet er et rammebudget.')})`, 'nothing'],
      [IT, 'budgetType', `nothing, as the source has it (kildetekst.txt line ${lineOf('Digitalisering og IT ')})`, '"rammebudget"'],
    ]);
  });

  it('reports an area of the source without a file at the source’s line, and a file whose title is no area’s', () => {
    const missing = sourceProblems(input((path, text) => (path === IT ? null : text)));
    expect(missing).toEqual([
      { file: `kildetekst.txt:${lineOf('Digitalisering og IT ')}`, field: '(area)', expected: 'an area file in omraader/ titled "Digitalisering og IT", as the source has this area', found: 'none' },
    ]);
    const renamed = sourceProblems(input(inFile(IT, 'title: "Digitalisering og IT"', 'title: "IT og Digitalisering"')));
    expect(renamed.map(({ file, field, found }) => [file, field, found])).toEqual([
      [IT, 'title', '"IT og Digitalisering"'],
      [`kildetekst.txt:${lineOf('Digitalisering og IT ')}`, '(area)', 'none'],
    ]);
  });

  it('reports a document title other than the source’s, and a source text the importer cannot read, at its line', () => {
    const retitled = sourceProblems({ ...input(), facts: { ...(imported.facts as DocumentData), title: 'Budgetbemærkninger' } });
    expect(retitled).toEqual([
      { file: 'dokument.json', field: 'title', expected: `"Bemærkninger", the source's title (its text before the first area, kildetekst.txt)`, found: '"Budgetbemærkninger"' },
    ]);
    const unreadable = sourceProblems(input(undefined, SOURCE.replace('Samlet nettobudget for området: 42.339.000kr.', 'Samlet nettobudget for området: 42,3 mio. kr.')));
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ file: `kildetekst.txt:${lineOf('42.339.000kr.')}`, field: '(source text)' });
    expect(unreadable[0]?.expected).toMatch(/^budget notes as the importer reads them: /);
  });
});

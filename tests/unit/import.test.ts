// The importer's reading of the notes: what it recognises in a small fixture, and that the
// committed 2022 document is exactly what it makes from the committed source text.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocument, readExisting, validateDocument, type ImportedDocument } from '../../src/lib/import/document.ts';
import { escapeMarkdown, frontmatter } from '../../src/lib/import/mdx.ts';
import { parseNotes } from '../../src/lib/import/parse.ts';
import { groupLines, pagesToText } from '../../src/lib/import/pdf.ts';
import { textCounts } from '../../src/lib/import/report.ts';
import { isGroupRow } from '../../src/lib/schemas/area.ts';
import { COMMITTED_AREAS, COMMITTED_SOURCE, OPTIONS_2022 } from '../support/committed-document.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf-8');
const source2022 = readFileSync(COMMITTED_SOURCE, 'utf-8');

/** The committed document as the importer sees an existing one (area slugs and frontmatter). */
const committed = () => {
  const existing = readExisting(join(COMMITTED_AREAS, '..'));
  if (!existing || existing.areas.length === 0) throw new Error(`no committed areas at ${COMMITTED_AREAS}`);
  return existing;
};

/** The area files of an import, by path. */
const areaFiles = (doc: ImportedDocument) => new Map([...doc.files].filter(([path]) => path.startsWith('omraader/')));

describe('reading the notes (small fixture)', () => {
  const notes = parseNotes(fixture('valid.txt'));
  const [work, it2] = notes.areas;

  it('finds the areas, a title broken by hyphenation, and the text before them as the document title', () => {
    expect(notes.title).toBe('Bemærkninger');
    expect(notes.areas.map((a) => a.title)).toEqual(['Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse', 'Digitalisering og IT']);
    expect(work?.line).toBe(3);
  });

  it('joins a title broken over two lines without a hyphen', () => {
    const text = 'Bemærkninger\n\nArbejdsmarked og Borgerservice –\nSociale opgaver\nog beskæftigelse\n\nSamlet nettobudget for området: 5.000.000 kr.\nTekst.\n';
    expect(parseNotes(text).areas.map((a) => [a.title, a.line])).toEqual([['Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse', 3]]);
  });

  it('reads both phrasings of the net budget line, "kr." without a space, and parts that wrap and lack "kr."', () => {
    expect(work?.netBudget).toBe(989049000);
    expect(work?.statementYear).toBe(2022);
    expect(it2?.netBudget).toBe(42339000);
    expect(it2?.statementYear).toBeNull();
    expect(it2?.parts).toEqual([
      { label: 'Stab', amount: 11938000 },
      { label: 'Fælles', amount: 30552000 },
    ]);
  });

  it('sets the budget type only where the text says "Budgettet er et rammebudget."', () => {
    expect(work?.budgetType).toBe('rammebudget');
    expect(it2?.budgetType).toBeUndefined();
  });

  it('reads headings, paragraphs across blank lines and hyphens, bullets, and the table in its place', () => {
    expect(work?.blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind))).toEqual([
      'h2 Beskrivelse af området',
      'paragraph',
      'h2 Budgetgrundlag',
      'paragraph',
      'list',
      'paragraph',
      'table',
      'h2 Udvikling og udfordringer',
      'h3 Borgere uden for arbejdsstyrken',
      'paragraph',
    ]);
    expect(work?.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: 'Beskæftigelsesområdet administreres af Borgerservice og Jobcentret. Jobcentret har budgetansvar for ind- og udland.',
      line: 10,
    });
  });

  it('takes the accounts an area lists, with their names, one line naming two accounts', () => {
    expect(work?.accounts).toEqual([
      { number: '05.48.66', name: 'Førtidspensioner' },
      { number: '05.48.68', name: 'Førtidspensioner' },
      { number: '05.57.73', name: 'Kontant- og uddannelseshjælp' },
    ]);
  });

  it('reads the recipient table: columns from the header lines, rows, a group by its sums, the source and a caption', () => {
    const table = work?.recipients;
    expect(table?.labelHeader).toBe('Funktion/kategori');
    expect(table?.columns).toEqual([
      { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
      { label: 'Budget 2021', year: 2021, kind: 'budget' },
      { label: 'Budget 2022', year: 2022, kind: 'budget' },
    ]);
    expect(table?.source).toBe('OPUS og Jobindsats');
    expect(table?.caption).toBe('Budgetteret antal ydelsesmodtagere i 2022 sammenlignet med faktisk antal i 2020 og budget 2021');
    expect(table?.rows[0]).toEqual({ accounts: ['05.48.66', '05.48.68'], label: 'Førtidspension', values: [2816, 2716, 2848] });
    const group = table?.rows[1];
    expect(group && isGroupRow(group) ? group.children.map((c) => c.label) : null).toEqual(['Kontanthjælp', 'Uddannelseshjælp']);
  });

  it('counts headings, paragraphs, bullets and account mentions for the report', () => {
    expect(textCounts({ parsed: work! })).toEqual({ headings: 4, paragraphs: 4, bullets: 2, accountMentions: 3 });
  });
});

describe('the committed 2022 document', () => {
  it('is exactly what the importer makes from the committed source text and the editorial fields', () => {
    const doc = importDocument(source2022, OPTIONS_2022, committed());
    expect(doc.problems).toEqual([]);
    const files = areaFiles(doc);
    const names = readdirSync(COMMITTED_AREAS).filter((name) => name.endsWith('.mdx')).sort();
    expect([...files.keys()].map((path) => path.slice('omraader/'.length)).sort()).toEqual(names);
    for (const name of names) {
      expect(files.get(`omraader/${name}`), name).toBe(readFileSync(join(COMMITTED_AREAS, name), 'utf-8'));
    }
    expect(doc.files.get('kildetekst.txt')).toBe(source2022);
  });

  it('has 17 areas adding up to 1.358.107.000 kr., the deviation declared with a note and the rounding reported', () => {
    const doc = importDocument(source2022, OPTIONS_2022);
    expect(doc.areas).toHaveLength(17);
    expect(doc.areas.reduce((sum, a) => sum + a.data.netBudget, 0)).toBe(1358107000);
    const digital = doc.areas.find((a) => a.data.title === 'Digitalisering og IT');
    expect(digital?.data.partsDeviation?.amount).toBe(151000);
    expect(digital?.data.partsDeviation?.note).toMatch(/gengivet uændret/);
    expect(doc.warnings.map((w) => `${w.line} ${w.area}`)).toEqual(['918 Digitalisering og IT', '1048 HR og Personale']);
    expect(doc.warnings[1]?.message).toMatch(/rounding/);
  });

  it('imported fresh, without editorial fields, has the same text and figures, slugs from the titles and no related areas', () => {
    const fresh = importDocument(source2022, OPTIONS_2022);
    const kept = importDocument(source2022, OPTIONS_2022, committed());
    expect(fresh.problems).toEqual([]);
    expect(fresh.areas.map((a) => a.slug)).toContain('arbejdsmarked-og-borgerservice-sociale-opgaver-og-beskaeftigelse');
    expect(fresh.areas.some((a) => 'related' in a.data)).toBe(false);
    const body = (text: string) => text.slice(text.indexOf('\n---\n'));
    fresh.areas.forEach((area, i) => {
      const other = kept.areas[i]!;
      expect(body(fresh.files.get(`omraader/${area.slug}.mdx`)!)).toBe(body(kept.files.get(`omraader/${other.slug}.mdx`)!));
      // Editorial: related areas and the note that explains a deviation (its amount is the source's).
      const { related: _related, partsDeviation, ...figures } = other.data;
      const { partsDeviation: freshDeviation, ...freshFigures } = area.data;
      expect(freshFigures).toEqual(figures);
      expect(freshDeviation?.amount).toBe(partsDeviation?.amount);
    });
  });
});

describe('the same text in other shapes imports to the same document', () => {
  const reference = importDocument(source2022, OPTIONS_2022, committed());
  const variants: Record<string, (raw: string) => string> = {
    'CRLF line ends': (raw) => raw.replace(/\n/g, '\r\n'),
    'form feeds at page breaks': (raw) => raw.replace(/\n {2}\n/g, '\n\f  \n'),
    'blank-line runs collapsed to one empty line': (raw) => raw.replace(/\n(?:[ \t]*\n)+/g, '\n\n'),
    'trailing spaces removed': (raw) => raw.replace(/[ \t]+$/gm, ''),
    'all of these at once': (raw) => raw.replace(/[ \t]+$/gm, '').replace(/\n(?:[ \t]*\n)+/g, '\n\n\f').replace(/\n/g, '\r\n'),
  };
  for (const [name, change] of Object.entries(variants)) {
    it(name, () => {
      const changed = change(source2022);
      expect(changed).not.toBe(source2022);
      const doc = importDocument(changed, OPTIONS_2022, committed());
      expect(doc.problems).toEqual([]);
      expect(areaFiles(doc)).toEqual(areaFiles(reference));
      expect(doc.files.get('dokument.json')).toBe(reference.files.get('dokument.json'));
    });
  }
});

describe('checking what is written as the build would', () => {
  const doc = importDocument(fixture('valid.txt'), OPTIONS_2022);
  const tampered = (replace: string, by: string, area = 'omraader/digitalisering-og-it.mdx') => {
    const files = new Map(doc.files);
    const text = files.get(area) ?? '';
    expect(text, `${replace} is in ${area}`).toContain(replace);
    files.set(area, text.replace(replace, by));
    return validateDocument(doc.id, files).problems;
  };

  it('finds nothing in the files the importer wrote', () => {
    expect(doc.problems).toEqual([]);
    expect(validateDocument(doc.id, doc.files)).toEqual({ problems: [], unrelated: [] });
  });

  it('finds text that would not say what the source says, or would not build: a sentence gone, a figure changed, a component', () => {
    expect(tampered('Digitalisering og IT er en stabsfunktion.', 'Digitalisering og IT er en stab.').map((p) => [p.file, p.field, p.found])).toEqual([
      ['2022-oekonomiudvalget/omraader/digitalisering-og-it.mdx', '(MDX text)', 'a text without it; the nearest is "Digitalisering og IT er en stab."'],
    ]);
    const work = 'omraader/arbejdsmarked-og-borgerservice-sociale-opgaver-og-beskaeftigelse.mdx';
    expect(tampered('netBudget: 989049000', 'netBudget: 989049001', work).map((p) => [p.field, p.found])).toEqual([['netBudget', '989049001']]);
    expect(tampered('Digitalisering og IT er en stabsfunktion.', 'Digitalisering og IT er en stabsfunktion. <Boks>x</Boks>').map((p) => [p.field, p.found])).toEqual([['(MDX text)', '<Boks>']]);
  });
});

describe('checking an import among the site\'s other documents', () => {
  /** A copy of the site's content (documents, glossary, settings), as the import command is given it. */
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const siteCopy = () => {
    const root = mkdtempSync(join(tmpdir(), 'budget-import-site-'));
    made.push(root);
    cpSync(join(COMMITTED_AREAS, '../../..'), join(root, 'content'), { recursive: true });
    return { documents: join(root, 'content/dokumenter'), glossary: join(root, 'content/ordliste.yaml'), siteSettings: join(root, 'content/site.json') };
  };
  const QUOTED = 'Tour de France og DM i Skills kommer i 2022';

  it('refuses a re-import that leaves a quote of the glossary without its place in the source', () => {
    const site = siteCopy();
    expect(source2022).toContain(QUOTED);
    const changed = source2022.replace(QUOTED, 'Tour de France og DM i Skills kommer til byen i 2022');
    // On its own the document is valid: only the glossary, which quotes it, tells.
    expect(importDocument(changed, OPTIONS_2022, committed()).problems).toEqual([]);
    const doc = importDocument(changed, OPTIONS_2022, committed(), site);
    expect(doc.problems.map((p) => [p.file.replace(/.*\/content\//, ''), p.field])).toEqual([[expect.stringMatching(/^ordliste\.yaml:\d+$/), expect.stringMatching(/quote/)]]);
    expect(doc.problems[0]?.found).toContain(QUOTED);
  });

  it('writes an import whose only problems in the content were there before it, and names them', () => {
    const site = siteCopy();
    writeFileSync(site.siteSettings, '{ "kontakt": 1 }\n');
    const doc = importDocument(fixture('valid.txt'), { ...OPTIONS_2022, year: 2023 }, null, site);
    expect(doc.problems).toEqual([]);
    const warning = doc.warnings.find((w) => w.message.includes('this import does not cause'));
    expect(warning?.message).toMatch(/the content has 1 problem\(s\) this import does not cause, which `npm run build` will stop on:\n.*site\.json/);
  });
});

describe('writing MDX', () => {
  it('escapes what Markdown or MDX would read as syntax', () => {
    expect(escapeMarkdown('1. januar 2023 forventes')).toBe('1\\. januar 2023 forventes');
    expect(escapeMarkdown('udgifter {mv.} <b> *x* [1]')).toBe('udgifter \\{mv.\\} \\<b\\> \\*x\\* \\[1\\]');
    expect(escapeMarkdown('- ikke en liste')).toBe('\\- ikke en liste');
    expect(escapeMarkdown('Pr. 1. juli 2021')).toBe('Pr. 1. juli 2021');
  });

  it('writes editorial fields after the imported ones, a list of slugs in flow style', () => {
    const text = frontmatter({ title: 'Beredskab', order: 8, netBudget: 12982000, related: ['sundhed-og-myndighed'], previousYear: { document: '2021-oekonomiudvalget' } });
    expect(text).toBe(
      '---\ntitle: "Beredskab"\norder: 8\nnetBudget: 12982000\nrelated: [sundhed-og-myndighed]\npreviousYear: {"document":"2021-oekonomiudvalget"}\n---',
    );
  });
});

describe('PDF text layout', () => {
  const item = (str: string, x: number, y: number, hasEOL = false) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 6, height: 10, hasEOL });

  it('groups items into lines by baseline, orders them by x, and adds a space only where there is a gap', () => {
    const lines = groupLines([item('Budget', 0, 700), item('grundlag', 36, 700, true), item('2.816', 80, 688), item('Førtids', 0, 688)]);
    expect(lines.map((l) => l.items.map((i) => i.str))).toEqual([['Budget', 'grundlag'], ['2.816', 'Førtids']]);
    expect(pagesToText([lines])).toBe('Budgetgrundlag\nFørtids 2.816\n');
  });

  it('turns vertical gaps into blank lines and puts a blank line between pages', () => {
    const page = groupLines([item('a', 0, 700), item('b', 0, 688), item('c', 0, 664), item('d', 0, 652)]);
    expect(pagesToText([page, groupLines([item('e', 0, 700)])])).toBe('a\nb\n\nc\nd\n\ne\n');
  });
});

// The glossary: its content covers the source's abbreviations, its entries are well formed, and
// the text functions find terms and unknown capital-letter words.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capitalWords, checkGlossaryFile, formsOf, parseGlossary, readGlossary, termDescription, termMatcher, termsIn, unknownCapitalWords } from '../../src/lib/glossary.ts';
import { countSentences, type GlossaryEntry } from '../../src/lib/schemas/glossary.ts';
import { oneLineSourceText as sourceText, sourceLines } from '../../src/lib/source-text.ts';

const GLOSSARY = 'content/ordliste.yaml';
// Every document's source text and areas: the glossary serves them all.
const DOCUMENTS = readdirSync('content/dokumenter').map((name) => join('content/dokumenter', name));
const sources = () => DOCUMENTS.map((dir) => readFileSync(join(dir, 'kildetekst.txt'), 'utf-8')).join('\n');
const areaFiles = () => DOCUMENTS.flatMap((dir) => readdirSync(join(dir, 'omraader')).map((name) => readFileSync(join(dir, 'omraader', name), 'utf-8')));

const entry = (over: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'term' | 'kind'>): GlossaryEntry => ({
  explanation: 'En forklaring.',
  source: { authority: 'KL' },
  ...over,
});
const KL = entry({ id: 'kl', term: 'KL', kind: 'forkortelse', fullForm: 'Kommunernes Landsforening' });
const IT = entry({ id: 'it', term: 'IT', kind: 'forkortelse' });
const PL = entry({ id: 'pl', term: 'Pris- og lønfremskrivning', kind: 'begreb', forms: ['pris- og lønfremskrevet', 'pris og lønfremskrevet'] });
const SH = entry({ id: 's-h-ydelse', term: 'S/H-ydelse', kind: 'forkortelse' });

describe('the glossary covers the source', () => {
  const glossary = readGlossary(GLOSSARY);
  const source = sources();

  it('has an entry for every word in capitals the source uses', () => {
    // Joined lines, so a word split at a line end is seen whole.
    const text = sourceLines(source).join('\n');
    expect(capitalWords(text).length).toBeGreaterThan(20);
    expect(unknownCapitalWords(text, glossary)).toEqual([]);
  });

  it('has an entry for every abbreviation written with a slash (S/H-ydelse)', () => {
    const slashed = [...new Set(source.match(/(?<![\p{L}])\p{Lu}\/\p{Lu}[-\p{L}]*/gu) ?? [])];
    expect(slashed).toContain('S/H-ydelse');
    const forms = new Set(glossary.flatMap(formsOf));
    expect(slashed.filter((form) => !forms.has(form))).toEqual([]);
  });

  it('has the budget words the issue names', () => {
    const ids = glossary.map((e) => e.id);
    for (const id of ['nettobudget', 'rammebudget', 'overslagsaar', 'pris-og-loenfremskrivning', 'budgetgaranti', 'demografipulje']) {
      expect(ids).toContain(id);
    }
  });

  it('gives every entry an explanation of one to three sentences and a named source', () => {
    for (const e of glossary) {
      expect(countSentences(e.explanation), e.id).toBeGreaterThanOrEqual(1);
      expect(countSentences(e.explanation), e.id).toBeLessThanOrEqual(3);
      expect(e.source.quote ?? e.source.authority, e.id).toBeTruthy();
    }
  });

  it('quotes the notes exactly where it quotes them (as the areas give their text)', () => {
    const notes = areaFiles().join('\n').replace(/\s+/g, ' ');
    const misquoted = glossary.filter((e) => e.source.quote && !notes.includes(e.source.quote)).map((e) => `${e.id}: ${e.source.quote}`);
    expect(misquoted).toEqual([]);
  });

  it('finds every entry in the notes\' text, except words of the recipient table (OPUS, S/H-ydelse) and the site\'s own (nettobudget)', () => {
    // The text below each area's frontmatter: what the plugin marks.
    const notes = areaFiles()
      .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''))
      .join('\n');
    const found = new Set(termMatcher(glossary)(notes).map((m) => m.entry.id));
    expect(glossary.filter((e) => !found.has(e.id)).map((e) => e.id)).toEqual(['opus', 's-h-ydelse', 'nettobudget']);
  });
});

describe('glossary entries are checked', () => {
  it('names the field of an explanation longer than three sentences', () => {
    const { problems } = parseGlossary([{ ...KL, explanation: 'En. To. Tre. Fire.' }], GLOSSARY);
    expect(problems).toEqual([expect.objectContaining({ file: GLOSSARY, field: '[0].explanation', expected: expect.stringMatching(/three sentences|3 sentences/) })]);
  });

  it('asks for a quote or an authority, and an https address', () => {
    expect(parseGlossary([{ ...KL, source: {} }], GLOSSARY).problems[0]?.field).toBe('[0].source');
    expect(parseGlossary([{ ...KL, source: { authority: 'KL', url: 'http://kl.dk/' } }], GLOSSARY).problems[0]?.field).toBe('[0].source.url');
  });

  it('rejects two entries with the same id or the same form', () => {
    const { problems } = parseGlossary([KL, { ...KL, term: 'KL2', forms: ['KL2'] }, { ...IT, forms: ['KL'] }], GLOSSARY);
    expect(problems.map((p) => p.field)).toEqual(['kl.id', 'it.forms']);
  });

  it('takes one note per document, of one or two sentences, on a document the site has', () => {
    const note = (document: string, text = 'Bemærkningerne nævner den.') => ({ document, text });
    const documents = new Set(['2022-oekonomiudvalget', '2023-oekonomiudvalget']);
    expect(parseGlossary([{ ...KL, notes: [note('2022-oekonomiudvalget'), note('2023-oekonomiudvalget')] }], GLOSSARY, { documents }).problems).toEqual([]);
    expect(parseGlossary([{ ...KL, notes: [note('2022-oekonomiudvalget', 'En. To. Tre.')] }], GLOSSARY).problems.map((p) => p.field)).toEqual(['[0].notes[0].text']);
    expect(parseGlossary([{ ...KL, notes: [note('Budget 2022')] }], GLOSSARY).problems.map((p) => p.field)).toEqual(['[0].notes[0].document']);
    expect(parseGlossary([IT, { ...KL, notes: [note('2022-oekonomiudvalget'), note('2022-oekonomiudvalget')] }], GLOSSARY).problems).toEqual([
      { file: GLOSSARY, field: '[1].notes[1].document', expected: 'one note per document', found: 'a second note on "2022-oekonomiudvalget"' },
    ]);
    expect(parseGlossary([{ ...KL, notes: [note('2021-oekonomiudvalget')] }], GLOSSARY, { documents }).problems).toEqual([
      { file: GLOSSARY, field: '[0].notes[0].document', expected: 'the folder name of a document of the site (2022-oekonomiudvalget, 2023-oekonomiudvalget)', found: '"2021-oekonomiudvalget"' },
    ]);
  });

  it('takes a quote of the notes only as their own words: in a document’s source text, line breaks and hyphenation aside', () => {
    const sources = [sourceText('Kommunen deltager i et fælles KKR-sekre-\ntariat, (Kommunekontaktrådet) og  mere.\n')];
    const quoting = (quote: string) => parseGlossary([{ ...KL, source: { quote } }], GLOSSARY, { sources }).problems;
    expect(quoting('fælles KKR-sekretariat, (Kommunekontaktrådet)')).toEqual([]);
    expect(quoting('fælles KKR-sekretariat (Kommunekontaktrådet)')).toEqual([
      { file: GLOSSARY, field: '[0].source.quote', expected: "the notes' own words, exactly as a document's kildetekst.txt has them (line breaks and hyphenation aside)", found: '"fælles KKR-sekretariat (Kommunekontaktrådet)"' },
    ]);
  });

  it('tells a reader what the page’s document’s notes say about a term after its explanation, and nothing another document’s say', () => {
    const withNote = { ...KL, notes: [{ document: '2022-oekonomiudvalget', text: 'Bemærkningerne henviser til KL.' }] };
    expect(termDescription(withNote, '2022-oekonomiudvalget')).toBe('Kommunernes Landsforening – En forklaring. Bemærkningerne henviser til KL.');
    expect(termDescription(withNote, '2023-oekonomiudvalget')).toBe('Kommunernes Landsforening – En forklaring.');
    expect(termDescription(withNote)).toBe('Kommunernes Landsforening – En forklaring.');
  });

  it('says nothing about what a document’s notes say in the explanation, which every document’s pages show (that is what notes are for)', () => {
    for (const e of readGlossary(GLOSSARY)) expect(e.explanation, e.id).not.toMatch(/[Bb]emærkningerne/);
  });
});

describe('finding terms in a text', () => {
  const find = termMatcher([KL, IT, PL, SH]);

  it('finds whole words only, with a genitive s or a hyphen after them', () => {
    const text = "KL's vejledning, KLs skøn, IT-budgettet og ITs opgaver, men ikke KLAP eller SKL.";
    expect(find(text).map((m) => text.slice(m.start, m.end))).toEqual(['KL', 'KL', 'IT', 'IT']);
  });

  it('matches abbreviations by case, and budget words also with a capital first letter', () => {
    expect(find('Med it og kl.')).toEqual([]);
    const text = 'Pris og lønfremskrevet, som er pris- og lønfremskrevet';
    expect(find(text).map((m) => [m.entry.id, text.slice(m.start, m.end)])).toEqual([
      ['pl', 'Pris og lønfremskrevet'],
      ['pl', 'pris- og lønfremskrevet'],
    ]);
  });

  it('finds forms with a slash', () => {
    expect(find('programmet S/H-ydelse 140').map((m) => m.entry.id)).toEqual(['s-h-ydelse']);
  });
});

describe('the terms some texts use', () => {
  it('are each listed once, in order of first use', () => {
    expect(termsIn(['IT og KL', 'KL igen', 'programmet S/H-ydelse'], [KL, IT, PL, SH]).map((e) => e.id)).toEqual(['it', 'kl', 's-h-ydelse']);
    expect(termsIn(['Brandhaner'], [KL])).toEqual([]);
  });
});

describe('words in capitals', () => {
  it('are two letters or more, digits allowed, a genitive s left out', () => {
    expect(capitalWords('KL og KMDs DK2020, S/H-ydelse, PC-ere, Office365, Tour de France og KL igen')).toEqual(['KL', 'KMD', 'DK2020', 'PC']);
  });

  it('are found with digits or Danish letters between the capitals, and not in a text without two capitals in one word', () => {
    expect(capitalWords('Midler fra ÆØ-puljen og A1B')).toEqual(['ÆØ', 'A1B']);
    expect(capitalWords('Kalundborg Kommune og Region Sjælland, S/H og A-kasse')).toEqual([]);
  });

  it('are unknown unless a term or form holds them', () => {
    expect(unknownCapitalWords('KL, SKI og ABC', [KL, entry({ id: 'ski', term: 'Indkøb', kind: 'begreb', forms: ['SKI'] })])).toEqual(['ABC']);
  });
});

describe('a wrong glossary file', () => {
  it('says where YAML it cannot read goes wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      const file = join(dir, 'ordliste.yaml');
      writeFileSync(file, '- id: kl\n  term: "KL\n');
      const { problems } = checkGlossaryFile(file);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: `${file}:3`, field: '(YAML)', expected: 'a readable YAML list of entries' });
      expect(problems[0]?.found).toMatch(/^Missing closing "quote/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and the line of each wrong field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      const file = join(dir, 'ordliste.yaml');
      const text = readFileSync(GLOSSARY, 'utf-8').replace(/^(\s*)term: "?KL"?$/m, '$1term: " "');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => /^\s*term: " "$/.test(l)) + 1;
      expect(line).toBeGreaterThan(0);
      expect(() => readGlossary(file)).toThrow(new RegExp(`${file}:${line}: field "\\[\\d+\\]\\.term": expected text`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

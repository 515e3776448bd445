import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { normalizeText, sourceLines, splitSentences } from '../../src/lib/source-text';

const SOURCE_FILE = new URL('../../content/dokumenter/2022-oekonomiudvalget/kildetekst.txt', import.meta.url);

describe('sourceLines', () => {
  it('joins a word broken at the line end when the next line starts in lowercase', () => {
    expect(sourceLines('Sociale opgaver og beskæfti-\ngelse ')).toEqual(['Sociale opgaver og beskæftigelse']);
  });

  it('keeps the hyphens that belong to the word', () => {
    expect(sourceLines('udvidelse af A-kas-\nsernes rolle mv.')).toEqual(['udvidelse af A-kassernes rolle mv.']);
    expect(sourceLines('fremtidige IT-løs-\nninger, som erstatter')).toEqual(['fremtidige IT-løsninger, som erstatter']);
  });

  it('joins across whitespace-only lines between the two halves', () => {
    expect(sourceLines('sygemeldte borgere, indvan-\n\ndrere og flygtninge')).toEqual([
      'sygemeldte borgere, indvandrere og flygtninge',
    ]);
    expect(sourceLines('af indvan-\n \n  \n\ndrere')).toEqual(['af indvandrere']);
  });

  it('keeps the hyphen and joins without a space when the next line starts with a digit', () => {
    expect(sourceLines('på tværs af 0-\n18 års området sammen med')).toEqual(['på tværs af 0-18 års området sammen med']);
  });

  it('keeps a suspended hyphen before "og"/"eller", with or without the space after it', () => {
    const joined = ['nedlukninger i ind- og udland at være'];
    expect(sourceLines('nedlukninger i ind- \nog udland at være')).toEqual(joined);
    // Trailing spaces are not text: an extraction without them reads the same.
    expect(sourceLines('nedlukninger i ind-\nog udland at være')).toEqual(joined);
    expect(sourceLines('arbejdsgiver-\neller faglige')).toEqual(['arbejdsgiver- eller faglige']);
  });

  it('does not join when the next line starts with an uppercase letter', () => {
    expect(sourceLines('Demografipulje – Børn-\nOmrådet')).toEqual(['Demografipulje – Børn-', 'Området']);
  });

  it('drops whitespace-only lines and trims the rest', () => {
    expect(sourceLines('  \n Budgetgrundlag \n\n \nBudgettet er et rammebudget.  \n')).toEqual([
      'Budgetgrundlag',
      'Budgettet er et rammebudget.',
    ]);
  });

  it('accepts CRLF line ends', () => {
    expect(sourceLines('beskæfti-\r\ngelse\r\n')).toEqual(['beskæftigelse']);
  });

  it('joins a chain of broken lines', () => {
    expect(sourceLines('a-\nb-\nc')).toEqual(['abc']);
  });
});

describe('normalizeText', () => {
  it('collapses whitespace runs to one space and trims', () => {
    expect(normalizeText('  §  84\tAflastning \n og  mere ')).toBe('§ 84 Aflastning og mere');
  });

  it('strips list bullets', () => {
    expect(normalizeText('• 05.58.83 Ledighedsydelse • 05.68.97 Seniorjob')).toBe(
      '05.58.83 Ledighedsydelse 05.68.97 Seniorjob',
    );
  });
});

describe('splitSentences', () => {
  it('splits at end punctuation followed by an uppercase letter', () => {
    expect(splitSentences('Det er godt. Det er skidt! Er det? Ja.')).toEqual([
      'Det er godt.',
      'Det er skidt!',
      'Er det?',
      'Ja.',
    ]);
  });

  it('never splits before a digit or a lowercase letter', () => {
    expect(splitSentences('Seniorpension er pr. 1. januar 2021 overgået til ATP. Faldet begynder i 2. halvår 2021.')).toEqual([
      'Seniorpension er pr. 1. januar 2021 overgået til ATP.',
      'Faldet begynder i 2. halvår 2021.',
    ]);
    expect(splitSentences('udgifter til bl.a. forsikrede ledige')).toEqual(['udgifter til bl.a. forsikrede ledige']);
  });

  it('splits before an opening quote', () => {
    expect(splitSentences('Det er sagt. "Fremtidens borgerbetjening" er nu godt implementeret.')).toEqual([
      'Det er sagt.',
      '"Fremtidens borgerbetjening" er nu godt implementeret.',
    ]);
    expect(splitSentences('Det er sagt. ”Børnene først” træder i kraft.')).toEqual([
      'Det er sagt.',
      '”Børnene først” træder i kraft.',
    ]);
  });

  it('returns no empty sentences', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('the real source file', () => {
  const raw = readFileSync(SOURCE_FILE, 'utf8');
  const lines = sourceLines(raw);
  const joined = lines.join(' ');

  it('has no whitespace-only or untrimmed lines', () => {
    for (const line of lines) {
      expect(line).toBe(line.trim());
      expect(line).not.toBe('');
    }
  });

  it('joins the hyphenated words', () => {
    for (const word of [
      'beskæftigelse',
      'indvandrere',
      '0-18 års området',
      'ind- og udland',
      'A-kassernes',
      'IT-løsninger',
      'Sociale opgaver og beskæftigelse',
      'Vestsjællands Brandvæsen',
      'Faktisk antal 2020',
    ]) {
      expect(joined).toContain(word);
    }
  });

  it('leaves no line ending in a lowercase letter and a hyphen', () => {
    // "ind- " + "og udland" is a real (suspended) hyphen and is joined with its space kept.
    expect(lines.filter((line) => /\p{Ll}-$/u.test(line))).toEqual([]);
    expect(lines.join(' ')).toContain('nedlukninger i ind- og udland');
  });

  it('keeps the hyphens written mid-line', () => {
    expect(joined).toContain('til-gang');
    expect(joined).toContain('Demografipulje – Børn- og Familieområdet');
  });
});

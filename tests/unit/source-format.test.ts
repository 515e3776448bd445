// The source format's recognisers, shared by the importer and the fidelity test.
import { describe, expect, it } from 'vitest';
import {
  bulletText,
  captionFromLeadIn,
  endsTableRow,
  hyphenJoin,
  isSectionHeading,
  isTableHeaderLine,
  joinedLines,
  leadingAccounts,
  looksLikeHeading,
  parseAmount,
  parseNetStatement,
  physicalLines,
  tableColumns,
  tableSource,
} from '../../src/lib/source-format/index.ts';

describe('lines', () => {
  it('splits LF, CRLF and CR', () => {
    expect(physicalLines('\uFEFFa\r\nb\rc\n\fd')).toEqual(['a', 'b', 'c', '\fd']);
  });

  it('reads a form feed as a page break: whitespace, and a blank line before the text after it', () => {
    expect(joinedLines('slut.\n\fNæste side')).toEqual([
      { text: 'slut.', line: 1, blankBefore: false },
      { text: 'Næste side', line: 2, blankBefore: true },
    ]);
  });

  it('undoes hyphenation across blank lines, keeping the first line number and whether a blank line came before', () => {
    expect(joinedLines('Titel\n\nbeskæfti-\n\n \ngelse\nnæste')).toEqual([
      { text: 'Titel', line: 1, blankBefore: false },
      { text: 'beskæftigelse', line: 3, blankBefore: true },
      { text: 'næste', line: 7, blankBefore: false },
    ]);
  });

  it('tells a broken word from a hyphen that belongs to the text', () => {
    expect(hyphenJoin('beskæfti-', 'gelse')).toBe('join');
    expect(hyphenJoin('0-', '18 års området')).toBe('keep');
    expect(hyphenJoin('ind-', 'og udland')).toBe('space');
    expect(hyphenJoin('Børn-', 'Familie')).toBe('none');
    expect(hyphenJoin('ind- ', 'og udland')).toBe('none');
  });
});

describe('net budget statements', () => {
  it('reads amounts only with dots between thousands', () => {
    expect(parseAmount('989.049.000')).toBe(989049000);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('46.847,000')).toBeNull();
    expect(parseAmount('46847.000')).toBeNull();
  });

  it('reads both phrasings, "kr." without a space and parts without "kr."', () => {
    expect(parseNetStatement('Samlet nettobudget for området i 2022: 989.049.000 kr.')).toEqual({ year: 2022, netBudget: 989049000, parts: [] });
    expect(parseNetStatement('Samlet nettobudget for området: 25.253.000 kr. (Stab: 11.161.000 kr., Fælles: 14.092.000)')).toEqual({
      year: null,
      netBudget: 25253000,
      parts: [
        { label: 'Stab', amount: 11161000 },
        { label: 'Fælles', amount: 14092000 },
      ],
    });
    expect(parseNetStatement('Samlet nettobudget for området: 42.339.000kr.')).toMatchObject({ netBudget: 42339000 });
  });

  it('says what it expected and what it found when it cannot read a statement', () => {
    expect(parseNetStatement('Samlet nettobudget for området: 46.847,000 kr.')).toEqual({ expected: expect.stringContaining('dots between thousands'), found: '"46.847,000"' });
    expect(parseNetStatement('Samlet nettobudget: ca. 5 mio.')).toMatchObject({ found: '"Samlet nettobudget: ca. 5 mio."' });
  });
});

describe('the recipient table', () => {
  it('reads its header lines as columns with year and kind', () => {
    expect(['Faktisk antal 2020', 'Budget', '2021'].every(isTableHeaderLine)).toBe(true);
    expect(isTableHeaderLine('05.48.65 Seniorpension 0 164 205')).toBe(false);
    expect(tableColumns('Faktisk antal 2020 Budget 2021 Regnskab 2019')).toEqual([
      { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
      { label: 'Budget 2021', year: 2021, kind: 'budget' },
      { label: 'Regnskab 2019', year: 2019, kind: 'faktisk' },
    ]);
  });

  it('ends a row at a line ending in numbers; reads accounts, "Kilde:" and the caption', () => {
    expect(endsTableRow('05.48.66 & 05.48.68 Førtidspension 2.816 2.716 2.848')).toBe(true);
    expect(endsTableRow('05.46.61 Kontanthjælp/integrationsydelse til udlændinge')).toBe(false);
    expect(leadingAccounts('05.48.66 & 05.48.68 Førtidspension')).toEqual({ accounts: ['05.48.66', '05.48.68'], rest: 'Førtidspension' });
    expect(leadingAccounts('05.48.66 og 05.48.68 Førtidspensioner').accounts).toEqual(['05.48.66', '05.48.68']);
    expect(tableSource('Kilde: OPUS, pensionssystemet og Jobindsats ')).toBe('OPUS, pensionssystemet og Jobindsats');
    expect(tableSource('Kilden er OPUS')).toBeNull();
    expect(captionFromLeadIn('Nedenstående er redegjort for budgetteret antal ydelsesmodtagere i 2022.')).toBe('Budgetteret antal ydelsesmodtagere i 2022');
    expect(captionFromLeadIn('Tabellen viser antal.')).toBeNull();
  });
});

describe('headings and bullets', () => {
  it('knows the section headings, also with a full stop', () => {
    expect(isSectionHeading('Udvikling og udfordringer.')).toBe(true);
    expect(isSectionHeading('Politisk organisation')).toBe(false);
  });

  it('takes short lines without closing punctuation as possible headings, nothing else', () => {
    expect(looksLikeHeading('Politisk organisation')).toBe(true);
    expect(looksLikeHeading('Nedenfor gennemgås de enkelte områder:')).toBe(false);
    expect(looksLikeHeading('hver måned er nogle')).toBe(false);
    expect(looksLikeHeading('Kalundborg Kommune oplever i disse år en stærk positiv udvikling, med vækst i flere af')).toBe(false);
  });

  it('reads • bullets and § lists', () => {
    expect(bulletText('• Licenser ')).toBe('Licenser');
    expect(bulletText('§  84 Aflastning')).toBe('§  84 Aflastning');
    expect(bulletText('Licenser')).toBeNull();
  });
});

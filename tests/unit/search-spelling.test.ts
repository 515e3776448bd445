import { describe, expect, it } from 'vitest';
import { createSpeller, vocabularyOf } from '../../src/lib/danish-spelling.ts';

const vocabulary = vocabularyOf([
  'Økonomi. Økonomiudvalget fører tilsyn med førtidspension og fleksjob for borgere. Ældreområdet og området. ' +
    'Budgettet for 2022. Kontanthjælp. Ældre og ældreområdet. konto-05.57.73 belob-989049000-kr',
]);
const respell = createSpeller(vocabulary);

describe('the site vocabulary', () => {
  it('holds the words in lower case, once, without alias words', () => {
    expect(vocabulary).toContain('økonomi');
    expect(vocabulary).toContain('førtidspension');
    expect(vocabulary).not.toContain('konto');
    expect(vocabulary).not.toContain('belob');
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
  });
});

describe('respelling query words typed without æ, ø, å', () => {
  it.each([
    ['oekonomi', 'økonomi'],
    ['Oekonomi', 'økonomi'],
    ['okonomi', 'økonomi'],
    ['foertidspension', 'førtidspension'],
    ['fortidspension', 'førtidspension'],
    ['aeldreomraadet', 'ældreområdet'],
    ['kontanthjaelp', 'kontanthjælp'],
    ['flexjob', 'fleksjob'],
  ])('%s → %s', (typed, site) => {
    expect(respell(typed)).toBe(site);
  });

  it('completes a word being typed to the start of the site word', () => {
    expect(respell('foertidsp')).toBe('førtidsp');
    expect(respell('aeldreomr')).toBe('ældreomr');
  });

  it('leaves words the site has, or that a site word starts with, as typed', () => {
    for (const word of ['for', 'fører', 'budgetter', 'borgere', 'Økonomi', 'området', '2022', 'KL']) expect(respell(word)).toBe(word);
  });

  it('leaves words with no site spelling as typed', () => {
    expect(respell('xyzzyq')).toBe('xyzzyq');
  });
});

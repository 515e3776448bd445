import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../src/lib/slug.ts';

describe('Danish-friendly slugs', () => {
  it('transliterates æ, ø and å as the file names do', () => {
    expect(slugify('Beskrivelse af området')).toBe('beskrivelse-af-omraadet');
    expect(slugify('Økonomistabens eget område')).toBe('oekonomistabens-eget-omraade');
    expect(slugify('Ældre og Sundhed')).toBe('aeldre-og-sundhed');
  });

  it('drops punctuation, dashes and other accents, and joins words with single hyphens', () => {
    expect(slugify('HR & Personales eget område')).toBe('hr-personales-eget-omraade');
    expect(slugify('Fællesindtægter og – udgifter samt Kommunernes Landsforening')).toBe(
      'faellesindtaegter-og-udgifter-samt-kommunernes-landsforening',
    );
    expect(slugify('Tværgående uddannelse/Kompetenceudvikling')).toBe('tvaergaaende-uddannelse-kompetenceudvikling');
    expect(slugify('Udvikling og udfordringer.')).toBe('udvikling-og-udfordringer');
    expect(slugify('Café 2022')).toBe('cafe-2022');
  });
});

describe('a slugger for one page', () => {
  it('keeps ids unique by numbering repeats', () => {
    const slugger = createSlugger([]);
    expect(['Budgetgrundlag', 'Budgetgrundlag', 'Budgetgrundlag'].map((t) => slugger.slug(t))).toEqual([
      'budgetgrundlag',
      'budgetgrundlag-2',
      'budgetgrundlag-3',
    ]);
  });

  it('never hands out an id the page itself uses', () => {
    expect(createSlugger().slug('Indhold')).toBe('indhold-2');
    expect(createSlugger(['x']).slug('X')).toBe('x-2');
  });

  it('gives a heading without letters or digits an id anyway', () => {
    const slugger = createSlugger([]);
    expect(slugger.slug('–')).toBe('afsnit');
    expect(slugger.slug('…')).toBe('afsnit-2');
  });
});

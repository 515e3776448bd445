import { describe, expect, it } from 'vitest';
import { budgetContact } from '../../src/lib/contact.ts';
import { parseDocument } from '../../src/lib/document.ts';

const facts = {
  municipality: 'Kalundborg Kommune',
  committee: 'Økonomiudvalget',
  budgetYear: 2022,
  stage: 'Vedtaget budget',
  title: 'Bemærkninger',
  source: { title: 'Bemærkninger', file: 'sources/x.txt' },
};

describe('the contact line for budget questions', () => {
  it('is not shown while no address is set', () => {
    expect(budgetContact(parseDocument(facts))).toBeUndefined();
  });

  it('links an e-mail address with mailto:', () => {
    expect(budgetContact(parseDocument({ ...facts, contact: 'budget@kalundborg.dk' }))).toEqual({
      href: 'mailto:budget@kalundborg.dk',
      text: 'budget@kalundborg.dk',
    });
  });

  it('links a contact page by its https address, shown without the scheme', () => {
    expect(budgetContact(parseDocument({ ...facts, contact: 'https://kalundborg.dk/kontakt/' }))).toEqual({
      href: 'https://kalundborg.dk/kontakt/',
      text: 'kalundborg.dk/kontakt',
    });
  });

  it('accepts only an e-mail address or an https address', () => {
    expect(() => parseDocument({ ...facts, contact: 'http://kalundborg.dk/kontakt/' })).toThrow(/field "contact": expected an e-mail address or the https address/);
    expect(() => parseDocument({ ...facts, contact: 'ring til kommunen' })).toThrow(/field "contact"/);
  });
});

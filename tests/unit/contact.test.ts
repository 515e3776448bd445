import { describe, expect, it } from 'vitest';
import { budgetContact } from '../../src/lib/contact.ts';
import { parseSiteSettings } from '../../src/lib/site-settings.ts';

describe('the contact line for budget questions', () => {
  it('is not shown while no address is set', () => {
    expect(budgetContact(parseSiteSettings({}))).toBeUndefined();
  });

  it('links an e-mail address with mailto:', () => {
    expect(budgetContact(parseSiteSettings({ contact: 'budget@kalundborg.dk' }))).toEqual({
      href: 'mailto:budget@kalundborg.dk',
      text: 'budget@kalundborg.dk',
    });
  });

  it('links a contact page by its https address, shown without the scheme', () => {
    expect(budgetContact(parseSiteSettings({ contact: 'https://kalundborg.dk/kontakt/' }))).toEqual({
      href: 'https://kalundborg.dk/kontakt/',
      text: 'kalundborg.dk/kontakt',
    });
  });

  it('accepts only an e-mail address or an https address', () => {
    expect(() => parseSiteSettings({ contact: 'http://kalundborg.dk/kontakt/' })).toThrow(/field "contact": expected an e-mail address or the https address/);
    expect(() => parseSiteSettings({ contact: 'ring til kommunen' })).toThrow(/field "contact"/);
  });
});

import { describe, expect, it } from 'vitest';
import { accessibilityStatement } from '../../src/lib/accessibility-statement.ts';
import { parseDocument } from '../../src/lib/document.ts';
import { DocumentSchema } from '../../src/lib/schemas/document.ts';

const facts = {
  municipality: 'Kalundborg Kommune',
  committee: 'Økonomiudvalget',
  budgetYear: 2022,
  stage: 'Vedtaget budget',
  title: 'Bemærkninger',
  source: { title: 'Bemærkninger', file: 'sources/x.txt' },
};
const WAS = 'https://www.was.digst.dk/kalundborg-dk-budget';

describe('the accessibility statement link', () => {
  it('leads to the site’s own explanation while no address is set, under the base', () => {
    expect(accessibilityStatement(DocumentSchema.parse(facts), '/')).toEqual({ href: '/tilgaengelighed/', published: false });
    expect(accessibilityStatement(DocumentSchema.parse(facts), '/budget/').href).toBe('/budget/tilgaengelighed/');
  });

  it('leads to the published statement once its address is set in dokument.json', () => {
    const set = parseDocument({ ...facts, accessibilityStatementUrl: WAS });
    expect(accessibilityStatement(set, '/budget/')).toEqual({ href: WAS, published: true });
  });

  it('accepts only an https address', () => {
    expect(() => parseDocument({ ...facts, accessibilityStatementUrl: 'www.was.digst.dk/x' })).toThrow(/field "accessibilityStatementUrl"/);
    expect(() => parseDocument({ ...facts, accessibilityStatementUrl: 'http://www.was.digst.dk/x' })).toThrow(/accessibilityStatementUrl/);
  });
});

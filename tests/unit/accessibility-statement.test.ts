import { describe, expect, it } from 'vitest';
import { accessibilityStatement } from '../../src/lib/accessibility-statement.ts';
import { parseSiteSettings } from '../../src/lib/site-settings.ts';

const WAS = 'https://www.was.digst.dk/kalundborg-dk-budget';

describe('the accessibility statement link', () => {
  it('leads to the site’s own explanation while no address is set, under the base', () => {
    expect(accessibilityStatement(parseSiteSettings({}), '/')).toEqual({ href: '/tilgaengelighed/', published: false });
    expect(accessibilityStatement(parseSiteSettings({}), '/budget/').href).toBe('/budget/tilgaengelighed/');
  });

  it('leads to the published statement once its address is set in site.json', () => {
    const set = parseSiteSettings({ accessibilityStatementUrl: WAS });
    expect(accessibilityStatement(set, '/budget/')).toEqual({ href: WAS, published: true });
  });

  it('accepts only an https address, naming the file and the field', () => {
    expect(() => parseSiteSettings({ accessibilityStatementUrl: 'www.was.digst.dk/x' })).toThrow(/content\/site\.json: field "accessibilityStatementUrl"/);
    expect(() => parseSiteSettings({ accessibilityStatementUrl: 'http://www.was.digst.dk/x' })).toThrow(/accessibilityStatementUrl/);
  });
});

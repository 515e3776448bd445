// Accessibility checks that read the built HTML. The per-page browser checks (axe on screen and
// in print, lang, one h1, the skip link, visible focus, tab order) run in
// tests/site/browser-checks.test.ts, with the security checks, in one load of each page.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readPage, textOf } from '../support/site.ts';

describe('the accessibility statement', () => {
  beforeAll(() => assertBuilt());

  it('is linked from every page’s footer, to the site’s own page while no address is set', () => {
    for (const path of listPages()) {
      const link = readPage(path).querySelectorAll('footer a').find((a) => textOf(a) === 'Tilgængelighedserklæring');
      expect(link?.getAttribute('href'), path).toBe('/tilgaengelighed/');
    }
  });

  it('explains on that page where the statement will be published', () => {
    const text = textOf(readPage('tilgaengelighed/').querySelector('main'));
    expect(text).toContain('Tilgængelighedserklæring');
    expect(text).toContain('Digitaliseringsstyrelsens værktøj til tilgængelighedserklæringer (WAS-værktøjet)');
    expect(text).toContain('Når erklæringen er offentliggjort, fører linket');
  });
});

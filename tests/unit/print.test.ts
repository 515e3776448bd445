import { describe, expect, it } from 'vitest';
import { counterContent, cssString, footerStylesheet, footerStylesheetPath, legacyMediaQueries, linkAddressRules, printSlug } from '../../src/lib/print.ts';

describe('CSS strings for the print footer', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Beredskab')).toBe('"Beredskab"');
  });

  it('escapes quotes and backslashes, so a title cannot end the string', () => {
    expect(cssString('Om "x" og \\y')).toBe('"Om \\"x\\" og \\\\y"');
    // A title trying to close the string and add rules stays one string: no bare quote inside.
    const inner = cssString('"; } body { display: none } x { content: "').slice(1, -1);
    expect(inner.replace(/\\./g, '')).not.toContain('"');
  });

  it('hex-escapes letters outside ASCII and line breaks, ending each escape with a space', () => {
    expect(cssString('Økonomi')).toBe('"\\d8 konomi"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('Børn – unge')).toBe('"B\\f8 rn \\2013  unge"');
  });

  it('round-trips through the CSS escape rules', () => {
    const title = 'Demografipulje – "Børn" \\ Ældre\n2022';
    expect(unescapeCss(cssString(title))).toBe(title);
  });
});

describe('page numbers in the footer', () => {
  it('turns {page} and {pages} into CSS counters between the words', () => {
    expect(counterContent('Side {page} af {pages}')).toBe('"Side " counter(page) " af " counter(pages)');
    expect(counterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});

describe('the footer stylesheet', () => {
  const footer = { document: 'Site · Doc', title: 'Beredskab', pageNumber: 'Side {page} af {pages}' };

  it('puts site, document and title on the left and the page number on the right', () => {
    const css = footerStylesheet(footer);
    expect(css).toContain('@bottom-left { content: "Site \\b7  Doc\\a Beredskab"; }');
    expect(css).toContain('@bottom-right { content: "Side " counter(page) " af " counter(pages); }');
    expect(css).not.toContain('page:');
  });

  it('gives every section a named page with its own title', () => {
    const css = footerStylesheet(footer, [
      { id: 'beredskab', title: 'Beredskab' },
      { id: 'oekonomi', title: 'Økonomi' },
    ]);
    expect(css).toContain('[id="beredskab"] { page: afsnit-1; }');
    expect(css).toContain('[id="oekonomi"] { page: afsnit-2; }');
    expect(css).toMatch(/@page afsnit-2 \{\n {2}@bottom-left \{ content: "Site \\b7  Doc\\a \\d8 konomi"; \}\n\}/);
  });
});

describe('where a page finds its footer stylesheet', () => {
  it('names it after the page path, without the base', () => {
    expect(printSlug('/')).toBe('index');
    expect(printSlug('/omraader/beredskab/')).toBe('omraader/beredskab');
    expect(printSlug('/404.html')).toBe('404');
    expect(printSlug('/404')).toBe('404');
    expect(printSlug('/budget/', '/budget/')).toBe('index');
    expect(printSlug('/budget', '/budget')).toBe('index');
    expect(printSlug('/budget/udskriv/', '/budget')).toBe('udskriv');
    expect(footerStylesheetPath('omraader/beredskab')).toBe('print/omraader/beredskab.css');
  });
});

/** Reads a CSS string literal back (quotes, backslash escapes, hex escapes with one optional space). */
function unescapeCss(literal: string): string {
  return literal
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?|\\(.)/gis, (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : (char ?? ''),
    );
}

describe('addresses after printed links', () => {
  it('prints the site’s own address before the link’s path, but not in tables', () => {
    const css = linkAddressRules('https://budget.example.dk/');
    expect(css).toContain('main a[href^="/"]::after { content: " (" "https://budget.example.dk" attr(href) ")";');
    expect(css).toContain('main table a[href]::after { content: none; }');
  });

  it('leaves links to parts of the same printout as words', () => {
    const css = linkAddressRules('https://budget.example.dk', ['/omraader/beredskab/']);
    expect(css).toContain('main a[href^="/"]:where(:not([href="/omraader/beredskab/"]))::after');
  });
});


describe('stylesheets for Paged.js', () => {
  it('writes range media queries the old way and leaves others alone', () => {
    expect(legacyMediaQueries('@media (width>=64em){a{b:c}}@media screen and (width<=39.99em),screen and (width >= 80em){}')).toBe(
      '@media (min-width:64em){a{b:c}}@media screen and (max-width:39.99em),screen and (min-width:80em){}',
    );
    expect(legacyMediaQueries('@media print{}@media (prefers-color-scheme:dark){}')).toBe('@media print{}@media (prefers-color-scheme:dark){}');
  });
});

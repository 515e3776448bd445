import { describe, expect, it } from 'vitest';
import { bodyAttribute, firstHeading, linksInside, printSections } from '../../src/lib/print-page.ts';

describe('a page’s print title', () => {
  it('is the text of its first h1, with markup, entities and spacing resolved', () => {
    const html = '<html><body><header><a href="/">Budget</a></header><main><h1 class="x" id="t">Arbejdsmarked &amp; <span>Borger</span>service\n  – del 1</h1><h1>Second</h1></main></body></html>';
    expect(firstHeading(html)).toBe('Arbejdsmarked & Borgerservice – del 1');
  });

  it('is empty when the page has no h1 (an h2 or a header element is not one)', () => {
    expect(firstHeading('<header><h2>Not a title</h2></header>')).toBe('');
  });
});

describe('a page’s print sections', () => {
  it('are its articles with an id, each titled by its first heading, where there are several', () => {
    const html = '<h1>Bemærkninger</h1><article id="a-beredskab"><h2>Beredskab</h2><h3>Budget</h3></article><article class="x" id="a-oekonomi"><h2>Økonomi &amp; IT</h2></article><article><h2>No id</h2></article>';
    expect(printSections(html, 'Bemærkninger')).toEqual([
      { id: 'a-beredskab', title: 'Beredskab' },
      { id: 'a-oekonomi', title: 'Økonomi & IT' },
    ]);
  });

  it('take each article’s first h1–h3 in document order, nested in other markup, and never the next article’s', () => {
    const html = '<article id="a"><div class="x"><p>Tekst</p><h3 class="y">Først <b>h3</b></h3></div><h2>Så h2</h2></article><article id="b"><p>Ingen overskrift</p></article><article id="c"><h2>C</h2></article>';
    expect(printSections(html, 'Side')).toEqual([
      { id: 'a', title: 'Først h3' },
      { id: 'b', title: 'Side' },
      { id: 'c', title: 'C' },
    ]);
  });

  it('fall back to the page title for an article without a heading', () => {
    expect(printSections('<article id="a"></article><article id="b"><h2>B</h2></article>', 'Side')).toEqual([
      { id: 'a', title: 'Side' },
      { id: 'b', title: 'B' },
    ]);
  });

  it('are none on a page with one article (an area page) or none', () => {
    expect(printSections('<h1>Beredskab</h1><article class="area" id="beredskab"><h1>Beredskab</h1></article>', 'Beredskab')).toEqual([]);
    expect(printSections('<h1>Forside</h1><main></main>', 'Forside')).toEqual([]);
  });
});

describe('a page’s body attribute', () => {
  it('is read from the body’s start tag, entities decoded', () => {
    const html = '<html><head><title>x</title></head><body class="a" data-print-document="Budget 2022, Økonomiudvalget &amp; co" data-budget-document="y"><h1>T</h1></body></html>';
    expect(bodyAttribute(html, 'data-print-document')).toBe('Budget 2022, Økonomiudvalget & co');
  });

  it('is undefined when the body lacks it or there is no body', () => {
    expect(bodyAttribute('<body class="a"><p>x</p></body>', 'data-print-document')).toBeUndefined();
    expect(bodyAttribute('<p>x</p>', 'data-print-document')).toBeUndefined();
  });
});

describe('a page’s links inside its printout', () => {
  const sections = [
    { id: 'beredskab', title: 'Beredskab' },
    { id: 'oekonomi', title: 'Økonomi' },
  ];

  it('are the distinct site hrefs whose path ends in a section’s id, anchors kept', () => {
    const html = '<a href="/2022/x/omraader/beredskab/">a</a><a class="y" href="/2022/x/omraader/oekonomi/#budget">b</a><a href="/2022/x/omraader/beredskab/">again</a>';
    expect(linksInside(html, sections)).toEqual(['/2022/x/omraader/beredskab/', '/2022/x/omraader/oekonomi/#budget']);
  });

  it('leave out other pages, outside addresses and ids that are only part of a path segment', () => {
    const html = '<a href="/konti/05-57-73/">k</a><a href="https://ex.dk/beredskab/">e</a><a href="/2022/x/omraader/beredskab-ny/">n</a><a href="/2022/x/omraader/beredskab/kort/">d</a>';
    expect(linksInside(html, sections)).toEqual([]);
  });

  it('are none on a page without sections', () => {
    expect(linksInside('<a href="/2022/x/omraader/beredskab/">a</a>', [])).toEqual([]);
  });
});

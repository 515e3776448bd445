import { describe, expect, it } from 'vitest';
import { renderedOnce, scopedText } from '../../src/lib/shared-text.ts';

describe('an area’s text scoped for the booklet', () => {
  // The forms the site's text takes: a heading with its anchor, a glossary term described by a
  // hidden explanation, a figure whose table is labelled by its caption, an account row anchor.
  const text = [
    '<div class="heading-with-anchor"><h2 id="budgetgrundlag">Budgetgrundlag</h2><a class="heading-anchor" href="#budgetgrundlag">#</a></div>',
    '<h3 id="ny">Ny</h3><h6 id="dybt">Dybt</h6>',
    '<p><a class="term" href="/ordliste/#kl" aria-describedby="ordliste-kl ordliste-ft">KL</a> og <a href="/konti/05-57-73/">05.57.73</a></p>',
    '<figure id="modtagere-diagram"><section aria-labelledby="modtagertabel-caption"><table id="modtagertabel"><caption id="modtagertabel-caption">Modtagere</caption><tr id="konto-05-57-73"><td>1</td></tr></table></section></figure>',
    '<div hidden><span id="ordliste-kl">Kommunernes Landsforening</span><span id="ordliste-ft">Fuldtid</span></div>',
  ].join('');

  it('moves h2–h5 one level down, leaving h6 (there is no h7)', () => {
    const scoped = scopedText(text, 'beredskab');
    expect(scoped).toContain('<h3 id="beredskab--budgetgrundlag">Budgetgrundlag</h3>');
    expect(scoped).toContain('<h4 id="beredskab--ny">Ny</h4>');
    expect(scoped).toContain('<h6 id="beredskab--dybt">Dybt</h6>');
    expect(scoped).not.toMatch(/<\/?h2[\s>]/);
  });

  it('prefixes every id and every in-page reference to one, so each reference still finds its element', () => {
    const scoped = scopedText(text, 'beredskab');
    const ids = [...scoped.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.every((id) => id?.startsWith('beredskab--'))).toBe(true);
    const references = [
      ...[...scoped.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]),
      ...[...scoped.matchAll(/\saria-(?:describedby|labelledby)="([^"]*)"/g)].flatMap((m) => m[1]?.split(' ')),
    ];
    expect(references).toEqual(['beredskab--budgetgrundlag', 'beredskab--ordliste-kl', 'beredskab--ordliste-ft', 'beredskab--modtagertabel-caption']);
    for (const reference of references) expect(ids).toContain(reference);
  });

  it('leaves links to other pages and the text itself as they are', () => {
    const scoped = scopedText(text, 'beredskab');
    expect(scoped).toContain('href="/ordliste/#kl"');
    expect(scoped).toContain('href="/konti/05-57-73/"');
    expect(scoped.replace(/<[^>]*>/g, '')).toBe(text.replace(/<[^>]*>/g, ''));
  });

  it('does not take text that looks like markup for markup (Astro escapes it)', () => {
    const escaped = '<p>Skriv &lt;h2 id=&quot;x&quot;&gt; i teksten</p>';
    expect(scopedText(escaped, 'a')).toBe(escaped);
  });
});

describe('a text rendered once for its uses', () => {
  it('renders on the first use and hands the same HTML to the second, then lets it go', async () => {
    let renders = 0;
    const render = async () => `<p>tekst ${++renders}</p>`;
    expect(await renderedOnce('a', 2, render)).toBe('<p>tekst 1</p>');
    expect(await renderedOnce('a', 2, render)).toBe('<p>tekst 1</p>');
    expect(renders).toBe(1);
    // A third use is not kept for: it renders anew.
    expect(await renderedOnce('a', 2, render)).toBe('<p>tekst 2</p>');
  });

  it('keeps texts apart by key', async () => {
    expect(await renderedOnce('b', 2, async () => 'B')).toBe('B');
    expect(await renderedOnce('c', 2, async () => 'C')).toBe('C');
    expect(await renderedOnce('b', 2, async () => 'other')).toBe('B');
  });

  it('does not keep a render that failed: the next use tries again', async () => {
    await expect(renderedOnce('d', 2, () => Promise.reject(new Error('MDX expression failed')))).rejects.toThrow('MDX expression failed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await renderedOnce('d', 2, async () => 'D')).toBe('D');
  });
});

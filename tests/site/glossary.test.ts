// Plain language on the built site: the glossary page, the first use of each term marked on every
// page (and only the first), reachable by keyboard and named for screen readers, and notices that
// say only what the source says.
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readGlossary, termDescription, termMatcher } from '../../src/lib/glossary.ts';
import type { GlossaryEntry } from '../../src/lib/schemas/glossary.ts';
import { useServedSite } from '../support/served-site.ts';
import { assertBuilt, listPages, readPage, textOf } from '../support/site.ts';

const glossary = readGlossary('content/ordliste.yaml');
// The real document's pages.
const DOC = '2022/oekonomiudvalget/';
/** The folder name of the document whose pages these are, for what its notes say about a term. */
const DOCUMENT_ID = '2022-oekonomiudvalget';
const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/** The notes' own text of an article (no headings, tables or explanations), each marked term replaced by a marker before its words. */
function markedText(article: ReturnType<typeof parse>): { text: string; markers: { id: string; at: number }[] } {
  const prose = parse(article.querySelector('.prose')?.outerHTML ?? '');
  prose.querySelectorAll('.heading-with-anchor, .term-descriptions, figure, table').forEach((el) => el.remove());
  const ids: string[] = [];
  for (const link of prose.querySelectorAll('a.term')) {
    ids.push(link.getAttribute('href')?.split('#')[1] ?? '');
    link.replaceWith(`<span>\u0001${ids.length - 1}\u0001${link.innerHTML}</span>`);
  }
  const raw = textOf(prose);
  const markers: { id: string; at: number }[] = [];
  let text = '';
  let from = 0;
  for (const match of raw.matchAll(/\u0001(\d+)\u0001/g)) {
    text += raw.slice(from, match.index);
    markers.push({ id: ids[Number(match[1])] ?? '', at: text.length });
    from = match.index + match[0].length;
  }
  text += raw.slice(from);
  return { text, markers };
}

describe('the glossary page', () => {
  beforeAll(() => assertBuilt());

  it('lists every entry under its id, with its explanation and source', () => {
    const page = readPage('/ordliste/');
    expect(textOf(page.querySelector('h1'))).toBe('Ord og forkortelser');
    for (const entry of glossary) {
      const item = page.getElementById(entry.id);
      expect(item, entry.id).not.toBeNull();
      const text = textOf(item);
      expect(text).toContain(entry.term);
      expect(text).toContain(entry.explanation.replace(/\s+/g, ' '));
      // What a document's notes say, under the document's name.
      for (const note of entry.notes ?? []) expect(text).toContain(`Budget 2022, Økonomiudvalget: ${note.text}`);
      if (entry.fullForm) expect(text).toContain(entry.fullForm);
      expect(text).toMatch(/Kilde:/);
    }
    expect(page.querySelectorAll('.glossary-list__entry')).toHaveLength(glossary.length);
    // The source reads as a line of text, with its spaces, and names the notes it quotes.
    expect(textOf(page.getElementById('kkr')?.querySelector('.glossary-list__source'))).toBe('Kilde: bemærkningerne til Budget 2022, Økonomiudvalget: »fælles KKR-sekretariat, (Kommunekontaktrådet)«; KL (Kommunernes Landsforening)');
  });

  it('is linked from the footer of every page', () => {
    for (const path of listPages()) {
      const links = readPage(path).querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      expect(links, path || '/').toContain('/ordliste/');
    }
  });
});

describe('glossary terms on the pages', () => {
  const pages = listPages().filter((path) => readPage(path).querySelector('article.area .prose'));

  it('are marked on every area page and in the booklet', () => {
    expect(pages.filter((path) => path.startsWith(`${DOC}omraader/`))).toHaveLength(17);
    expect(pages).toContain(`${DOC}udskriv/`);
  });

  it('mark the first use of each term in an article, and only the first', () => {
    const problems: string[] = [];
    for (const path of pages) {
      readPage(path)
        .querySelectorAll('article.area')
        .forEach((article, n) => {
          const where = `${path} article ${n + 1}`;
          const { text, markers } = markedText(article);
          for (const entry of glossary) {
            const uses = termMatcher([entry])(text);
            const marks = markers.filter((m) => m.id === entry.id);
            if (uses.length === 0 && marks.length > 0) problems.push(`${where}: ${entry.id} marked but not used`);
            if (uses.length > 0 && marks.length !== 1) problems.push(`${where}: ${entry.id} used ${uses.length}×, marked ${marks.length}×`);
            if (uses.length > 0 && marks.length === 1 && marks[0]?.at !== uses[0]?.start) problems.push(`${where}: ${entry.id} marked after its first use`);
          }
        });
    }
    expect(problems).toEqual([]);
  });

  it('give each mark a glossary link, an abbr title for abbreviations, and a description that exists on the page', () => {
    let count = 0;
    for (const path of pages) {
      const page = readPage(path);
      for (const link of page.querySelectorAll('a.term')) {
        count += 1;
        const id = link.getAttribute('href')?.match(/^\/ordliste\/#(.+)$/)?.[1] ?? '';
        const entry = byId.get(id) as GlossaryEntry;
        expect(entry, `${path}: ${link.outerHTML}`).toBeDefined();
        const abbr = link.querySelector('abbr');
        // The pages are the 2022 document's: what its notes say about the term follows the explanation.
        if (entry.kind === 'forkortelse') expect(abbr?.getAttribute('title')).toBe(entry.fullForm ?? termDescription(entry, DOCUMENT_ID));
        else expect(abbr).toBeNull();
        const description = page.getElementById(link.getAttribute('aria-describedby') ?? '');
        expect(description?.text, `${path}: ${id}`).toBe(termDescription(entry, DOCUMENT_ID));
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('are explained under the recipient table, which is built from frontmatter', () => {
    const note = readPage(`${DOC}omraader/arbejdsmarked-og-borgerservice/`).querySelector('.recipient-table .glossary-note');
    expect(textOf(note)).toBe(
      'Forkortelser og ord, der er forklaret i ordlisten: S/H-ydelse (selvforsørgelses- og hjemrejseydelse); OPUS.',
    );
    expect(note?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/ordliste/#s-h-ydelse', '/ordliste/#opus']);
  });

  it('keep the explanations out of search and out of sight', () => {
    const page = readPage(`${DOC}omraader/digitalisering-og-it/`);
    const descriptions = page.querySelector('.term-descriptions');
    expect(descriptions?.hasAttribute('hidden')).toBe(true);
    expect(descriptions?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

describe('notices say what the source says', () => {
  it('Digitalisering og IT: the parts against the net, and the DUT sentence, side by side, without a conclusion', () => {
    const notice = textOf(readPage(`${DOC}omraader/digitalisering-og-it/`).querySelector('.key-figures .notice'));
    expect(notice).toContain(
      'Kilden angiver nettobudgettet til 42.339.000 kr. og delene til Stab 11.938.000 kr. og Fælles 30.552.000 kr. Lagt sammen giver delene 42.490.000 kr., en forskel på 151.000 kr.',
    );
    expect(notice).toContain('Under Budgetgrundlag skriver bemærkningerne: »I forbindelse med DUT er Digitalisering og IT tilført 151.000 kr. i 2022 …«.');
    expect(notice).not.toMatch(/forklar|skyldes|fejl/);
  });

  it('the front page and the document page label the total and shares as computed by the site', () => {
    for (const path of ['/', DOC]) {
      const front = readPage(path);
      const total = textOf(front.querySelector('.front__total'));
      expect(total, path).toContain('1.358.107.000 kr.');
      expect(total, path).toContain('Beregnet af webstedet som summen af de 17 områders nettobudgetter. Bemærkningerne angiver ikke selv et samlet beløb.');
      expect(front.querySelector('.front__total a')?.getAttribute('href'), path).toBe('/ordliste/#nettobudget');
      expect(textOf(front.querySelector('table.overview caption')), path).toContain('I alt og andelene er beregnet af webstedet ud fra områdernes nettobudgetter.');
    }
  });

  it('an area page labels its share as computed by the site', () => {
    const figures = textOf(readPage(`${DOC}omraader/beredskab/`).querySelector('.key-figures'));
    expect(figures).toContain('1,0 % af udvalgets samlede nettobudget, som webstedet har lagt sammen af områdernes nettobudgetter');
  });
});

describe('a glossary term by keyboard and screen reader', () => {
  const site = useServedSite();

  it('is reached with Tab, shows its meaning on focus, is named and described, and Enter opens its entry', async () => {
    const page = await site.page();
    await page.goto(`${site.server.url}${DOC}omraader/digitalisering-og-it/`, { waitUntil: 'networkidle' });
    let focused = '';
    for (let i = 0; i < 80 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.classList.contains('term') ? (document.activeElement.getAttribute('href') ?? '') : ''));
    }
    expect(focused).toBe('/ordliste/#it');
    // Focus shows what the pointer shows: the abbreviation's full form, beside it.
    const shown = await page.evaluate(() => {
      const el = document.activeElement as Element;
      const after = getComputedStyle(el.querySelector('abbr') as Element, '::after');
      return { content: after.content, position: after.position, visible: el.matches(':focus-visible') };
    });
    expect(shown.visible).toBe(true);
    expect(shown.content).toContain('informationsteknologi');
    expect(shown.position).toBe('absolute');

    // What a screen reader hears: the words as its name, the explanation as its description.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'a.term[href="/ordliste/#it"]' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    expect(node?.role?.value).toBe('link');
    expect(node?.name?.value).toBe('IT');
    expect(String(node?.description?.value)).toBe(termDescription(byId.get('it') as GlossaryEntry));
    await cdp.detach();

    // A budget word shows its explanation on focus.
    let word = '';
    for (let i = 0; i < 80 && word !== '/ordliste/#rammebudget'; i += 1) {
      await page.keyboard.press('Tab');
      word = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(word).toBe('/ordliste/#rammebudget');
    const explained = await page.evaluate(() => getComputedStyle(document.activeElement as Element, '::after').content);
    expect(explained).toContain('Et budget, hvor området får et samlet beløb');

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ordliste\/#rammebudget$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('rammebudget');
  });
});

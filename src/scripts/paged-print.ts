// The booklet printed with page numbers in its contents. Chromium cannot print them itself (no
// target-counter()), so Paged.js lays the booklet out in pages in the browser, print.css's
// target-counter() fills in each contents entry's page, and the browser prints those pages.
// Loaded by booklet-print.ts only when someone prints the booklet; afterwards the page is the
// web page again.
import { Polisher, Previewer } from 'pagedjs';
import { legacyMediaQueries } from '../lib/print.ts';

/** On <html> while the page shows the paginated booklet. */
const PAGED_CLASS = 'paged';

// The site's CSP allows no inline <style>, and Paged.js puts the stylesheets it rewrites into
// <style> elements. Constructed stylesheets are CSSOM, which the CSP allows: the rules go there.
interface SheetPolisher {
  inserted: CSSStyleSheet[];
  styleSheet: CSSStyleSheet;
  base: CSSStyleSheet;
  insert(text: string): CSSStyleSheet;
}
const adopt = (sheet: CSSStyleSheet) => {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
};
/** Paged.js's own base styles: its setup() hands them to insert() first, so they are caught there. */
function pagedBaseStyles(): string {
  let css = '';
  try {
    Polisher.prototype.setup.call({
      insert(text: string) {
        css = text;
        throw new Error('caught');
      },
    });
  } catch {
    // Expected: setup stops at once, before it makes a <style> element.
  }
  return css;
}
const baseStyles = pagedBaseStyles();
Object.assign(Polisher.prototype, {
  setup(this: SheetPolisher) {
    this.base = this.insert(baseStyles);
    this.styleSheet = adopt(new CSSStyleSheet());
    return this.styleSheet;
  },
  insert(this: SheetPolisher, text: string) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    this.inserted.push(adopt(sheet));
    return sheet;
  },
  destroy(this: SheetPolisher) {
    const ours = new Set([this.styleSheet, ...this.inserted]);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !ours.has(sheet));
    this.inserted = [];
  },
});

/** A copy of the page to paginate, with each chart as a picture (a copied canvas is blank). */
function printableCopy(): DocumentFragment {
  const copy = document.createDocumentFragment();
  for (const node of document.body.childNodes) {
    if (node instanceof HTMLScriptElement || node instanceof HTMLLinkElement) continue;
    copy.append(node.cloneNode(true));
  }
  const canvases = [...document.body.querySelectorAll('canvas')];
  copy.querySelectorAll('canvas').forEach((canvas, index) => {
    const image = document.createElement('img');
    image.src = canvases[index]?.toDataURL('image/png') ?? '';
    image.alt = '';
    image.className = 'chart__image';
    for (const name of ['role', 'aria-labelledby']) {
      const value = canvas.getAttribute(name);
      if (value) image.setAttribute(name, value);
    }
    canvas.replaceWith(image);
  });
  return copy;
}

let restore: (() => void) | undefined;

/** Paginates the booklet with Paged.js and prints it; the web page comes back after printing. */
export async function printPaged(): Promise<void> {
  restore?.();
  // The stamp and the charts get ready for paper, as for the browser's own print.
  dispatchEvent(new Event('beforeprint'));
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')];
  const content = printableCopy();
  const previewer = new Previewer();
  document.documentElement.classList.add(PAGED_CLASS);
  // Paged.js applies the rewritten copies of these; the originals (with @page rules of their own) rest.
  for (const link of links) link.disabled = true;
  // Paged.js 0.4.3 cannot read media queries in range syntax ("(width>=64em)", which the CSS
  // minifier writes) and stops; it gets each stylesheet's text with them written the old way.
  const sheets = await Promise.all(links.map(async (link) => ({ [link.href]: legacyMediaQueries(await (await fetch(link.href)).text()) })));
  await previewer.preview(content, sheets, document.body);
  restore = () => {
    document.querySelector('.pagedjs_pages')?.remove();
    previewer.polisher.destroy();
    for (const link of links) link.disabled = false;
    document.documentElement.classList.remove(PAGED_CLASS);
    restore = undefined;
  };
  addEventListener('afterprint', () => restore?.(), { once: true });
  print();
}

// An area's article is shown twice in a build: on the area's own page and in its document's
// booklet, where every area shares one page under the booklet's h1. Rendering its MDX text and its
// key figures is most of the cost of an area in Astro, so each is rendered once, as the area's
// own page shows it, and the booklet's copy is made from that HTML (`scopedText`): headings one
// level down, and every id, with every in-page reference to one, prefixed with the area's id, so
// no two areas clash. AreaPart.astro keeps each rendered part until both have used it
// (`renderedOnce`).

/** The attributes that hold one id (`for`) or a list of ids (the ARIA relations, `headers`). */
const ID_LISTS = /\s(aria-describedby|aria-labelledby|aria-controls|aria-owns|aria-details|aria-errormessage|aria-flowto|headers|for)="([^"]*)"/g;

/**
 * An area's text as rendered for its own page, made fit to share a page with other areas: h2–h5
 * become h3–h6 (the area's title is an h2 there, not an h1), and ids, in-page links (`href="#…"`)
 * and the attributes that name ids get `<scope>--` before each id. Only the site's own
 * serialized HTML is read, where text never holds a "<" and an attribute value never a double
 * quote (both escaped), so tags and attributes are found by their form alone. (An attribute
 * value that held "<h2" or ' id="' as text would be misread; none of the site's does.)
 */
export function scopedText(html: string, scope: string): string {
  const scoped = (id: string) => `${scope}--${id}`;
  return html
    .replace(/<(\/?)h([2-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
    .replace(/\sid="([^"]*)"/g, (_, id: string) => ` id="${scoped(id)}"`)
    .replace(/\shref="#([^"]*)"/g, (_, id: string) => ` href="#${scoped(id)}"`)
    .replace(ID_LISTS, (_, name: string, ids: string) => ` ${name}="${ids.split(/\s+/).filter(Boolean).map(scoped).join(' ')}"`);
}

/** Rendered texts waiting for their other use, by key, with how many uses are still to come. */
const waiting = new Map<string, { html: Promise<string>; uses: number }>();

/**
 * The HTML `render` makes for `key`, rendered on the first of `uses` calls and handed to the
 * others; it is let go after the last, so a build holds only texts still to be shown again. A
 * call beyond `uses` renders anew (the same HTML, only slower). A failed render is not kept.
 */
export function renderedOnce(key: string, uses: number, render: () => Promise<string>): Promise<string> {
  const kept = waiting.get(key);
  if (kept) {
    kept.uses -= 1;
    if (kept.uses <= 0) waiting.delete(key);
    return kept.html;
  }
  const html = render();
  if (uses > 1) {
    waiting.set(key, { html, uses: uses - 1 });
    html.catch(() => waiting.delete(key));
  }
  return html;
}

// The printed page's footer as CSS. @page margin boxes show only strings and counters, never
// the page's DOM (Chromium has no string-set or running elements), so every page links a small
// stylesheet, written at build time, that carries its own title. Inline <style> is no option:
// the site's CSP allows stylesheets from its own origin only.

/**
 * Writes text as a CSS string literal, quotes included. Everything outside printable ASCII is
 * hex-escaped, so quotes, backslashes and line breaks are safe and the file's encoding never matters.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    // The space ends the escape, so a following hex digit is not read as part of it.
    else out += `\\${code.toString(16)} `;
  }
  return `${out}"`;
}

/** Turns a page-number template into CSS content: "Side {page} af {pages}" → "Side " counter(page) " af " counter(pages). */
export function counterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** What the footer of every printed page says. */
export interface FooterText {
  /** Site name and document, the same on every page. */
  document: string;
  /** The page's own title. */
  title: string;
  /** The page number, with {page} and {pages} where the numbers go. */
  pageNumber: string;
}

/** A part of a page that prints under its own title (an area in the booklet), found by its element id. */
export interface PrintSection {
  id: string;
  title: string;
}

/**
 * The stylesheet with a page's footer. Sections become CSS named pages with their own title in the
 * footer; a change of named page also starts a new sheet, so each section begins on a fresh page.
 */
export function footerStylesheet(footer: FooterText, sections: readonly PrintSection[] = []): string {
  const left = (title: string) => `  @bottom-left { content: ${cssString(`${footer.document}\n${title}`)}; }\n`;
  let css = `@page {\n${left(footer.title)}  @bottom-right { content: ${counterContent(footer.pageNumber)}; }\n}\n`;
  sections.forEach((section, index) => {
    const name = `afsnit-${index + 1}`;
    css += `[id=${cssString(section.id)}] { page: ${name}; }\n@page ${name} {\n${left(section.title)}}\n`;
  });
  return css;
}

/**
 * Rules that print the full address after each link to another page of the site, for a site whose
 * address (`origin`) is known; links to a part of the same printout (`inside`, as hrefs) and links
 * in tables (the addresses would crowd the columns) stay words only. The exceptions add no
 * specificity (:where), so a plain rule such as print.css's for glossary terms still wins.
 */
export function linkAddressRules(origin: string, inside: readonly string[] = []): string {
  const not = inside.map((href) => `:not([href=${cssString(href)}])`).join('');
  return (
    `main a[href^="/"]${not ? `:where(${not})` : ''}::after { content: " (" ${cssString(origin.replace(/\/+$/, ''))} attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }\n` +
    'main table a[href]::after { content: none; }\n'
  );
}

/**
 * The name under which a page's footer stylesheet is published, from the page's URL path:
 * "/omraader/x/" → "omraader/x", "/" → "index", "/404.html" → "404". The base is removed first.
 */
export function printSlug(pathname: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = `${pathname}/`.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  const slug = path.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return slug === '' ? 'index' : slug;
}

/** Site-relative path of a page's footer stylesheet: "omraader/x" → "print/omraader/x.css". */
export function footerStylesheetPath(slug: string): string {
  return `print/${slug}.css`;
}

/** Media queries in range syntax written with min-/max- (Paged.js 0.4.3 reads only those): "(width>=64em)" → "(min-width:64em)". */
export function legacyMediaQueries(css: string): string {
  return css.replace(/\(\s*(width|height)\s*(>=|<=)\s*([^)]+?)\s*\)/g, (_, feature: string, op: string, value: string) => `(${op === '>=' ? 'min' : 'max'}-${feature}:${value})`);
}

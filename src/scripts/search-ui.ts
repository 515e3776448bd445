// The search UI, loaded on demand by search-enhance.ts: results as you type, a count that screen
// readers hear, and the keyboard: arrows move between results, Enter opens one, Esc closes or clears.
// Results are links, so opening one is the browser's own doing; focus moves, the box keeps its text.
// On a page of one budget document (body[data-budget-document]) it searches that document first,
// with a button to search them all; Enter and "Vis alle" take that document along to the search
// page (?dokument=), which searches it first in the same way.
import { da } from '../i18n/da.ts';
import { createSpeller } from '../lib/danish-spelling.ts';
import { formatNumber } from '../lib/format.ts';
import { planSearch, withinDocument, type SearchStep } from '../lib/search-query.ts';
import { excerptParts, mergeResults, orderResults, showResult, type ResultData, type ShownResult } from '../lib/search-results.ts';
import { pathWithBase } from '../lib/url.ts';

/** The part of Pagefind's browser API this site uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** How many results the header's panel lists before it links to the search page. */
const PANEL_LIMIT = 5;
/** The search page's parameter naming the document to search first (a document's label, as in the index's "dokument" filter). */
const SCOPE_PARAM = 'dokument';

let pagefind: Promise<Pagefind> | undefined;
let speller: Promise<(word: string) => string> | undefined;

/** Loads the site's words (written beside the index at build time) for respelling queries. */
function loadSpeller(): Promise<(word: string) => string> {
  speller ??= fetch(pathWithBase('pagefind/ord.json'))
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => [])
    .then(createSpeller);
  return speller;
}

/** Runs a query's searches and joins their results (search-query.ts, search-results.ts). */
async function runSearch(module: Pagefind, steps: readonly SearchStep[]): Promise<PagefindResult[]> {
  const lists = await Promise.all(
    steps.map(async (step) => {
      const { results } = await module.search(step.term, { filters: step.filters });
      if (!step.order) return { place: step.place, results };
      const loaded = await Promise.all(results.map(async (result) => ({ result, data: await result.data() })));
      return { place: step.place, results: orderResults(loaded, step.order).map((entry) => entry.result) };
    }),
  );
  return mergeResults(lists, (result) => result.id);
}

/** Loads Pagefind once, from the site's own bundle under the base path. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ pathWithBase('pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: pathWithBase(''), excerptLength: 24, excerptEllipsis: '…' });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined; // let the next keystroke try again
    throw error;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function resultItem(result: ShownResult): HTMLLIElement {
  const link = element('a');
  link.href = result.url;
  link.append(result.title);
  if (result.section) {
    // The comma is for screen readers, which read the link as one phrase.
    link.append(element('span', 'visually-hidden', ', '), element('span', 'search__section', result.section));
  }
  const item = element('li');
  item.append(link);
  // Styled as a section line: a line of its own, under the title.
  if (result.document) item.append(element('span', 'search__section search__document', result.document));
  const excerpt = element('p', 'search__excerpt');
  for (const part of excerptParts(result.excerpt)) excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);
  item.append(excerpt);
  return item;
}

/** The search page's address for a query, within a document when `scope` names one. */
function searchPageAddress(query: string, scope: string | undefined): string {
  const params = new URLSearchParams({ q: query });
  if (scope) params.set(SCOPE_PARAM, scope);
  return `${pathWithBase('soeg/')}?${params}`;
}

function allResultsItem(query: string, total: number, scope: string | undefined): HTMLLIElement {
  const link = element('a', undefined, da.search.showAll(formatNumber(total)));
  // The same search on the search page: the same document, so the same results.
  link.href = searchPageAddress(query, scope);
  const item = element('li');
  item.append(link);
  return item;
}

/** Wires one search form (header box or search page); safe to call twice. */
export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced !== undefined) return;
  form.dataset.enhanced = '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const onPage = form.dataset.search === 'page';
  // The document searched first, until the reader asks for all: the page's own, or on the search
  // page the one a document page's box sent along (?dokument=).
  const sent = onPage ? new URL(location.href).searchParams.get(SCOPE_PARAM) : null;
  let scope = sent || document.body.dataset.budgetDocument || undefined;
  // Enter in the header box opens the search page with the same scope.
  const scopeField = onPage ? undefined : element('input');
  if (scopeField) {
    scopeField.type = 'hidden';
    scopeField.name = SCOPE_PARAM;
    scopeField.disabled = !scope;
    scopeField.value = scope ?? '';
    input.after(scopeField);
  }
  const widen = element('button', 'search__widen', da.search.allDocuments);
  widen.type = 'button';
  widen.hidden = true;
  status.after(widen);
  widen.addEventListener('click', () => {
    scope = undefined;
    if (scopeField) scopeField.disabled = true;
    widen.hidden = true;
    input.focus();
    update();
  });
  let latest = 0;
  let queue = Promise.resolve();

  const links = () => [...list.querySelectorAll('a')];
  const close = () => {
    latest += 1; // answers still on their way are dropped
    status.textContent = '';
    list.hidden = true;
    widen.hidden = true;
    list.replaceChildren();
  };

  const render = (query: string, total: number, results: ShownResult[]) => {
    status.textContent = total === 0 ? da.search.none(query, scope) : da.search.count(formatNumber(total), query, scope);
    widen.hidden = !scope;
    const items = results.map(resultItem);
    if (total > results.length) items.push(allResultsItem(query, total, scope));
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
  };

  const update = (): void => {
    const query = input.value.trim();
    if (onPage) {
      // The address follows the box, so a result list can be bookmarked or shared.
      const address = new URL(location.href);
      if (query) address.searchParams.set('q', query);
      else address.searchParams.delete('q');
      if (scope) address.searchParams.set(SCOPE_PARAM, scope);
      else address.searchParams.delete(SCOPE_PARAM);
      history.replaceState(history.state, '', address);
    }
    if (!query) return close();
    const run = ++latest;
    // One search at a time, and only the newest: queries typed meanwhile are skipped, and
    // Pagefind never runs two searches over each other while it is still loading its index.
    queue = queue.then(async () => {
      if (run !== latest) return;
      try {
        const [module, respell] = await Promise.all([loadPagefind(), loadSpeller()]);
        const steps = planSearch(query, respell);
        const results = await runSearch(module, scope ? withinDocument(steps, scope) : steps);
        const shown = onPage ? results : results.slice(0, PANEL_LIMIT);
        const data = await Promise.all(shown.map((result) => result.data()));
        if (run === latest) render(query, results.length, data.map(showResult));
      } catch {
        if (run === latest) status.textContent = da.search.loadError;
      }
    });
  };

  input.addEventListener('input', () => update());
  input.addEventListener('focus', () => {
    if (!status.textContent && input.value.trim()) update();
  });

  form.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : items[at - 1])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!onPage && status.textContent) {
        // Focus first: focusing the box with the list closed would search again and reopen it.
        input.focus();
        close();
      } else if (at >= 0) {
        input.focus();
      } else {
        input.value = '';
        update();
      }
    }
  });

  if (onPage) {
    // Enter on the search page searches in place; without this script it reloads with ?q=.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    input.value = new URL(location.href).searchParams.get('q') ?? '';
  } else {
    // The panel closes when the reader leaves it: by pointer anywhere else, or by Tab.
    document.addEventListener('pointerdown', (event) => {
      if (!form.contains(event.target as Node)) close();
    });
    form.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && !form.contains(next)) close();
    });
  }

  // Start fetching Pagefind now that search is in use, so the first results come sooner.
  loadPagefind().catch(() => {});
  void loadSpeller();
  if (input.value.trim()) update();
}

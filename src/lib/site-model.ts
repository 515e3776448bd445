// The site's model, built once per build from the content collections and handed to pages:
// every document with its facts and its areas in order, the accounts across documents, and the
// lookups pages need. Pages and components render it; they do not query content themselves.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { collectAccounts, PASSAGES_KEY, type Account, type AccountPassage } from './accounts.ts';
import { totalNetBudget } from './budget.ts';
import { committeeSlug, documentLabel, newestFirst, sameAreaFinder } from './documents.ts';
import { inDocumentOrder, neighbours, relatedAreas } from './navigation.ts';
import type { AreaData } from './schemas/area.ts';
import type { DocumentData } from './schemas/document.ts';
import { areaPath } from './url.ts';

/** One document: one budget year of one committee. */
export interface DocumentModel {
  /** The folder name, "2022-oekonomiudvalget". */
  id: string;
  facts: DocumentData;
  budgetYear: number;
  committee: string;
  /** The committee in URLs, "oekonomiudvalget". */
  committeeSlug: string;
  /** "Budget 2022, Økonomiudvalget" */
  label: string;
  /** The areas in document order. */
  areas: AreaModel[];
  /** The sum of the areas' net budgets, computed by the site (the notes state no total). */
  total: number;
}

/** One budget area of one document. */
export interface AreaModel {
  /** "<document>/<slug>", unique across the site. */
  id: string;
  /** The file name, unique within its document. */
  slug: string;
  document: DocumentModel;
  data: AreaData;
  /** The content entry, for rendering its text. */
  entry: CollectionEntry<'omraader'>;
}

/** The whole site. */
export interface SiteModel {
  /** Newest year first; within a year by committee. */
  documents: DocumentModel[];
  /** The newest document (the first). */
  newest: DocumentModel;
  /** Every area of every document. */
  areas: AreaModel[];
  /** Every function account named by any document, by number. */
  accounts: Account[];
  area(id: string): AreaModel;
  /** The same area in the other documents, oldest first. */
  sameAreaElsewhere(area: AreaModel): AreaModel[];
  /** Related areas of the same document, declared and derived. */
  related(area: AreaModel): AreaModel[];
  /** The areas before and after in document order. */
  neighbours(area: AreaModel): { previous?: AreaModel | undefined; next?: AreaModel | undefined };
  /** How site-wide pages link to each area: its title (with its document, once there are several) and URL. */
  areaLinks: ReadonlyMap<string, AreaLink>;
}

/** A link to an area from a site-wide page (accounts). */
export interface AreaLink {
  title: string;
  href: string;
}

/** Runs a navigation function (which keys areas by `id`) over one document's areas keyed by slug. */
function bySlug<R>(areas: readonly AreaModel[], run: (keyed: { id: string; data: AreaData; area: AreaModel }[]) => R): R {
  return run(areas.map((area) => ({ id: area.slug, data: area.data, area })));
}

/** Builds the model from the collections' entries (pure apart from the entries it is given). */
export function buildSiteModel(
  documentEntries: readonly CollectionEntry<'dokumenter'>[],
  areaEntries: readonly CollectionEntry<'omraader'>[],
): SiteModel {
  const documents = newestFirst(
    documentEntries.map((entry): DocumentModel => ({
      id: entry.id,
      facts: entry.data,
      budgetYear: entry.data.budgetYear,
      committee: entry.data.committee,
      committeeSlug: committeeSlug(entry.data.committee),
      label: documentLabel(entry.data),
      areas: [],
      total: 0,
    })),
  );
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const areas: AreaModel[] = [];
  for (const entry of areaEntries) {
    const [documentId = '', slug = ''] = entry.id.split('/');
    const document = byId.get(documentId);
    if (!document) throw new Error(`${entry.filePath ?? entry.id}: no document "${documentId}" (the loader should have stopped the build)`);
    const area: AreaModel = { id: entry.id, slug, document, data: entry.data, entry };
    document.areas.push(area);
    areas.push(area);
  }
  for (const doc of documents) {
    doc.areas = inDocumentOrder(doc.areas);
    doc.total = totalNetBudget(doc.areas.map((area) => area.data));
  }
  const newest = documents[0];
  if (!newest) throw new Error('The site has no documents (the loader should have stopped the build)');
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const elsewhere = sameAreaFinder(areas.map((area) => ({ id: area.id, slug: area.slug, document: area.document, sameAreaAs: area.data.sameAreaAs, area })));
  return {
    documents,
    newest,
    areas,
    accounts: collectAccounts(areas),
    areaLinks: new Map(
      areas.map((area) => [
        area.id,
        { title: documents.length > 1 ? `${area.data.title} (${area.document.label})` : area.data.title, href: areaPath(area.document, area.slug) },
      ]),
    ),
    area(id) {
      const area = areaById.get(id);
      if (!area) throw new Error(`No area "${id}"`);
      return area;
    },
    sameAreaElsewhere: (area) => elsewhere(area.id).map((other) => other.area),
    related: (area) => bySlug(area.document.areas, (keyed) => relatedAreas(keyed, area.slug).map((k) => k.area)),
    neighbours: (area) =>
      bySlug(area.document.areas, (keyed) => {
        const { previous, next } = neighbours(keyed, area.slug);
        return { previous: previous?.area, next: next?.area };
      }),
  };
}

let cached: Promise<SiteModel> | undefined;

/** The site model. Built once per build; rebuilt on every call in `astro dev`, where content changes. */
export function getSiteModel(): Promise<SiteModel> {
  if (cached && import.meta.env.PROD) return cached;
  cached = (async () => buildSiteModel(await getCollection('dokumenter'), await getCollection('omraader')))();
  return cached;
}

type Rendered = Awaited<ReturnType<typeof render>>;
const renderedEntries = new WeakMap<AreaModel['entry'], Promise<Rendered>>();

/**
 * An area's rendered text (its Content component, headings and the plugins' frontmatter), once per
 * entry in a build: the area page, the booklet and the account pages all ask for it (at 1,000
 * areas, Astro's `render()` three times per area). `astro dev` renders on every request, as the
 * site model and AreaPart do there, so an edited text shows at once.
 */
export function renderArea(area: AreaModel): Promise<Rendered> {
  if (!import.meta.env.PROD) return render(area.entry);
  let rendered = renderedEntries.get(area.entry);
  if (!rendered) {
    rendered = render(area.entry);
    renderedEntries.set(area.entry, rendered);
  }
  return rendered;
}

/** Each area's passages that mention accounts, as the account-link plugin recorded them while rendering. */
export async function getAccountPassages(areas: readonly AreaModel[]): Promise<{ id: string; passages: AccountPassage[] }[]> {
  return Promise.all(
    areas.map(async (area) => {
      const { remarkPluginFrontmatter } = await renderArea(area);
      const passages = (remarkPluginFrontmatter[PASSAGES_KEY] ?? []) as AccountPassage[];
      return { id: area.id, passages };
    }),
  );
}

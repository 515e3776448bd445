// Generated content for the benchmark: a municipality's many budget documents, made from the
// real document's areas. Every generated document is a copy of the real one under another
// committee and year: the same areas with their frontmatter, text and accounts, so each is
// valid for every check (unique order within the document, related slugs within the document,
// account mentions that match the accounts the areas list).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes } from '../../src/lib/import/parse.ts';
import { physicalLines } from '../../src/lib/source-format/lines.ts';
import { slugify } from '../../src/lib/slug.ts';

/** One area of a generated document: its slug (unique within the document) and its MDX file. */
export interface GeneratedArea {
  slug: string;
  text: string;
}

/** One generated document: its facts (as dokument.json holds them) and its areas in order. */
export interface GeneratedDocument {
  budgetYear: number;
  committee: string;
  facts: Record<string, unknown>;
  areas: GeneratedArea[];
  /** Its source text (kildetekst.txt): the real one, cut after the document's last area when it has fewer. */
  sourceText: string;
}

/** Committees of a Danish municipality; more documents than these × ten years get numbered ones. */
const COMMITTEES = [
  'Økonomiudvalget',
  'Teknik- og Miljøudvalget',
  'Børne- og Ungeudvalget',
  'Social- og Sundhedsudvalget',
  'Kultur- og Fritidsudvalget',
  'Beskæftigelsesudvalget',
];
const YEARS = 10;

/** The real content's (first) document folder: content/dokumenter/<id>/, or content/ before issue 10. */
function realDocumentDir(contentDir: string): string {
  const documents = join(contentDir, 'dokumenter');
  return existsSync(documents) ? join(documents, readdirSync(documents).sort()[0] ?? '') : contentDir;
}

/** The real document: its areas (file name and text), its facts and its source text file. */
function readReal(contentDir: string) {
  const dir = realDocumentDir(contentDir);
  const areas = readdirSync(join(dir, 'omraader'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.mdx$/, ''), text: readFileSync(join(dir, 'omraader', name), 'utf-8') }));
  const facts = JSON.parse(readFileSync(join(dir, 'dokument.json'), 'utf-8')) as Record<string, string | number> & { source?: { file?: string } };
  const sourceFile = facts.source?.file ? join(dir, facts.source.file) : join(dir, 'kildetekst.txt');
  return { areas, facts, sourceText: readFileSync(sourceFile, 'utf-8') };
}

/** The source text of the first `count` areas (in the source's order): the text before the next area's title. */
function sourceOfFirstAreas(raw: string, count: number): string {
  const next = parseNotes(raw).areas[count];
  return next ? `${physicalLines(raw).slice(0, next.line - 1).join('\n')}\n` : raw;
}

/**
 * `areaCount` areas in documents of the real document's size (17 areas: 1,000 areas make 59
 * documents), newest year first, each committee once a year. The last document may be shorter:
 * the real document's first areas, with the source text up to the first it lacks (the build checks
 * every document against its source); its areas then drop relations to areas it lacks.
 */
export function generateDocuments(realContentDir: string, areaCount: number): GeneratedDocument[] {
  const real = readReal(realContentDir);
  const perDocument = real.areas.length;
  const documentCount = Math.ceil(areaCount / perDocument);
  const committees = [...COMMITTEES];
  while (committees.length * YEARS < documentCount) committees.push(`Udvalg ${committees.length + 1}`);
  const realYear = Number(real.facts.budgetYear ?? 2022);
  const inOrder = [...real.areas].sort((a, b) => orderOf(a.text) - orderOf(b.text));
  return Array.from({ length: documentCount }, (_, d) => {
    const budgetYear = realYear - (d % YEARS);
    const committee = committees[Math.floor(d / YEARS)] ?? 'Udvalg';
    const count = Math.min(perDocument, areaCount - d * perDocument);
    const areas = inOrder.slice(0, count);
    const slugs = new Set(areas.map((a) => a.slug));
    return {
      sourceText: count === perDocument ? real.sourceText : sourceOfFirstAreas(real.sourceText, count),
      budgetYear,
      committee,
      facts: {
        municipality: real.facts.municipality,
        committee,
        budgetYear,
        stage: real.facts.stage,
        title: real.facts.title,
        source: { title: `Bemærkninger, Budget ${budgetYear}, ${committee}` },
      },
      areas: areas.map((area) => ({
        slug: area.slug,
        text: area.text
          .replace(/^order: \d+$/m, `order: ${areas.indexOf(area) + 1}`)
          .replace(/^related: \[(.*)\]\n/m, (_, list: string) => {
            const kept = list.split(',').map((s) => s.trim()).filter((s) => slugs.has(s));
            return kept.length > 0 ? `related: [${kept.join(', ')}]\n` : '';
          }),
      })),
    };
  });
}

function orderOf(text: string): number {
  return Number(/^order: (\d+)$/m.exec(text)?.[1] ?? 0);
}

/** The folder name of a document: "<budgetYear>-<slug(committee)>". */
export function documentFolder(doc: Pick<GeneratedDocument, 'budgetYear' | 'committee'>): string {
  return `${doc.budgetYear}-${slugify(doc.committee)}`;
}

/**
 * The layout of issue 10: content/dokumenter/<year>-<committee>/{dokument.json, kildetekst.txt,
 * omraader/*.mdx}, plus content/site.json. Returns the glob of the areas' files.
 */
export function writeDocumentsLayout(contentDir: string, documents: readonly GeneratedDocument[]): string {
  if (!existsSync(join(contentDir, 'site.json'))) writeFileSync(join(contentDir, 'site.json'), '{}\n');
  rmSync(join(contentDir, 'omraader'), { recursive: true, force: true });
  rmSync(join(contentDir, 'dokumenter'), { recursive: true, force: true });
  for (const doc of documents) {
    const folder = join(contentDir, 'dokumenter', documentFolder(doc));
    mkdirSync(join(folder, 'omraader'), { recursive: true });
    writeFileSync(join(folder, 'dokument.json'), `${JSON.stringify(doc.facts, null, 2)}\n`);
    writeFileSync(join(folder, 'kildetekst.txt'), doc.sourceText);
    for (const area of doc.areas) writeFileSync(join(folder, 'omraader', `${area.slug}.mdx`), area.text);
  }
  return 'dokumenter/*/omraader/*.mdx';
}

/** The layout the site reads. */
export const writeContent = writeDocumentsLayout;

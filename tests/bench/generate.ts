// Generated content for the benchmark: a municipality's many budget documents, made from the
// real document's areas. Every generated document is a copy of the real one under another
// committee and year: the same areas with their frontmatter, text and accounts, so each is
// valid for every check (unique order within the document, related slugs within the document,
// account mentions that match the accounts the areas list).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const sourceText = facts.source?.file ? join(dir, facts.source.file) : join(dir, 'kildetekst.txt');
  return { areas, facts, sourceText };
}

/**
 * `areaCount` areas in documents of the real document's size (17 areas: 1,000 areas make 59
 * documents), newest year first, each committee once a year. The last document may be shorter;
 * its areas then drop relations to areas it lacks.
 */
export function generateDocuments(realContentDir: string, areaCount: number): GeneratedDocument[] {
  const real = readReal(realContentDir);
  const perDocument = real.areas.length;
  const documentCount = Math.ceil(areaCount / perDocument);
  const committees = [...COMMITTEES];
  while (committees.length * YEARS < documentCount) committees.push(`Udvalg ${committees.length + 1}`);
  const realYear = Number(real.facts.budgetYear ?? 2022);
  return Array.from({ length: documentCount }, (_, d) => {
    const budgetYear = realYear - (d % YEARS);
    const committee = committees[Math.floor(d / YEARS)] ?? 'Udvalg';
    const areas = real.areas.slice(0, Math.min(perDocument, areaCount - d * perDocument));
    const slugs = new Set(areas.map((a) => a.slug));
    // Orders stay unique within the document: number the areas 1…n in the real document's order.
    const byOrder = [...areas].sort((a, b) => orderOf(a.text) - orderOf(b.text));
    return {
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
          .replace(/^order: \d+$/m, `order: ${byOrder.indexOf(area) + 1}`)
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
export function writeDocumentsLayout(contentDir: string, realContentDir: string, documents: readonly GeneratedDocument[]): string {
  if (!existsSync(join(contentDir, 'site.json'))) writeFileSync(join(contentDir, 'site.json'), '{}\n');
  const sourceFile = readReal(realContentDir).sourceText;
  rmSync(join(contentDir, 'omraader'), { recursive: true, force: true });
  rmSync(join(contentDir, 'dokumenter'), { recursive: true, force: true });
  for (const doc of documents) {
    const folder = join(contentDir, 'dokumenter', documentFolder(doc));
    mkdirSync(join(folder, 'omraader'), { recursive: true });
    writeFileSync(join(folder, 'dokument.json'), `${JSON.stringify(doc.facts, null, 2)}\n`);
    copyFileSync(sourceFile, join(folder, 'kildetekst.txt'));
    for (const area of doc.areas) writeFileSync(join(folder, 'omraader', `${area.slug}.mdx`), area.text);
  }
  return 'dokumenter/*/omraader/*.mdx';
}

/**
 * The single-document layout (content/omraader/*.mdx, content/dokument.json) that the site reads
 * until issue 10 lands: every document's areas in one folder, slugs and relations numbered by
 * document ("beredskab-3"), orders running on through the documents. Returns the areas' glob.
 */
export function writeSingleLayout(contentDir: string, _realContentDir: string, documents: readonly GeneratedDocument[]): string {
  const dir = join(contentDir, 'omraader');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let offset = 0;
  documents.forEach((doc, d) => {
    const n = d + 1;
    for (const area of doc.areas) {
      const text = area.text
        .replace(/^title: "(.*)"$/m, `title: "$1 (${doc.committee} ${doc.budgetYear})"`)
        .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${offset + Number(order)}`)
        .replace(/^related: \[(.*)\]$/m, (_, list: string) => `related: [${list.split(',').map((s) => `${s.trim()}-${n}`).join(', ')}]`);
      writeFileSync(join(dir, `${area.slug}-${n}.mdx`), text);
    }
    offset += doc.areas.length;
  });
  return 'omraader/*.mdx';
}

/** The layout the site reads (issue 10's; `writeSingleLayout` for a site of one document). */
export const writeContent = writeDocumentsLayout;

// Pure functions over several documents: their order, labels, the same area across documents,
// an area's net budget over the years, and account counts across documents.
import type { AccountRow } from './accounts.ts';
import type { RecipientColumnData } from './schemas/area.ts';
import { da } from '../i18n/da.ts';
import { formatKroner, formatSignedNumber, formatSignedPercent } from './format.ts';
import { slugify } from './slug.ts';

/** The least of a document these functions need. */
export interface DocumentKey {
  id: string;
  budgetYear: number;
  committee: string;
}

/** How a document is named to readers: "Budget 2022, Økonomiudvalget". */
export function documentLabel(doc: Pick<DocumentKey, 'budgetYear' | 'committee'>): string {
  return `Budget ${doc.budgetYear}, ${doc.committee}`;
}

/** The URL segment of a committee: "Økonomiudvalget" → "oekonomiudvalget". */
export function committeeSlug(committee: string): string {
  return slugify(committee);
}

/** Documents newest year first; within a year by committee (Danish order). */
export function newestFirst<T extends DocumentKey>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => b.budgetYear - a.budgetYear || a.committee.localeCompare(b.committee, 'da'));
}

/** Documents grouped by committee (committees in Danish order), each group newest first. */
export function byCommittee<T extends DocumentKey>(docs: readonly T[]): { committee: string; documents: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const doc of newestFirst(docs)) groups.set(doc.committee, [...(groups.get(doc.committee) ?? []), doc]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'da'))
    .map(([committee, documents]) => ({ committee, documents }));
}

/** The least of an area the cross-document functions need. */
export interface LinkedArea {
  /** "<document>/<slug>" */
  id: string;
  slug: string;
  document: DocumentKey;
  /** Areas declared the same in other documents ("<document>/<slug>"). */
  sameAreaAs?: readonly string[] | undefined;
}

/**
 * The same area in other documents, oldest year first: areas with the same slug in documents of
 * the same committee, and areas linked by `sameAreaAs` (either way), followed through each other.
 */
export function sameAreaElsewhere<T extends LinkedArea>(areas: readonly T[], id: string): T[] {
  return sameAreaFinder(areas)(id);
}

/**
 * `sameAreaElsewhere` for many areas of one set: indexes the set once (by slug and committee, and
 * by `sameAreaAs` both ways), so each lookup follows only the links of its own areas. Scanning
 * every area for every link made a site's area pages quadratic in its number of areas.
 */
export function sameAreaFinder<T extends LinkedArea>(areas: readonly T[]): (id: string) => T[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const key = (area: T) => `${area.document.committee}\u0000${area.slug}`;
  const sameName = new Map<string, T[]>();
  const linkedFrom = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, at: string, area: T) => {
    const list = map.get(at);
    if (list) list.push(area);
    else map.set(at, [area]);
  };
  for (const area of areas) {
    add(sameName, key(area), area);
    for (const target of area.sameAreaAs ?? []) add(linkedFrom, target, area);
  }
  const neighbours = (area: T): T[] => [
    ...(sameName.get(key(area)) ?? []),
    ...(area.sameAreaAs ?? []).flatMap((target) => byId.get(target) ?? []),
    ...(linkedFrom.get(area.id) ?? []),
  ];
  return (id) => {
    const start = byId.get(id);
    if (!start) return [];
    const seen = new Set([start.id]);
    const queue = [start];
    for (let area = queue.shift(); area; area = queue.shift()) {
      for (const next of neighbours(area)) {
        if (!seen.has(next.id)) {
          seen.add(next.id);
          queue.push(next);
        }
      }
    }
    return [...seen]
      .filter((other) => other !== id)
      .flatMap((other) => byId.get(other) ?? [])
      .sort((a, b) => a.document.budgetYear - b.document.budgetYear || a.document.committee.localeCompare(b.document.committee, 'da'));
  };
}

/** One year of an area's net budget, with the change from the year before it in the list. */
export interface NetBudgetYear {
  documentId: string;
  budgetYear: number;
  label: string;
  netBudget: number;
  /** Change in kroner from the previous row; undefined on the first row. */
  change?: number;
  /** Change as a ratio of the previous row's amount; undefined on the first row or from 0. */
  changeRatio?: number;
}

/** An area's net budget per budget year (oldest first), with changes between consecutive rows. */
export function netBudgetOverYears(
  areas: readonly { document: DocumentKey; netBudget: number }[],
): NetBudgetYear[] {
  const sorted = [...areas].sort((a, b) => a.document.budgetYear - b.document.budgetYear || a.document.committee.localeCompare(b.document.committee, 'da'));
  // Two documents of one year (an area moved between committees) are told apart by committee.
  const years = sorted.map((area) => area.document.budgetYear);
  return sorted.map((area, index) => {
    const previous = sorted[index - 1];
    const repeated = years.filter((year) => year === area.document.budgetYear).length > 1;
    const row: NetBudgetYear = {
      documentId: area.document.id,
      budgetYear: area.document.budgetYear,
      label: repeated ? documentLabel(area.document) : `Budget ${area.document.budgetYear}`,
      netBudget: area.netBudget,
    };
    if (previous) {
      row.change = area.netBudget - previous.netBudget;
      if (previous.netBudget !== 0) row.changeRatio = row.change / previous.netBudget;
    }
    return row;
  });
}

/** One figure of an account's counts: a row's count in one column of one document's table. */
export interface AccountCount {
  year: number;
  kind: RecipientColumnData['kind'];
  /** The column's heading in its table, e.g. "Faktisk antal 2020". */
  columnLabel: string;
  /** The row's label, e.g. "Kontanthjælp". */
  rowLabel: string;
  count: number;
  documentId: string;
  areaId: string;
  /** Other documents that give a different count for the same row, year and kind. */
  differsFrom: { documentId: string; count: number }[];
}

/**
 * Every count of an account across documents, ordered by year, kind (faktisk first), row and
 * document. Where two documents give the same row, year and kind different counts, both are kept
 * and each names the other: they are never merged.
 */
export function accountCountsOverYears(
  rows: readonly AccountRow[],
  documentOf: (areaId: string) => DocumentKey,
): AccountCount[] {
  const counts: AccountCount[] = rows.flatMap((row) =>
    row.columns.map((column, index) => ({
      year: column.year,
      kind: column.kind,
      columnLabel: column.label,
      rowLabel: row.label,
      count: row.values[index] ?? 0,
      documentId: documentOf(row.areaId).id,
      areaId: row.areaId,
      differsFrom: [],
    })),
  );
  for (const count of counts) {
    count.differsFrom = counts
      .filter((other) => other.documentId !== count.documentId && other.year === count.year && other.kind === count.kind && other.rowLabel === count.rowLabel && other.count !== count.count)
      .map((other) => ({ documentId: other.documentId, count: other.count }));
  }
  return counts.sort(
    (a, b) =>
      a.year - b.year ||
      (a.kind === b.kind ? 0 : a.kind === 'faktisk' ? -1 : 1) ||
      a.rowLabel.localeCompare(b.rowLabel, 'da') ||
      documentOf(a.areaId).budgetYear - documentOf(b.areaId).budgetYear,
  );
}

/** One sentence on an area's net budget over the years: first and last year and the change between them. */
export function overYearsSummary(years: readonly NetBudgetYear[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last || first === last) return '';
  const change = last.netBudget - first.netBudget;
  const percent = first.netBudget === 0 ? '' : ` (${formatSignedPercent(change / first.netBudget)})`;
  return da.area.overYearsSummary(first.label.replace(/^Budget/, 'budget'), formatKroner(first.netBudget), last.label.replace(/^Budget/, 'budget'), formatKroner(last.netBudget), `${formatSignedNumber(change)} kr.`, percent);
}

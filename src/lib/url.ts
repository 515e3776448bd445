// Every internal URL goes through here so the site works under any `base` (e.g. /budget/).

/** Prefixes a site-relative path with the configured base: "omraader/x/" → "/budget/omraader/x/". */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** What a document's URLs are made of: its budget year and its committee's slug. */
export interface DocumentAddress {
  budgetYear: number;
  committeeSlug: string;
}

/** Site-relative folder of a document, without base: "2022/oekonomiudvalget/". */
export function documentFolder(doc: DocumentAddress): string {
  return `${doc.budgetYear}/${doc.committeeSlug}/`;
}

/** URL of a document's overview: "/2022/oekonomiudvalget/". */
export function documentPath(doc: DocumentAddress, base?: string): string {
  return pathWithBase(documentFolder(doc), base);
}

/** URL of a budget area's page: "/2022/oekonomiudvalget/omraader/beredskab/". */
export function areaPath(doc: DocumentAddress, slug: string, base?: string): string {
  return pathWithBase(`${documentFolder(doc)}omraader/${slug}/`, base);
}

/** URL of a document's print booklet: "/2022/oekonomiudvalget/udskriv/". */
export function bookletPath(doc: DocumentAddress, base?: string): string {
  return pathWithBase(`${documentFolder(doc)}udskriv/`, base);
}

/** URL of a document's source text: "/2022/oekonomiudvalget/kildetekst.txt". */
export function sourceTextPath(doc: DocumentAddress, base?: string): string {
  return pathWithBase(`${documentFolder(doc)}kildetekst.txt`, base);
}

/** URL of the index of function accounts. */
export function accountIndexPath(base?: string): string {
  return pathWithBase('konti/', base);
}

/** The URL segment of a function account: "05.57.73" → "05-57-73" (dots would read as a file type). */
export function accountSlug(number: string): string {
  return number.replaceAll('.', '-');
}

/** URL of one function account's page: "05.57.73" → "/konti/05-57-73/". */
export function accountPath(number: string, base?: string): string {
  return pathWithBase(`konti/${accountSlug(number)}/`, base);
}

/** URL of the glossary ("Ord og forkortelser"), or of one entry on it: "kl" → "/ordliste/#kl". */
export function glossaryPath(id?: string, base?: string): string {
  return pathWithBase(id ? `ordliste/#${id}` : 'ordliste/', base);
}

/** URL of a document's open data page and its files: "/2022/oekonomiudvalget/data/", "…/data/omraader.csv". */
export function dataPath(doc: DocumentAddress, file = '', base?: string): string {
  return pathWithBase(`${documentFolder(doc)}data/${file}`, base);
}

/** URL of a file of the combined data set across documents: "/data/omraader.csv". */
export function combinedDataPath(file = '', base?: string): string {
  return pathWithBase(`data/${file}`, base);
}

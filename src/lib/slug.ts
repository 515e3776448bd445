// Heading ids that survive edits and read well in Danish: "Økonomistabens eget område" →
// "oekonomistabens-eget-omraade", the same transliteration the areas' file names use.

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * Ids the page itself uses outside the notes' text (main region, related areas, recipient table,
 * table of contents); a heading must not take one of them, or its anchor would jump elsewhere.
 */
export const PAGE_IDS: readonly string[] = [
  'indhold',
  'relaterede-omraader',
  'modtagertabel',
  'modtagertabel-caption',
  'oversigt-caption',
  'indhold-paa-siden',
];

/** A Danish-friendly slug: lowercase, æ→ae, ø→oe, å→aa, other accents dropped, hyphens between words. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs unique within one page: a repeated heading gets "-2", "-3", … */
export interface Slugger {
  slug(text: string): string;
}

/** A slugger for one page; `reserved` ids are treated as already taken. */
export function createSlugger(reserved: readonly string[] = PAGE_IDS): Slugger {
  const taken = new Set(reserved);
  return {
    slug(text) {
      // A heading of only punctuation still needs an id that is a valid fragment.
      const base = slugify(text) || 'afsnit';
      let candidate = base;
      for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
      taken.add(candidate);
      return candidate;
    },
  };
}

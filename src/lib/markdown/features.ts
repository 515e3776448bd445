// The Markdown features of the notes, shared by the site's processor (processor.ts) and the
// build's check of the areas' text (src/lib/area-text-check.ts), so both parse a text alike.

/** GFM tables and lists; quotes and dashes kept as written. */
export const FEATURES = { gfm: true, smartPunctuation: false } as const;

// Where a build's time went, read from what the build printed: Vite's bundling (server and
// client), Astro writing the pages, and (the site only) the print footers and the search index.

// A duration as Astro, Vite and the build script print it: "418ms", "12.34s", past a minute
// "1m 23s" (Vite also "2m").
const DURATION = String.raw`(\d+m(?!s)(?: \d+s)?|[\d.]+m?s)`;

/** A printed duration ("418ms", "12.34s", "1m 23s", "2m") in seconds; NaN when there is none. */
export function durationIn(text: string | undefined): number {
  if (!text) return Number.NaN;
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
}

/** The phases of a build from its output, as the benchmark's summary line shows them. */
export function phases(output: string): string {
  const vite = [...output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].reduce((sum, m) => sum + durationIn(m[1]), 0);
  const pages = durationIn(new RegExp(String.raw`^\S+ ✓ Completed in ${DURATION}\.$`, 'm').exec(output)?.[1]);
  const footers = durationIn(new RegExp(String.raw`Wrote print footers for \d+ pages in ${DURATION}`).exec(output)?.[1]);
  const index = durationIn(new RegExp(String.raw`Indexed \d+ pages for search \(Danish\) in ${DURATION}`).exec(output)?.[1]);
  const parts = [`Vite ${vite.toFixed(1)} s`, `pages ${pages.toFixed(1)} s`];
  if (!Number.isNaN(footers)) parts.push(`print footers ${footers.toFixed(1)} s`, `search index ${index.toFixed(1)} s`);
  return parts.join(', ');
}

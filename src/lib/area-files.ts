// The areas' frontmatter read straight from their files, for Markdown plugins that must know
// every area while one area is being rendered (the content collection is not available there).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroIntegration } from 'astro';
import { accountNumbers } from './accounts.ts';
import type { AreaData } from './schemas/area.ts';

/** An area file as read from disk: its id and its frontmatter, not yet validated. */
export interface AreaFile {
  id: string;
  data: Partial<AreaData>;
}

/** Each `*.mdx` in `dir` as its id and raw (unvalidated) frontmatter; the loader validates it. */
export function readAreaFiles(dir: string): AreaFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      id: basename(name, '.mdx'),
      data: parseFrontmatter(readFileSync(join(dir, name), 'utf-8')).frontmatter as Partial<AreaData>,
    }));
}

// The plugin asks for the accounts once per rendered file; reading every area's frontmatter each
// time makes a build quadratic (measured: 1,000 areas took 112 s, most of it here). In `astro dev`
// a reading is therefore reused for a second, so an edited frontmatter is seen by the next render
// but one; in a build, where the files cannot change, for the whole build (rereading every
// second still took 12% of a 1,000-area build's profile).
const REUSE_MS = 1000;
let reuseMs = REUSE_MS;
const readings = new Map<string, { at: number; numbers: Set<string> }>();

/** The account numbers that have a page, from the area files in `dir` (reused for a second, or a whole build). */
export function accountNumbersIn(dir: string, now = Date.now()): Set<string> {
  const reading = readings.get(dir);
  if (reading && now - reading.at < reuseMs) return reading.numbers;
  const numbers = accountNumbers(readAreaFiles(dir));
  readings.set(dir, { at: now, numbers });
  return numbers;
}

/** Reuses a reading of the account numbers for as long as the process lives (a build), or for a second (dev). */
export function reuseAccountReadings(forGood: boolean): void {
  reuseMs = forGood ? Number.POSITIVE_INFINITY : REUSE_MS;
}

/** Astro integration: in `astro build`, the account numbers are read once. */
export function readAccountsOncePerBuild(): AstroIntegration {
  return {
    name: 'budget-read-accounts-once',
    hooks: {
      'astro:config:setup': ({ command }) => reuseAccountReadings(command === 'build'),
    },
  };
}

// The areas' frontmatter read straight from their files, for Markdown plugins that must know
// every area while one area is being rendered (the content collection is not available there).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
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

/** The account numbers that have a page, from the area files in `dir`. */
export function accountNumbersIn(dir: string): Set<string> {
  return accountNumbers(readAreaFiles(dir));
}

// The areas' frontmatter read straight from their files, for Markdown plugins that must know
// every area while one area is being rendered (the content collection is not available there).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { accountNumbers, type AccountSourceArea } from './accounts.ts';

/** Each `*.mdx` in `dir` as its id and raw (unvalidated) frontmatter; the loader validates it. */
export function readAreaFiles(dir: string): AccountSourceArea[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      id: basename(name, '.mdx'),
      data: parseFrontmatter(readFileSync(join(dir, name), 'utf-8')).frontmatter as AccountSourceArea['data'],
    }));
}

/** The account numbers that have a page, from the area files in `dir`. */
export function accountNumbersIn(dir: string): Set<string> {
  return accountNumbers(readAreaFiles(dir));
}

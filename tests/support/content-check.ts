// The content checks the build runs during content sync (the area schema, then checks.ts over
// all entries), run in-process on a content folder: a bad-content case that only the schema or
// the checks can catch is proved in milliseconds instead of a build. What only a build can show
// (MDX compilation, rendering, Astro's own messages, no dist/ left) stays with full builds.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkAreas, formatProblems, type CheckedEntry } from '../../src/lib/checks.ts';
import { AreaSchema, type AreaData } from '../../src/lib/schemas/area.ts';

/**
 * Every problem the schema and the checks find in `contentDir/omraader`, one per line, each
 * naming the file (as the build does, relative to `root`), the field and what was wrong;
 * empty when the content is valid.
 */
export function checkContent(contentDir: string, root = contentDir): string {
  const dir = join(contentDir, 'omraader');
  const lines: string[] = [];
  const entries: CheckedEntry[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf-8' }).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = relative(root, join(dir, name));
    const text = readFileSync(join(dir, name), 'utf-8');
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(text);
    } catch (error) {
      lines.push(`${file}: frontmatter: ${(error as Error).message}`);
      continue;
    }
    const result = AreaSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      // As Astro reports a schema error: the field as a dotted path, then the schema's message.
      for (const issue of result.error.issues) lines.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    entries.push({ file, id: basename(name, '.mdx'), data: result.data as AreaData, body: parsed.content });
  }
  // As the loader: the checks across entries run only once every entry matches the schema.
  if (lines.length === 0) {
    const problems = checkAreas(entries);
    if (problems.length > 0) lines.push(formatProblems(problems));
  }
  return lines.join('\n');
}

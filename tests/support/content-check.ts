// The content checks the build runs during content sync (the area schema, then checks.ts per
// document and the links across documents), run in-process on a content folder: a bad-content
// case that only the schema or the checks can catch is proved in milliseconds instead of a build.
// What only a build can show (MDX compilation, rendering, the loader's file rules, Astro's own
// messages, no dist/ left) stays with full builds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkAreaLinks } from '../../src/lib/area-loader.ts';
import { checkAreas, formatProblems, type CheckedEntry } from '../../src/lib/checks.ts';
import { DOCUMENT_FILES } from '../../src/lib/content-dir.ts';
import { AreaSchema, type AreaData } from '../../src/lib/schemas/area.ts';

/**
 * Every problem the schema and the checks find in the areas of `contentDir/dokumenter/*`, one per
 * line, each naming the file (relative to `root`), the field and what was wrong; empty when the
 * content is valid.
 */
export function checkContent(contentDir: string, root = contentDir): string {
  const documentsDir = join(contentDir, 'dokumenter');
  const lines: string[] = [];
  const byDocument = new Map<string, CheckedEntry[]>();
  for (const document of readdirSync(documentsDir).sort()) {
    const dir = join(documentsDir, document, DOCUMENT_FILES.areas);
    if (!existsSync(dir)) continue;
    const entries: CheckedEntry[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = relative(root, join(dir, name));
      let parsed: ReturnType<typeof parseFrontmatter>;
      try {
        parsed = parseFrontmatter(readFileSync(join(dir, name), 'utf-8'));
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
      entries.push({ file, id: name.replace(/\.mdx$/, ''), data: result.data as AreaData, body: parsed.content });
    }
    byDocument.set(document, entries);
  }
  // As the loader: the checks across entries run only once every entry matches the schema.
  if (lines.length === 0) {
    const problems = [...byDocument.values()].flatMap((entries) => checkAreas(entries));
    problems.push(...checkAreaLinks([...byDocument].flatMap(([document, entries]) => entries.map((entry) => ({ document, entry })))));
    if (problems.length > 0) lines.push(formatProblems(problems));
  }
  return lines.join('\n');
}

// A word in capitals that the glossary does not explain is reported by the build, naming the
// file and the word, so next year's new abbreviations get an entry. It warns; the site is built.
import { describe, expect, it } from 'vitest';
import { buildWithContent, editArea, hasSite } from '../support/build.ts';

// A whole build of the site; on a busy machine that takes more than the default minute.
const BUILD_TIMEOUT = 300_000;

describe('a build whose text uses an abbreviation the glossary lacks', () => {
  it(
    'warns once, naming the file and the word, about it and nothing else, and still builds the site',
    () => {
      const build = buildWithContent((dir) =>
        editArea(dir, 'beredskab', 'Arbejdet pågår.', 'Arbejdet pågår i VSBV. Se også VSBVs plan og KL.'),
      );
      expect(build.status).toBe(0);
      expect(hasSite(build.outDir)).toBe(true);
      // Every other area is the real notes: one warning means they have none.
      const warnings = build.output.split('\n').filter((line) => line.includes('is written in capitals'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/beredskab\.mdx: "VSBV" is written in capitals, but the glossary has no entry for it\. Add "VSBV" to /);
    },
    BUILD_TIMEOUT,
  );
});

// A word in capitals that the glossary does not explain is reported by the build, naming the
// file and the word, so next year's new abbreviations get an entry. It warns; the site is built.
// The build is the shared fixture site, whose Beredskab text of 2022 has such a word (VSBV).
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSite, type FixtureBuild } from '../support/build.ts';
import { fixtureSite, UNKNOWN_ABBREVIATION } from '../support/fixture-sites.ts';

describe('a build whose text uses an abbreviation the glossary lacks', () => {
  let build: FixtureBuild;
  // A whole build of the site, unless another file made it already; on a busy machine that takes more than the default minute.
  beforeAll(async () => {
    build = await fixtureSite();
  }, 300_000);

  it('warns once, naming the file and the word, about it and nothing else, and still builds the site', () => {
    expect(UNKNOWN_ABBREVIATION.with).toContain('VSBV');
    expect(build.status).toBe(0);
    expect(hasSite(build.outDir)).toBe(true);
    // Every other area is the real notes: one warning means they have none.
    const warnings = build.output.split('\n').filter((line) => line.includes('is written in capitals'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/beredskab\.mdx: "VSBV" is written in capitals, but the glossary has no entry for it\. Add "VSBV" to /);
  });
});

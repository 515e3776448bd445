// A mention of an account that has no page stops the build, naming the file and the account.
import { describe, expect, it } from 'vitest';
import { buildWithContent, editArea, hasSite } from '../support/build.ts';

describe('a build whose text mentions an unknown account', () => {
  it('fails, naming the file and the account, and leaves no site', () => {
    const build = buildWithContent((dir) => editArea(dir, 'arbejdsmarked-og-borgerservice', /^- 05\.58\.80 /m, '- 05.58.99 '));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/arbejdsmarked-og-borgerservice\.mdx: the text mentions function account 05\.58\.99, which has no account page/);
    expect(hasSite(build.outDir)).toBe(false);
  });
});

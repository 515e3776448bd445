// Wrong content stops the build with a message naming the file and the field, and leaves no site.
import { describe, expect, it } from 'vitest';
import { buildWithContent, editArea, hasSite } from '../support/build.ts';

describe('a build with wrong content', () => {
  it('fails on a wrong field type, naming the file and the field', () => {
    const build = buildWithContent((dir) => editArea(dir, 'beredskab', /^netBudget: 12982000$/m, 'netBudget: "12.982.000"'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('beredskab.mdx');
    expect(build.output).toMatch(/netBudget: expected a number of whole kroner/);
    expect(hasSite(build.outDir)).toBe(false);
  });

  it('fails on parts that do not add up and are not declared, with what was expected and found', () => {
    const build = buildWithContent((dir) => editArea(dir, 'digitalisering-og-it', /^partsDeviation:\n(?: {2}.*\n)+/m, ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/digitalisering-og-it\.mdx: field "parts": expected parts that add up to netBudget 42\.339\.000 kr\./);
    expect(build.output).toContain('found parts adding up to 42.490.000 kr., 151.000 kr. more than netBudget');
    expect(hasSite(build.outDir)).toBe(false);
  });

  it('fails on a related area that does not exist', () => {
    const build = buildWithContent((dir) => editArea(dir, 'demografipulje-aeldreomraadet', 'sundhed-og-myndighed', 'sundhed-og-omsorg'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/demografipulje-aeldreomraadet\.mdx: field "related\[0\]": expected the slug of an existing area .*; found "sundhed-og-omsorg"/);
    expect(hasSite(build.outDir)).toBe(false);
  });

  it('builds the unchanged content (the fixture mechanism itself works)', () => {
    const build = buildWithContent(() => {});
    expect(build.output).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
    expect(hasSite(build.outDir)).toBe(true);
  });
});

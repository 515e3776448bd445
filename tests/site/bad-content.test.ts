// Wrong content stops the build with a message naming the file and the field, and leaves no
// site behind. The cases are the catalogue in tests/fixtures/bad-content/ (see its README).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { areaDir, buildWithContent, editArea, hasSite, leftOutput } from '../support/build.ts';

interface BadContent {
  what: string;
  edits?: { area: string; replace: string; with: string }[];
  copies?: { area: string; to: string }[];
  expect: { file: string; field: string; message?: string };
}

const CATALOGUE = resolve(import.meta.dirname, '../fixtures/bad-content');
const cases = readdirSync(CATALOGUE)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, fixture: parse(readFileSync(join(CATALOGUE, name), 'utf-8')) as BadContent }));

/** Builds the content with the fixture's edits and copies applied. */
function buildBroken(fixture: BadContent) {
  return buildWithContent((dir) => {
    for (const edit of fixture.edits ?? []) editArea(dir, edit.area, edit.replace, edit.with);
    for (const copy of fixture.copies ?? []) {
      const to = join(areaDir(dir), copy.to);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(areaDir(dir), `${copy.area}.mdx`), to);
    }
  });
}

describe('a build with bad content', () => {
  it('has a catalogue of at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, fixture } of cases) {
    it(`fails on ${fixture.what} (${name}), naming the file and the field, and leaves no site`, () => {
      const build = buildBroken(fixture);
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain(fixture.expect.file);
      expect(build.output).toContain(fixture.expect.field);
      if (fixture.expect.message) expect(build.output).toContain(fixture.expect.message);
      expect(hasSite(build.outDir)).toBe(false);
      expect(leftOutput(build.outDir)).toBe(false);
    });
  }

  it('builds the unchanged content (the fixture mechanism itself works)', () => {
    const build = buildWithContent(() => {});
    expect(build.output).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
    expect(hasSite(build.outDir)).toBe(true);
  });
});

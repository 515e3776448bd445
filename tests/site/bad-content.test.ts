// Wrong content stops the build with a message naming the file and the field, and leaves no
// site behind. The cases are the catalogue in tests/fixtures/bad-content/ (see its README).
// A case that the build's content check catches (the schemas, each area's text parsed as MDX with
// its account mentions, the checks across entries and the comparison with the source text,
// src/lib/content-check.ts, which `npm run build` runs before Astro starts) is proved by running
// that check on the edited copy, in milliseconds; a case marked `build` is built in full, two at a
// time: what only Astro can catch (a page that fails to render), and cases that stand for their
// kind, showing that the build prints such problems and leaves no dist/. One case is given to
// Astro alone, without the content check, as `astro dev` sees content: its loaders stop it too.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems } from '../../src/lib/checks.ts';
import { checkSiteContent } from '../../src/lib/content-check.ts';
import { areaDir, buildWithContent, copyContent, editArea, editContentFile, hasSite, leftOutput } from '../support/build.ts';
import { fixtureSite } from '../support/fixture-sites.ts';

interface BadContent {
  what: string;
  /** Why this case needs a full build; without it the build's content check alone proves the case. */
  build?: string;
  /** Text replacements in an area file of the 2022 document (`area`), or in a file under content/ (`file`). */
  edits?: { area?: string; file?: string; replace: string; with: string }[];
  copies?: { area: string; to: string }[];
  expect: { file: string; field: string; message?: string };
}

const CATALOGUE = resolve(import.meta.dirname, '../fixtures/bad-content');
const cases = readdirSync(CATALOGUE)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, fixture: parse(readFileSync(join(CATALOGUE, name), 'utf-8')) as BadContent }));
/** A build's time limit: builds queue for the two build slots. */
const BUILD_TIMEOUT = 240_000;

/** Applies the fixture's edits and copies to a copied content folder. */
function breakContent(fixture: BadContent) {
  return (dir: string) => {
    for (const edit of fixture.edits ?? []) {
      if (edit.area !== undefined) editArea(dir, edit.area, edit.replace, edit.with);
      else if (edit.file !== undefined) editContentFile(dir, edit.file, edit.replace, edit.with);
      else throw new Error(`An edit of "${fixture.what}" names neither an area nor a file`);
    }
    for (const copy of fixture.copies ?? []) {
      const to = join(areaDir(dir), copy.to);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(areaDir(dir), `${copy.area}.mdx`), to);
    }
  };
}

/** Every problem the build's content check finds in a copied content folder (documents, glossary, site settings), one per line. */
const checkContent = (contentDir: string) =>
  formatProblems(checkSiteContent({ documents: join(contentDir, 'dokumenter'), glossary: join(contentDir, 'ordliste.yaml'), siteSettings: join(contentDir, 'site.json') }).problems);

/** Asserts that a report (the build's output, or the checks' findings) names the fixture's file, field and message. */
function expectNamed(report: string, fixture: BadContent) {
  expect(report).toContain(fixture.expect.file);
  expect(report).toContain(fixture.expect.field);
  if (fixture.expect.message) expect(report).toContain(fixture.expect.message);
}

describe('bad content', () => {
  it('has a catalogue of at least 12 cases, some of them built in full', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.fixture.build).length).toBeGreaterThanOrEqual(3);
  });

  describe('found by the build’s content check (the schemas, the text and its account mentions, the checks across entries, the source text)', () => {
    it('finds nothing in the unchanged content (the checks themselves pass good content)', () => {
      const { work, contentDir } = copyContent(() => {});
      try {
        expect(checkContent(contentDir)).toBe('');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });

    for (const { name, fixture } of cases.filter((c) => !c.fixture.build)) {
      it(`finds ${fixture.what} (${name}), naming the file and the field`, () => {
        const { work, contentDir } = copyContent(breakContent(fixture));
        try {
          const report = checkContent(contentDir);
          expect(report, 'the checks found nothing').not.toBe('');
          expectNamed(report, fixture);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      });
    }
  });

  describe.concurrent('stopping the build', () => {
    for (const { name, fixture } of cases.filter((c) => c.fixture.build)) {
      it(`fails on ${fixture.what} (${name}), naming the file and the field, and leaves no site`, async () => {
        const build = await buildWithContent(breakContent(fixture));
        try {
          expect(build.status, build.output).not.toBe(0);
          // What the content check can find, it finds before Astro starts.
          if (checkContent(build.contentDir)) expect(build.output).not.toContain('[content] Syncing content');
          expectNamed(build.output, fixture);
          expect(hasSite(build.outDir)).toBe(false);
          expect(leftOutput(build.outDir)).toBe(false);
        } finally {
          rmSync(dirname(build.outDir), { recursive: true, force: true });
        }
      }, BUILD_TIMEOUT);
    }

    // `astro dev` (and `astro build` run by hand) read content without the build script's check:
    // the collections' loaders run the same checks across entries and stop Astro themselves.
    it('stops Astro alone, without the build’s content check, on a case of the checks across entries (duplicate-order.yaml)', async () => {
      const fixture = cases.find((c) => c.name === 'duplicate-order.yaml')?.fixture;
      if (!fixture) throw new Error('duplicate-order.yaml is missing from the catalogue');
      const build = await buildWithContent(breakContent(fixture), { astroAlone: true });
      try {
        expect(build.output).toContain('[content] Syncing content');
        expect(build.status, build.output).not.toBe(0);
        expectNamed(build.output, fixture);
        expect(hasSite(build.outDir)).toBe(false);
      } finally {
        rmSync(dirname(build.outDir), { recursive: true, force: true });
      }
    }, BUILD_TIMEOUT);

    // The control: a copy of the content with harmless edits builds (the shared fixture site: a
    // second document, a base path and an unknown abbreviation), so the failures above come from what each case broke.
    it('builds a copy with a harmless edit (the fixture mechanism itself works)', async () => {
      const build = await fixtureSite();
      expect(build.output).not.toMatch(/problem\(s\)/);
      expect(build.status, build.output).toBe(0);
      expect(hasSite(build.outDir)).toBe(true);
    }, BUILD_TIMEOUT);
  });
});

// Site-wide settings (content/site.json), read and validated once. The file is optional: a site
// without it has no settings, which is valid. `npm run build` checks the file before Astro starts
// (siteSettingsProblems); the pages read it when they are rendered (getSiteSettings).
import { existsSync, readFileSync } from 'node:fs';
import { ContentError, zodProblems, type ContentProblem } from './checks.ts';
import { SITE_SETTINGS_FILE } from './content-dir.ts';
import { withFieldLine } from './field-line.ts';
import { SiteSettingsSchema, type SiteSettings } from './schemas/site.ts';

/** Validates site settings, naming the file and the fields that are wrong. */
export function parseSiteSettings(input: unknown, file = 'content/site.json'): SiteSettings {
  const result = SiteSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ContentError(zodProblems(file, result.error.issues, input));
}

/** Reads `file` (JSON) as site settings; a missing file means no settings. */
export function readSiteSettings(file = SITE_SETTINGS_FILE): SiteSettings {
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf-8'));
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', expected: 'valid JSON', found: (error as Error).message }]);
  }
  return parseSiteSettings(json, file);
}

/** What is wrong with the settings file `file`, each problem with its field's line; none when it is fine or absent. */
export function siteSettingsProblems(file = SITE_SETTINGS_FILE): ContentProblem[] {
  try {
    readSiteSettings(file);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const text = readFileSync(file, 'utf-8');
    return error.problems.map((problem) => withFieldLine(problem, text));
  }
}

let settings: SiteSettings | undefined;

/** The site settings every page uses, read on first use. */
export function getSiteSettings(): SiteSettings {
  settings ??= readSiteSettings();
  return settings;
}

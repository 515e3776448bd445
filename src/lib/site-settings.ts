// Site-wide settings (content/site.json), read and validated once. The file is optional: a site
// without it has no settings, which is valid. `npm run build` checks the file before Astro starts
// (checkSiteSettingsFile); the pages read it when they are rendered (getSiteSettings).
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

/**
 * The settings in `file` (JSON) and what is wrong with them, each problem at its field's line; a
 * missing file means no settings. `npm run build` checks the file with the content before Astro starts.
 */
export function checkSiteSettingsFile(file = SITE_SETTINGS_FILE): { settings: SiteSettings; problems: ContentProblem[] } {
  if (!existsSync(file)) return { settings: {}, problems: [] };
  const text = readFileSync(file, 'utf-8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { settings: {}, problems: [{ file, field: '(file)', expected: 'valid JSON', found: (error as Error).message }] };
  }
  const result = SiteSettingsSchema.safeParse(json);
  if (result.success) return { settings: result.data, problems: [] };
  return { settings: {}, problems: zodProblems(file, result.error.issues, json).map((problem) => withFieldLine(problem, text)) };
}

/** Reads `file` as site settings; throws a ContentError naming every problem. */
export function readSiteSettings(file = SITE_SETTINGS_FILE): SiteSettings {
  const { settings, problems } = checkSiteSettingsFile(file);
  if (problems.length > 0) throw new ContentError(problems);
  return settings;
}

let settings: SiteSettings | undefined;

/** The site settings every page uses, read on first use. */
export function getSiteSettings(): SiteSettings {
  settings ??= readSiteSettings();
  return settings;
}

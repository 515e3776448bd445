// Site-wide settings (content/site.json), read and validated once. The file is optional: a site
// without it has no settings, which is valid.
import { existsSync, readFileSync } from 'node:fs';
import { ContentError, zodProblems } from './checks.ts';
import { SITE_SETTINGS_FILE } from './content-dir.ts';
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

/** The site settings every page uses. */
export const siteSettings: SiteSettings = readSiteSettings();

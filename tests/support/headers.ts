// Reads a `_headers` file (Netlify / Cloudflare Pages format): a URL pattern on its own line,
// then its headers indented below it as "Name: value"; lines starting with # are comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rule of a `_headers` file: the URL pattern and the headers sent for it. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** Parses the text of a `_headers` file into its rules, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header line outside a rule or without a colon: "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** A CSP split into its directives: "script-src 'self'" → { "script-src": ["'self'"] }. */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

/** The headers a built site's `_headers` file sends for every path ("/*"). */
export function siteHeaders(siteDir: string): Record<string, string> {
  const file = join(siteDir, '_headers');
  const rule = parseHeadersFile(readFileSync(file, 'utf-8')).find((r) => r.path === '/*');
  if (!rule) throw new Error(`${file} has no rule for /*`);
  return rule.headers;
}

// How a data file is served (by `astro dev`; the build writes the body to the file as it is).
import type { Format } from './package.ts';

const CONTENT_TYPES: Record<Format, string> = {
  // header=present: RFC 4180's parameter saying the first line names the columns.
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** A file's text as a response with its content type. */
export function fileResponse(text: string, format: Format): Response {
  return new Response(text, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

// The content model as JSON Schema, generated from the zod schemas the build validates with, so
// an editor's YAML or JSON support checks a file by the same rules as the build.
import { z } from 'astro/zod';
import { da } from '../../i18n/da.ts';
import { AreaSchema } from '../schemas/area.ts';
import { DocumentSchema } from '../schemas/document.ts';

/** The published schemas' file names, under /data/. */
export const CONTENT_SCHEMA_FILES = {
  area: 'omraade.schema.json',
  document: 'dokument.schema.json',
} as const;

/**
 * A zod schema as JSON Schema draft-07 (the draft editors' YAML support reads most widely), with
 * a title and a description. `io: 'input'` describes what an editor writes, before defaults.
 */
export function jsonSchemaOf(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

/** The JSON Schema of an area's frontmatter (content/…/omraader/*.mdx). */
export function areaJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(AreaSchema, da.openData.areaSchemaTitle, da.openData.areaSchemaDescription);
}

/** The JSON Schema of a document's facts (dokument.json). */
export function documentJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(DocumentSchema, da.openData.documentSchemaTitle, da.openData.documentSchemaDescription);
}

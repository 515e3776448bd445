// The document-level facts (municipality, committee, year, stage, source), validated once.
import raw from '../../content/dokument.json';
import { DocumentSchema, type DocumentData } from './schemas/document.ts';

/** Validates document facts, naming the file and the fields that are wrong. */
export function parseDocument(input: unknown, file = 'content/dokument.json'): DocumentData {
  const result = DocumentSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}.`);
  throw new Error(`The document facts are wrong:\n${lines.join('\n')}`);
}

/** The document facts every page shows. */
export const documentFacts: DocumentData = parseDocument(raw);

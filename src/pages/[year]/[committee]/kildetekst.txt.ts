// Publishes each document's source text, byte for byte, so anyone can compare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOCUMENT_FILES, DOCUMENTS_DIR } from '../../../lib/content-dir.ts';
import { documentPaths } from '../../../lib/document-routes.ts';
import type { DocumentModel } from '../../../lib/site-model.ts';

export const getStaticPaths = (() => documentPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { document } = props as { document: DocumentModel };
  // The document loader has checked that the file exists.
  const text = readFileSync(join(DOCUMENTS_DIR, document.id, DOCUMENT_FILES.sourceText));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

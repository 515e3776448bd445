// Publishes the source text the site is made from, byte for byte, so anyone can compare.
import type { APIRoute } from 'astro';
import { documentFacts } from '../lib/document.ts';

const sources = import.meta.glob<string>('../../content/sources/*.txt', { query: '?raw', import: 'default', eager: true });

export const GET: APIRoute = () => {
  const key = `../../content/${documentFacts.source.file}`;
  const text = sources[key];
  if (text === undefined) {
    throw new Error(`content/dokument.json: field "source.file": expected a file in content/sources/; found "${documentFacts.source.file}"`);
  }
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

// The documents the data files are made from: the site model's, newest first.
import { getSiteModel } from '../site-model.ts';
import type { DataDocument } from './tables.ts';

/** Every document with its areas in document order (the site model satisfies the tables' needs). */
export async function getDataDocuments(): Promise<DataDocument[]> {
  return (await getSiteModel()).documents;
}

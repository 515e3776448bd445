// Puts an imported document in place, all or nothing: the files are written to a temporary
// folder beside the target and moved into place only when the whole document is valid.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../checks.ts';
import { FOLDER, type ImportedDocument } from './document.ts';

/** Why a document was not written (it exists, or it is not valid); nothing was changed. */
export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** The folder a document goes to. */
export function targetFolder(contentDir: string, doc: Pick<ImportedDocument, 'id'>): string {
  return join(contentDir, doc.id);
}

/**
 * Writes the document into `contentDir/<id>/`. Refuses an invalid document, and an existing
 * folder unless `force`; files of an existing folder that the import does not make (other than
 * area files) are kept.
 */
export function writeDocument(doc: ImportedDocument, contentDir: string, force = false): string {
  const target = targetFolder(contentDir, doc);
  if (doc.problems.length > 0) {
    throw new WriteRefused(`the imported document is not valid content; nothing was written:\n${formatProblems(doc.problems)}`);
  }
  if (existsSync(target) && !force) {
    throw new WriteRefused(`${target} already exists; nothing was written. Give --force to replace it (editorial fields such as related areas are kept).`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(target), `.import-${doc.id}-${stamp}`);
  const replaced = join(dirname(target), `.replaced-${doc.id}-${stamp}`);
  try {
    mkdirSync(join(staging, FOLDER.areas), { recursive: true });
    if (existsSync(target)) {
      // Keep what an editor added beside the imported files (the area files are the import's own).
      for (const name of readdirSync(target)) {
        if (name !== FOLDER.areas && !doc.files.has(name)) cpSync(join(target, name), join(staging, name), { recursive: true });
      }
    }
    for (const [path, text] of doc.files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
    if (existsSync(target)) renameSync(target, replaced);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (existsSync(replaced)) renameSync(replaced, target);
      throw error;
    }
    rmSync(replaced, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return target;
}

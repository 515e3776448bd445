// The documents folder as the content check reads it: on disk, or with one document's files
// replaced by files not yet written (an import, src/lib/import/document.ts), so the importer
// checks what it is about to write with the very check the build runs (content-check.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the content check reads of a documents folder; paths are relative to it, with "/". */
export interface DocumentsFolder {
  /** The folder (e.g. "./content/dokumenter"), as problems name files in it. */
  base: string;
  /** Every file in it, sorted, as Astro's glob finds them: no hidden files or folders. */
  paths(): readonly string[];
  /** A file's text (UTF-8); throws where there is none. */
  read(path: string): string;
  /** Whether the file is there ("": whether the folder itself is). */
  exists(path: string): boolean;
}

const visible = (path: string) => !path.split('/').some((part) => part.startsWith('.'));

/** The folder `base` on disk (none of it when it does not exist). */
export function documentsOnDisk(base: string): DocumentsFolder {
  let paths: string[] | undefined;
  return {
    base,
    paths: () =>
      (paths ??= existsSync(base)
        ? readdirSync(base, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() || entry.isSymbolicLink())
            .map((entry) => relative(base, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
            .filter(visible)
            .sort()
        : []),
    read: (path) => readFileSync(join(base, path), 'utf-8'),
    exists: (path) => existsSync(join(base, path)),
  };
}

/** A documents folder without any document, named `base` (for `withDocument`: one document checked on its own). */
export function noDocuments(base: string): DocumentsFolder {
  return {
    base,
    paths: () => [],
    read: (path) => {
      throw new Error(`${join(base, path)}: no such file`);
    },
    exists: () => false,
  };
}

/**
 * `folder` with the document `id`'s files replaced by `files` (paths inside the document's folder:
 * "dokument.json", "omraader/x.mdx"): whatever the folder held for that document is gone.
 */
export function withDocument(folder: DocumentsFolder, id: string, files: ReadonlyMap<string, string>): DocumentsFolder {
  const own = new Map([...files].map(([path, text]) => [`${id}/${path}`, text]));
  const inDocument = (path: string) => path.startsWith(`${id}/`);
  return {
    base: folder.base,
    paths: () => [...folder.paths().filter((path) => !inDocument(path)), ...[...own.keys()].filter(visible)].sort(),
    read: (path) => {
      if (!inDocument(path)) return folder.read(path);
      const text = own.get(path);
      if (text === undefined) throw new Error(`${join(folder.base, path)}: no such file`);
      return text;
    },
    exists: (path) => (inDocument(path) ? own.has(path) : folder.exists(path)),
  };
}

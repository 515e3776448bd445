// The committed 2022 document as a folder in the one-folder-per-document layout, copied for a
// test to import over. Before that layout is merged the folder is assembled from the old places
// (content/omraader, content/sources); its dokument.json is then the importer's own.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The committed document folder, once the layout is merged. */
export const COMMITTED_FOLDER = join(ROOT, 'content/dokumenter/2022-oekonomiudvalget');

/** True when the committed content already has the one-folder-per-document layout. */
export const LAYOUT_MERGED = existsSync(COMMITTED_FOLDER);

/** The committed source text of the 2022 notes. */
export const COMMITTED_SOURCE = LAYOUT_MERGED
  ? join(COMMITTED_FOLDER, 'kildetekst.txt')
  : join(ROOT, 'content/sources/kalundborg-budget-2022-bemaerkninger.txt');

/** The committed area files' folder. */
export const COMMITTED_AREAS = LAYOUT_MERGED ? join(COMMITTED_FOLDER, 'omraader') : join(ROOT, 'content/omraader');

/** The options the 2022 document was imported with. */
export const OPTIONS_2022 = { municipality: 'Kalundborg Kommune', committee: 'Økonomiudvalget', year: 2022, stage: 'Vedtaget budget' };

/** The same options as command-line arguments. */
export const ARGS_2022 = ['--municipality', 'Kalundborg Kommune', '--committee', 'Økonomiudvalget', '--year', '2022', '--stage', 'Vedtaget budget'];

/** Copies the committed document (areas and source text; facts once merged) to `contentDir/2022-oekonomiudvalget`. */
export function copyCommittedDocument(contentDir: string): string {
  const folder = join(contentDir, '2022-oekonomiudvalget');
  if (LAYOUT_MERGED) {
    cpSync(COMMITTED_FOLDER, folder, { recursive: true });
  } else {
    mkdirSync(folder, { recursive: true });
    cpSync(COMMITTED_AREAS, join(folder, 'omraader'), { recursive: true });
    cpSync(COMMITTED_SOURCE, join(folder, 'kildetekst.txt'));
  }
  return folder;
}

/** Every file under `folder`, by relative path, with its bytes as text. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'latin1'));
    }
  };
  if (existsSync(folder)) walk(folder);
  return files;
}

// `npm run import -- notes.pdf|notes.txt --municipality … --committee … --year … --stage …`:
// turns the official budget notes into one document folder of the site's content, or says
// which input line it cannot place and writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contentFilesIn } from '../lib/content-dir.ts';
import { documentId, importDocument, readExisting } from '../lib/import/document.ts';
import { ImportError } from '../lib/import/parse.ts';
import { pdfText } from '../lib/import/pdf.ts';
import { formatReport } from '../lib/import/report.ts';
import { targetFolder, writeDocument, WriteRefused } from '../lib/import/write.ts';

const USAGE = `Usage: npm run import -- <notes.pdf|notes.txt> --municipality "Kalundborg Kommune" --committee "Økonomiudvalget" --year 2023 --stage "Vedtaget budget" [--force] [--dry-run] [--content-dir content/dokumenter]`;

/** What a run printed and its exit code (0 written or dry run, 1 refused input, 2 wrong usage). */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Reads a text file as UTF-8; a file that is not UTF-8 is read as Windows-1252, with a note. */
function decodeText(bytes: Uint8Array): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'the file is not UTF-8; it was read as Windows-1252' };
  }
}

/** Runs the import with command-line arguments; never exits the process itself. */
export async function runImport(args: readonly string[]): Promise<RunResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        municipality: { type: 'string' },
        committee: { type: 'string' },
        year: { type: 'string' },
        stage: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'content-dir': { type: 'string', default: 'content/dokumenter' },
      },
    });
  } catch (error) {
    return { code: 2, stdout: '', stderr: `import: ${(error as Error).message}\n${USAGE}\n` };
  }
  const { values, positionals } = parsed;
  const missing = (['municipality', 'committee', 'year', 'stage'] as const).filter((key) => !values[key]?.trim());
  if (positionals.length !== 1 || missing.length > 0) {
    const what = positionals.length !== 1 ? `one input file (got ${positionals.length})` : `--${missing.join(', --')}`;
    return { code: 2, stdout: '', stderr: `import: missing ${what}.\n${USAGE}\n` };
  }
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { code: 2, stdout: '', stderr: `import: --year must be a budget year such as 2023; found "${values.year}".\n` };
  }
  const file = positionals[0] as string;
  const contentDir = values['content-dir'] as string;
  const started = performance.now();
  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return { code: 1, stdout: '', stderr: `import: cannot read ${file}: ${(error as Error).message}\n` };
    }
    const isPdf = file.toLowerCase().endsWith('.pdf') || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
    let text: string;
    let note: string | undefined;
    if (isPdf) text = await pdfText(bytes, file);
    else ({ text, note } = decodeText(bytes));
    const options = { municipality: values.municipality as string, committee: values.committee as string, year, stage: values.stage as string };
    // Re-importing: the existing document's editorial fields (related areas, notes) are taken over.
    const folder = targetFolder(contentDir, { id: documentId(year, options.committee) });
    // Checked among the site's other documents, with its glossary and settings (the documents
    // folder's parent holds them, as content/ holds content/dokumenter/).
    const site = { ...contentFilesIn(dirname(contentDir)), documents: contentDir };
    const merged = importDocument(text, options, readExisting(folder), site);
    if (note) merged.warnings.unshift({ line: 0, message: note });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (values['dry-run']) {
      const exists = existsSync(folder) ? `; ${folder} exists, so writing it needs --force` : '';
      const verdict = merged.problems.length
        ? `Dry run: the document is NOT valid (${merged.problems.length} problem(s), see below); nothing written.`
        : `Dry run: valid; nothing written (would write ${folder}${exists}).`;
      const problems = merged.problems.length ? `\n${merged.problems.map((p) => `${p.file}: field "${p.field}": expected ${p.expected}; found ${p.found}.`).join('\n')}` : '';
      return { code: merged.problems.length ? 1 : 0, stdout: `${formatReport(merged, `${verdict} (${seconds} s)`)}${problems}\n`, stderr: '' };
    }
    const written = writeDocument(merged, contentDir, values.force);
    return { code: 0, stdout: `${formatReport(merged, `Wrote ${written} (${merged.files.size} files) in ${seconds} s.`)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof ImportError) {
      return { code: 1, stdout: '', stderr: `import: ${file}: ${error.message}\nNothing was written.\n` };
    }
    if (error instanceof WriteRefused) return { code: 1, stdout: '', stderr: `import: ${error.message}\n` };
    throw error;
  }
}

if (import.meta.main) {
  const result = await runImport(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

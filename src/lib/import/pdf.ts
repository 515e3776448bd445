// The PDF's text layer as plain text shaped like a PDF-to-text extraction: one line per printed
// line, blank lines where the vertical gap is larger than a line, a blank line between pages.
// pdfjs-dist reads the PDF; this only arranges what it finds.
import { ImportError } from './parse.ts';

/** A positioned piece of text as pdfjs-dist gives it. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A printed line: its baseline, its text pieces left to right. */
interface PrintedLine {
  y: number;
  items: TextItem[];
}

/** Groups a page's text items into lines by baseline (transform[5]), a line also ending at hasEOL. */
export function groupLines(items: readonly TextItem[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let current: PrintedLine | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || 10;
    if (!current || Math.abs(current.y - y) > size * 0.3) {
      current = { y, items: [] };
      lines.push(current);
    }
    if (item.str !== '') current.items.push(item);
    if (item.hasEOL) current = null;
  }
  // Lines with the same baseline that hasEOL split are one printed line.
  const merged: PrintedLine[] = [];
  for (const line of lines) {
    const last = merged.at(-1);
    if (last && Math.abs(last.y - line.y) < 0.5) last.items.push(...line.items);
    else merged.push(line);
  }
  return merged;
}

/** The text of a printed line: pieces in x order, a space where the gap between them is a space wide. */
export function lineText(line: PrintedLine): string {
  const items = [...line.items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let text = '';
  let end: number | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || 10;
    if (end !== null && x - end > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text.replace(/\s+$/, '');
}

/** Arranges the printed lines of all pages as text; blank lines from vertical gaps larger than a line. */
export function pagesToText(pages: readonly PrintedLine[][]): string {
  const steps = pages.flatMap((lines) => lines.slice(1).map((line, i) => Math.abs((lines[i]?.y ?? 0) - line.y))).filter((d) => d > 0.5);
  steps.sort((a, b) => a - b);
  // The usual distance between two lines of one paragraph: the smallest step that is common.
  const lineHeight = steps[Math.floor(steps.length * 0.1)] ?? 12;
  const out: string[] = [];
  pages.forEach((lines, p) => {
    if (p > 0) out.push('');
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous) {
        const blanks = Math.round(Math.abs(previous.y - line.y) / lineHeight) - 1;
        for (let b = 0; b < blanks; b += 1) out.push('');
      }
      out.push(lineText(line));
    });
  });
  return `${out.join('\n')}\n`;
}

/** Extracts a PDF's text; throws ImportError when the PDF has no text layer (a scan). */
export async function pdfText(data: Uint8Array, file = 'the PDF'): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs refuses a Node Buffer (a Uint8Array subclass); hand it a plain copy.
  const bytes = Buffer.isBuffer(data) ? new Uint8Array(data) : data;
  // No `isEvalSupported: false`: pdfjs-dist 6 dropped the option along with its last eval()
  // path (fonts are no longer compiled to functions), so nothing is evaluated either way.
  const task = getDocument({ data: bytes, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    // pdf.js ends its messages with a full stop, and so does the import's own sentence.
    throw new ImportError({ line: 0, expected: `a PDF file that can be read (${file})`, found: `a file pdfjs cannot open: ${(error as Error).message.replace(/\.+$/, '')}` });
  }
  try {
    const pages: PrintedLine[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Marked-content items (no `str`) carry no text.
      const items = content.items.flatMap((item): TextItem[] =>
        'str' in item ? [{ str: item.str, transform: item.transform as number[], width: item.width, height: item.height, hasEOL: item.hasEOL }] : [],
      );
      pages.push(groupLines(items));
      page.cleanup();
    }
    if (pages.every((lines) => lines.every((line) => lineText(line).trim() === ''))) {
      throw new ImportError({
        line: 0,
        expected: 'a PDF with a text layer (the notes as exported from a word processor)',
        found: `${doc.numPages} page(s) without any text: a scanned PDF? Run it through OCR first, or import its text extraction`,
      });
    }
    return pagesToText(pages);
  } finally {
    await task.destroy();
  }
}

// PDFs for the importer's tests, printed by Chromium: a text as a `<pre>` (its line breaks kept,
// so the PDF's text layer holds the same lines), or a page with no text at all (like a scan).
import { launchBrowser } from './browser.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prints `text` as a PDF (A4, monospace, one printed line per line of the text). */
export async function textToPdf(text: string): Promise<Uint8Array> {
  return printHtml(`<pre>${escapeHtml(text.replace(/\f/g, ''))}</pre>`);
}

/** A PDF of one page with a drawing and no text layer, like a scanned document. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  return printHtml('<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg"><rect width="400" height="200" fill="#888"/></svg>');
}

async function printHtml(body: string): Promise<Uint8Array> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><style>pre{font:10px/1.3 "DejaVu Sans Mono",monospace;margin:0;white-space:pre}</style></head><body>${body}</body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  } finally {
    await browser.close();
  }
}

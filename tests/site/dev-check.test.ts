// `npm run dev` runs the build's whole content check when it starts and after every saved change,
// so a web team editing the notes sees in the terminal what `npm run build` would stop on: here, a
// sentence of the source dropped from an area's text, and then the same text put right again.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areaDir, copyContent, devCommand, withoutColours } from '../support/build.ts';

const SENTENCE = 'Der er i alt 100 medarbejdere i Fagcenter Børn og Familie.';

describe('the content check in astro dev', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  it('reports a change that drops a sentence of the source, naming the file, and says when it is right again', async () => {
    const { work, contentDir } = copyContent(() => {});
    const file = join(areaDir(contentDir), 'boern-og-familie.mdx');
    const original = readFileSync(file, 'utf-8');
    expect(original).toContain(SENTENCE);
    // A port of its own per run, so a dev server left by an earlier run does not answer.
    const { args, options } = devCommand(work, contentDir, 43_000 + (process.pid % 2000));
    server = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [server.stdout, server.stderr]) stream?.on('data', (chunk: Buffer) => (output += withoutColours(chunk.toString())));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let waited = 0; waited < 60_000; waited += 100) {
        if (pattern.test(output.slice(from))) return output.slice(from);
        if (server?.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`astro dev did not print ${pattern} within a minute:\n${output}`);
    };

    const agree = /Content check: the documents, their source texts, the glossary and the site settings agree\./;
    await waitFor(agree, 0);
    let from = output.length;
    writeFileSync(file, original.replace(` ${SENTENCE}`, ''));
    const report = await waitFor(/Content check: \d+ problem\(s\)[^\n]*\n(.*\n)+/, from);
    expect(report).toContain('Content check: 1 problem(s); `npm run build` would stop on these:');
    expect(report).toMatch(
      new RegExp(`boern-og-familie\\.mdx: field "\\(MDX text\\)": expected "${SENTENCE}" \\(in the paragraph at line \\d+ of [^)]*kildetekst\\.txt\\)`),
    );

    from = output.length;
    writeFileSync(file, original);
    await waitFor(agree, from);
  }, 120_000);
});

// The glossary plugin as Astro runs it: Markdown through the site's Sätteri processor with all its plugins.
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/lib/markdown/features.ts';
import { siteHastPlugins, siteMdastPlugins } from '../../src/lib/markdown/processor.ts';
import { documentOfFile, unknownWordWarning } from '../../src/lib/markdown/rehype-glossary-terms.ts';
import type { GlossaryEntry } from '../../src/lib/schemas/glossary.ts';

const GLOSSARY: GlossaryEntry[] = [
  { id: 'kl', term: 'KL', kind: 'forkortelse', fullForm: 'Kommunernes Landsforening', explanation: 'Kommunernes forening.', source: { authority: 'KL' } },
  { id: 'kmd', term: 'KMD', kind: 'forkortelse', explanation: 'En it-virksomhed.', source: { quote: 'KMD' } },
  {
    id: 'rammebudget',
    term: 'Rammebudget',
    kind: 'begreb',
    forms: ['rammebudget'],
    explanation: 'Et budget med en samlet ramme.',
    source: { quote: 'Budgettet er et rammebudget.' },
  },
];

async function render(markdown: string, { base = '/', file = 'content/omraader/oekonomi.mdx', glossary = GLOSSARY } = {}) {
  const warnings: string[] = [];
  const options = { base, accounts: () => ['05.57.73'], glossary: () => glossary, warn: (m: string) => warnings.push(m) };
  const processor = await createSatteriMarkdownProcessor({ features: FEATURES, mdastPlugins: siteMdastPlugins(options), hastPlugins: siteHastPlugins(options) });
  const result = await processor.render(markdown, { fileURL: pathToFileURL(file), frontmatter: {} });
  return { html: result.code, root: parse(result.code), warnings };
}

describe('glossary terms in the notes', () => {
  it('marks only the first use of each term, and leaves the words as they are', async () => {
    const { root } = await render("Efter KL's vejledning. Budgettet er et rammebudget.\n\nIgen KL og KL's skøn, og et rammebudget.\n");
    const terms = root.querySelectorAll('a.term');
    expect(terms.map((a) => a.getAttribute('href'))).toEqual(['/ordliste/#kl', '/ordliste/#rammebudget']);
    expect(root.querySelectorAll('p').map((p) => p.text)).toEqual([
      "Efter KL's vejledning. Budgettet er et rammebudget.",
      "Igen KL og KL's skøn, og et rammebudget.",
    ]);
  });

  it('wraps an abbreviation in <abbr title> with its full form, or its explanation where it has none', async () => {
    const { html } = await render('KL og KMDs systemer.\n');
    expect(html).toContain('<abbr title="Kommunernes Landsforening">KL</abbr></a> og');
    expect(html).toContain('<abbr title="En it-virksomhed.">KMD</abbr></a>s systemer');
  });

  it('adds what the file’s document’s notes say about a term, where the glossary says it, and nothing another document’s notes say', async () => {
    const notes = [{ document: '2022-oekonomiudvalget', text: 'Bemærkningerne nævner KMD.' }];
    const withNotes = (entries: GlossaryEntry[]) => entries.map((entry) => (entry.id === 'kmd' || entry.id === 'rammebudget' ? { ...entry, notes } : entry));
    const [in2022, in2023] = await Promise.all(
      ['content/dokumenter/2022-oekonomiudvalget/omraader/it.mdx', 'content/dokumenter/2023-oekonomiudvalget/omraader/it.mdx'].map((file) => render('KMD og et rammebudget.\n', { file, glossary: withNotes(GLOSSARY) })),
    );
    expect(in2022?.html).toContain('<abbr title="En it-virksomhed. Bemærkningerne nævner KMD.">KMD</abbr>');
    expect(in2022?.root.querySelector('#ordliste-rammebudget')?.text).toBe('Et budget med en samlet ramme. Bemærkningerne nævner KMD.');
    expect(in2022?.root.querySelector('a.term--begreb')?.getAttribute('data-tip')).toBe('Et budget med en samlet ramme. Bemærkningerne nævner KMD.');
    expect(in2023?.html).toContain('<abbr title="En it-virksomhed.">KMD</abbr>');
    expect(in2023?.root.querySelector('#ordliste-rammebudget')?.text).toBe('Et budget med en samlet ramme.');
    expect(documentOfFile(pathToFileURL('content/dokumenter/2022-oekonomiudvalget/omraader/it.mdx'))).toBe('2022-oekonomiudvalget');
    expect(documentOfFile(pathToFileURL('src/pages/index.md'))).toBeUndefined();
  });

  it('describes each marked term by its explanation, with an id of its own', async () => {
    const { root } = await render('Et rammebudget fra KL.\n', { file: 'content/omraader/beredskab.mdx' });
    const link = root.querySelector('a.term--begreb');
    const id = link?.getAttribute('aria-describedby');
    expect(id).toBe('ordliste-rammebudget');
    const descriptions = root.querySelector('.term-descriptions');
    expect(descriptions?.hasAttribute('hidden')).toBe(true);
    expect(descriptions?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(root.getElementById(id ?? '')?.text).toBe('Et budget med en samlet ramme.');
    expect(root.getElementById('ordliste-kl')?.text).toBe('Kommunernes Landsforening – Kommunernes forening.');
    expect(link?.getAttribute('data-tip')).toBe('Et budget med en samlet ramme.');
    // An abbreviation shows its abbr title on focus; only a budget word carries its explanation.
    expect(root.querySelector('a.term--forkortelse')?.hasAttribute('data-tip')).toBe(false);
  });

  it('leaves headings and links alone, and marks the first use in the text after them', async () => {
    const { root } = await render('## KL og rammebudget\n\n[KL](https://www.kl.dk/) skriver.\n\nSe 05.57.73 og KL.\n');
    expect(root.querySelector('h2')?.querySelector('a.term')).toBeNull();
    const terms = root.querySelectorAll('a.term');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.parentNode?.text).toBe('Se 05.57.73 og KL.');
  });

  it('puts links under the base path', async () => {
    const { root } = await render('KL.\n', { base: '/budget/' });
    expect(root.querySelector('a.term')?.getAttribute('href')).toBe('/budget/ordliste/#kl');
  });

  it('warns once per word about capitals the glossary lacks, naming the file and the word', async () => {
    const { warnings } = await render('## ABC\n\nKL, ABC og XYZ-systemet; ABC igen. KMDs og DK2020X.\n', { file: 'content/omraader/beredskab.mdx' });
    expect(warnings).toEqual([
      unknownWordWarning('content/omraader/beredskab.mdx', 'ABC'),
      unknownWordWarning('content/omraader/beredskab.mdx', 'XYZ'),
      unknownWordWarning('content/omraader/beredskab.mdx', 'DK2020X'),
    ]);
    expect(warnings[0]).toMatch(/^content\/omraader\/beredskab\.mdx: "ABC" is written in capitals, but the glossary has no entry/);
  });

  it('adds nothing to a text without glossary terms', async () => {
    const { html, warnings } = await render('Brandhaner skal udskiftes.\n');
    expect(html.trim()).toBe('<p>Brandhaner skal udskiftes.</p>');
    expect(warnings).toEqual([]);
  });
});

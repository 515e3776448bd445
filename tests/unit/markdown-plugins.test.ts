// The Markdown plugins as Astro runs them: a small Markdown string through Astro's Sätteri processor.
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSAGES_KEY } from '../../src/lib/accounts.ts';
import { FEATURES } from '../../src/lib/markdown/features.ts';
import rehypeHeadingAnchors from '../../src/lib/markdown/rehype-heading-anchors.ts';
import remarkAccountLinks from '../../src/lib/markdown/remark-account-links.ts';
import remarkHeadingIds from '../../src/lib/markdown/remark-heading-ids.ts';

const KNOWN = ['05.48.66', '05.48.68', '05.57.73'];

async function render(markdown: string, { base = '/', file = 'content/omraader/job.mdx' } = {}) {
  const processor = await createSatteriMarkdownProcessor({
    features: FEATURES,
    mdastPlugins: [remarkHeadingIds(), remarkAccountLinks({ base, accounts: () => KNOWN })],
    hastPlugins: [rehypeHeadingAnchors()],
  });
  const result = await processor.render(markdown, { fileURL: pathToFileURL(file), frontmatter: { title: 'Job' } });
  return { html: result.code, headings: result.metadata.headings, frontmatter: result.metadata.frontmatter };
}

describe('account numbers in the notes become links', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('links every number in a paragraph and in a list item to its page', async () => {
    const { html } = await render('Se 05.57.73 her.\n\n- 05.48.66 og 05.48.68 Førtidspensioner\n');
    expect(html).toContain('<p>Se <a href="/konti/05-57-73/" class="account-link">05.57.73</a> her.</p>');
    expect(html).toContain(
      '<li><a href="/konti/05-48-66/" class="account-link">05.48.66</a> og <a href="/konti/05-48-68/" class="account-link">05.48.68</a> Førtidspensioner</li>',
    );
  });

  it('links numbers in table cells', async () => {
    const { html } = await render('| Funktion | Antal |\n| --- | --- |\n| 05.57.73 Kontanthjælp | 612 |\n');
    expect(html).toMatch(/<td><a href="\/konti\/05-57-73\/" class="account-link">05\.57\.73<\/a> Kontanthjælp<\/td>/);
  });

  it('puts the base path in front of the link', async () => {
    const { html } = await render('Se 05.57.73.', { base: '/budget/' });
    expect(html).toContain('href="/budget/konti/05-57-73/"');
  });

  it('links a number written with escaped dots or a character reference too', async () => {
    // The plugin sits out a text with nothing that could read as a number; these must not look like that.
    const { html } = await render('Se 05\\.57\\.73 og 05&#46;48&#46;66.');
    expect(html).toContain('<a href="/konti/05-57-73/" class="account-link">05.57.73</a>');
    expect(html).toContain('<a href="/konti/05-48-66/" class="account-link">05.48.66</a>');
  });

  it('leaves code, existing links and amounts alone', async () => {
    const { html } = await render('`05.57.73` og [05.57.73](https://example.org/) og 12.982.000 kr.');
    expect(html).not.toContain('account-link');
    expect(html).toContain('<code>05.57.73</code>');
  });

  it('stops with a message naming the file and the account when the account has no page', async () => {
    // Astro's processor logs the error before rethrowing it; the assertion below is what matters.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render('- 05.58.99 Revalidering\n', { file: 'content/omraader/arbejdsmarked.mdx' })).rejects.toThrow(
      /content\/omraader\/arbejdsmarked\.mdx: the text mentions function account 05\.58\.99, which has no account page/,
    );
  });

  it('checks numbers in headings too, without linking them', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render('## Om 05.58.99\n')).rejects.toThrow(/05\.58\.99/);
    const { html } = await render('## Om 05.57.73\n');
    expect(html).not.toContain('account-link');
  });

  it('records each passage that mentions accounts, with the section it sits in', async () => {
    const { frontmatter } = await render(
      'Indledning uden konti.\n\n## Budgetgrundlag\n\nFølgende områder:\n\n- 05.48.66 og 05.48.68 Førtidspensioner\n- 05.57.73 Kontant- og *uddannelseshjælp*\n',
    );
    expect(frontmatter.title).toBe('Job');
    expect(frontmatter[PASSAGES_KEY]).toEqual([
      { accounts: ['05.48.66', '05.48.68'], text: '05.48.66 og 05.48.68 Førtidspensioner', section: { id: 'budgetgrundlag', text: 'Budgetgrundlag' } },
      { accounts: ['05.57.73'], text: '05.57.73 Kontant- og uddannelseshjælp', section: { id: 'budgetgrundlag', text: 'Budgetgrundlag' } },
    ]);
  });
});

describe('headings of the notes', () => {
  it('get stable, unique, Danish-friendly ids that Astro reports as the headings', async () => {
    const { html, headings } = await render('## Beskrivelse af området\n\n### Økonomi\n\n### Økonomi\n\n## Indhold\n');
    expect(headings.map((h) => [h.depth, h.slug, h.text])).toEqual([
      [2, 'beskrivelse-af-omraadet', 'Beskrivelse af området'],
      [3, 'oekonomi', 'Økonomi'],
      [3, 'oekonomi-2', 'Økonomi'],
      // "indhold" is the main region's id: a heading must not take it.
      [2, 'indhold-2', 'Indhold'],
    ]);
    expect(html).toContain('<h2 id="beskrivelse-af-omraadet">Beskrivelse af området</h2>');
  });

  it('each get an anchor beside them that is announced by name and adds no text', async () => {
    const { html } = await render('## Budgetgrundlag\n');
    const wrapper = parse(html).querySelector('div.heading-with-anchor');
    expect(wrapper?.childNodes.map((node) => (node as HTMLElement).tagName)).toEqual(['H2', 'A']);
    // The heading keeps its own text; the anchor is outside it, so not part of its name.
    expect(wrapper?.querySelector('h2')?.innerHTML).toBe('Budgetgrundlag');
    const anchor = wrapper?.querySelector('a.heading-anchor');
    expect(anchor?.getAttribute('href')).toBe('#budgetgrundlag');
    expect(anchor?.getAttribute('aria-label')).toBe('Link til afsnittet: Budgetgrundlag');
    expect(anchor?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(anchor?.innerHTML).toBe('<span aria-hidden="true">#</span>');
  });
});

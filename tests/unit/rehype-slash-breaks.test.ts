// Line-break opportunities after slashes in the notes' headings and table cells.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/lib/markdown/features.ts';
import rehypeSlashBreaks from '../../src/lib/markdown/rehype-slash-breaks.ts';

async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ features: FEATURES, hastPlugins: [rehypeSlashBreaks()] });
  return (await processor.render(markdown)).code;
}

describe('slash breaks', () => {
  it('puts a <wbr> after each slash between words in a heading, keeping its text', async () => {
    const html = await render('### Tværgående uddannelse/Kompetenceudvikling/Lederuddannelse');
    expect(html).toContain('uddannelse/<wbr>Kompetenceudvikling/<wbr>Lederuddannelse');
    expect(html.replaceAll('<wbr>', '')).toContain('Tværgående uddannelse/Kompetenceudvikling/Lederuddannelse');
  });

  it('reaches text inside links and emphasis of table cells, but leaves paragraphs and S/H-ydelse alone', async () => {
    const html = await render('| a |\n| --- |\n| *job/uddannelse* S/H-ydelse |\n\nkontanthjælp/integrationsydelse');
    expect(html).toContain('<em>job/<wbr>uddannelse</em> S/H-ydelse');
    expect(html).toContain('<p>kontanthjælp/integrationsydelse</p>');
  });
});

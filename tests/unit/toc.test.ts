import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc.ts';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

describe('the in-page table of contents', () => {
  it('nests h3 headings under the h2 before them, and leaves out deeper ones', () => {
    const items = tableOfContents([h(2, 'A'), h(3, 'A1'), h(4, 'A1x'), h(3, 'A2'), h(2, 'B')]);
    expect(items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      ['A', ['A1', 'A2']],
      ['B', []],
    ]);
  });

  it('is empty for a short area', () => {
    expect(tableOfContents([h(2, 'A'), h(2, 'B'), h(3, 'B1')])).toEqual([]);
    expect(tableOfContents([h(2, 'A'), h(2, 'B'), h(3, 'B1'), h(3, 'B2')])).toHaveLength(2);
  });

  it('lists an h3 that comes before any h2 on its own', () => {
    expect(tableOfContents([h(3, 'X'), h(2, 'A'), h(2, 'B'), h(2, 'C')]).map((i) => i.text)).toEqual(['X', 'A', 'B', 'C']);
  });
});

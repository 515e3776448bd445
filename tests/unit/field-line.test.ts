import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/lib/field-line.ts';

// A frontmatter's text as the content check gets it: from the line break after the opening "---",
// so its line 2 is the file's line 2.
const FRONTMATTER = `
title: "Arbejdsmarked"
accounts:
  - number: "05.46.61"
    name: "Kontanthjælp"
  - number: "15.57.73"
    name: "Kontant- og uddannelseshjælp"
recipients:
  caption: "Modtagere"
  rows:
    - label: "I alt"
      values: [1, 2]
      children:
        - accounts: ["05.57.73"]
          label: "Kontanthjælp"
`;

describe('the line of a field in a content file', () => {
  it('finds a nested field on its own line, not on its top-level key’s', () => {
    expect(fieldLine(FRONTMATTER, ['title'])).toBe(2);
    expect(fieldLine(FRONTMATTER, ['accounts'])).toBe(3);
    expect(fieldLine(FRONTMATTER, ['accounts', 1, 'number'])).toBe(6);
    expect(fieldLine(FRONTMATTER, ['accounts', 1, 'name'])).toBe(7);
    expect(fieldLine(FRONTMATTER, ['recipients', 'rows', 0, 'values', 1])).toBe(12);
    expect(fieldLine(FRONTMATTER, ['recipients', 'rows', 0, 'children', 0, 'accounts', 0])).toBe(14);
  });

  it('gives a missing field the line of the nearest field around it, and none at the top level', () => {
    expect(fieldLine(FRONTMATTER, ['recipients', 'labelHeader'])).toBe(8);
    expect(fieldLine(FRONTMATTER, ['accounts', 5, 'number'])).toBe(3);
    expect(fieldLine(FRONTMATTER, ['netBudget'])).toBeUndefined();
    expect(fieldLine(FRONTMATTER, [])).toBeUndefined();
  });

  it('reads JSON too', () => {
    const json = '{\n  "municipality": "Kalundborg Kommune",\n  "source": {\n    "title": "Budget 2023"\n  }\n}\n';
    expect(fieldLine(json, ['source', 'title'])).toBe(4);
    expect(fieldLine(json, ['source', 'url'])).toBe(3);
  });

  it('gives no line for a text it cannot read', () => {
    expect(fieldLine('title: "not closed\n', ['title'])).toBeUndefined();
  });
});

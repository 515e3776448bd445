import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { AccountNumber, AreaSchema } from '../../src/lib/schemas/area.ts';
import { DocumentSchema } from '../../src/lib/schemas/document.ts';
import { zodProblems } from '../../src/lib/checks.ts';

const minimal = { title: 'Beredskab', order: 8, netBudget: 12982000 };
const fieldsOf = (input: unknown) => {
  const result = AreaSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('area frontmatter schema', () => {
  it('accepts a minimal area', () => {
    expect(fieldsOf(minimal)).toEqual([]);
  });

  it('accepts every real entry', () => {
    const dir = 'content/dokumenter/2022-oekonomiudvalget/omraader';
    for (const name of readdirSync(dir)) {
      const front = readFileSync(`${dir}/${name}`, 'utf-8').split(/^---$/m)[1];
      expect(fieldsOf(parseYaml(front ?? '')), name).toEqual([]);
    }
  });

  it('rejects a missing field and an unknown (misspelt) one', () => {
    expect(fieldsOf({ title: 'x', order: 1 })).toEqual(['netBudget']);
    expect(fieldsOf({ ...minimal, netbudget: 1 })).toEqual(['']);
    expect(AreaSchema.safeParse({ ...minimal, netbudget: 1 }).error?.issues[0]?.message).toContain('netbudget');
  });

  it('says an amount is missing rather than mistyped when it is left out', () => {
    const message = (input: unknown) => AreaSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ title: 'x', order: 1 })).toMatch(/the field is missing/);
    expect(message({ ...minimal, netBudget: '12.982.000' })).toMatch(/^expected a number of whole kroner/);
  });

  it('rejects amounts that are strings, negative or fractional', () => {
    expect(fieldsOf({ ...minimal, netBudget: '12.982.000' })).toEqual(['netBudget']);
    expect(fieldsOf({ ...minimal, netBudget: -1 })).toEqual(['netBudget']);
    expect(fieldsOf({ ...minimal, netBudget: 12982000.5 })).toEqual(['netBudget']);
  });

  it('wants text where readers see text: a title, a label, a name is not empty or only spaces', () => {
    for (const blank of ['', ' ', '\t\n']) {
      expect(fieldsOf({ ...minimal, title: blank }), JSON.stringify(blank)).toEqual(['title']);
      expect(fieldsOf({ ...minimal, accounts: [{ number: '05.57.73', name: blank }] })).toEqual(['accounts.0.name']);
    }
  });

  it('accepts only 0N.NN.NN account numbers (hovedkonto 00–09)', () => {
    expect(AccountNumber.safeParse('05.57.73').success).toBe(true);
    expect(AccountNumber.safeParse('00.22.01').success).toBe(true);
    for (const bad of ['5.57.73', '15.57.73', '055773', '05.57.7', '05-57-73']) {
      expect(AccountNumber.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('rejects a related area that is not a slug', () => {
    expect(fieldsOf({ ...minimal, related: ['Børn og familie'] })).toEqual(['related.0']);
  });
});

describe('document facts', () => {
  it('reads the real facts', () => {
    const facts = DocumentSchema.parse(JSON.parse(readFileSync('content/dokumenter/2022-oekonomiudvalget/dokument.json', 'utf-8')));
    expect(facts).toMatchObject({ municipality: 'Kalundborg Kommune', committee: 'Økonomiudvalget', budgetYear: 2022 });
  });

  it('names the file and the field that is wrong', () => {
    const result = DocumentSchema.safeParse({ municipality: 'X' });
    const problems = zodProblems('content/dokumenter/x/dokument.json', result.error?.issues ?? []);
    expect(problems.map((p) => p.field)).toContain('committee');
    expect(problems[0]?.file).toBe('content/dokumenter/x/dokument.json');
  });

  it('wants a committee name that gives an address: letters or digits, not only signs', () => {
    const facts = JSON.parse(readFileSync('content/dokumenter/2022-oekonomiudvalget/dokument.json', 'utf-8'));
    for (const committee of ['!!!', '  ', '–']) {
      const result = DocumentSchema.safeParse({ ...facts, committee });
      expect(result.success, committee).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/committee name with letters or digits/);
    }
    expect(DocumentSchema.safeParse({ ...facts, committee: 'Udvalget for Klima & Miljø' }).success).toBe(true);
  });
});

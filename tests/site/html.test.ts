// Every built page is valid HTML by html-validate's recommended rules (tests/support/html-validate.ts).
import { formatterFactory, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlValidateConfig } from '../support/html-validate.ts';
import { assertBuilt, fileOf, listPages } from '../support/site.ts';

describe('the HTML of every page', () => {
  beforeAll(() => assertBuilt());

  it('passes html-validate', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const results = [];
    for (const path of listPages()) {
      const report = await validator.validateFile(fileOf(path));
      results.push(...report.results);
    }
    const messages: Message[] = results.flatMap((r) => r.messages);
    expect(messages.length, formatterFactory('text')(results)).toBe(0);
  });
});

/** html-validate (its recommended rules) finds no error on any built page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { TEST_DIST } from '../paths.ts';
import { pagesOf } from '../site-pages.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const files = [...pagesOf(TEST_DIST).map((page) => join(page, 'index.html')), '404.html'];

test.each(files)('%s is valid HTML', async (file) => {
  const report = await validator.validateString(readFileSync(join(TEST_DIST, file), 'utf8'), file);
  const errors = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(errors).toEqual([]);
});

/**
 * html-validate (its recommended rules) finds no error on any built page: of the test site, and of the site of
 * notes across notes, whose lists are cut into pages (pagers and pages kept from the links lock included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { testSite } from '../support/test-sites.ts';

import { pagesOf } from '../site-pages.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const files = [
  ...[...pagesOf(testSite('site').out), '404.html'].map((page) =>
    join(testSite('site').out, page, page.endsWith('.html') ? '' : 'index.html'),
  ),
  ...pagesOf(testSite('cross').out)
    .filter((page) => !/^\/notes\//.test(page))
    .map((page) => join(testSite('cross').out, page, 'index.html')),
];

test.each(files)('%s is valid HTML', async (file) => {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  const errors = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(errors).toEqual([]);
});

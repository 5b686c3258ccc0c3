/**
 * A note that does not fit stops the build, from the command line, with the checker's report: the one refused
 * build of the suite, which proves the wiring. What the checker reports is held in-process, in
 * tests/unit/check-notes.test.ts and below.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaultSite } from '../support/default-site.ts';
import { checkNotes } from '../../src/check/check-notes.ts';
import { formatReport } from '../../src/check/report.ts';
import { runBuild } from '../support/build.ts';

test('npm run build exits 1, reports every problem of every note at once, and keeps the last good dist', () => {
  const out = '.test-dist/failing';
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/index.html`, 'last good build');
  const result = runBuild(out, { GLOSS_NOTES: 'tests/fixtures/bad-notes' });
  const output = result.stdout + result.stderr;
  expect(result.status).toBe(1);
  expect(output).toContain('26 problems in 13 notes.');
  expect(output).toContain('tests/fixtures/bad-notes/yaml-error.md:6\n  the frontmatter is not valid YAML');
  expect(output).toContain('tests/fixtures/bad-notes/unknown-field.md:7  date "signing"  field `qoute`');
  expect(output).toContain('this note would have the same page, /notes/same-page/');
  expect(output).toContain(`${out}/ still holds the last good build`);
  expect(existsSync(`${out}.next`)).toBe(false);
  expect(existsSync(`${out}/index.html`)).toBe(true);
});

test('a quote not in its text is named by note, line and annotation, with the closest words there are', async () => {
  const report = formatReport(await checkNotes('tests/fixtures/unanchored-notes', defaultSite, { lock: null }));
  expect(report).toContain('tests/fixtures/unanchored-notes/typo.md:8  figure "revenue-run-rate"  field `quote`');
  expect(report).toContain('quote "$10 billon" was not found; closest: "$10 billion" (paragraph 1)');
});

test('an option the build does not know is named, with the usage, before anything is built', () => {
  const result = runBuild('.test-dist/failing-option', {}, { args: ['--cleen'] });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("npm run build: Unknown option '--cleen'");
  expect(result.stderr).toContain('usage: npm run build');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync('.test-dist/failing-option.next')).toBe(false);
});

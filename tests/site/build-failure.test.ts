/** A note whose quote is not in its text stops the build, from the command line, with a useful message. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runBuild } from '../build.ts';

test('npm run build exits non-zero, names the note and the annotation, and keeps the last good dist', () => {
  const out = '.test-dist/failing';
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/index.html`, 'last good build');
  const result = runBuild(out, { GLOSS_NOTES: 'tests/fixtures/unanchored-notes' });
  const output = result.stdout + result.stderr;
  expect(result.status).toBe(1);
  expect(output).toContain('tests/fixtures/unanchored-notes/typo.md:8  figure "revenue-run-rate"  field `quote`');
  expect(output).toContain('quote "$10 billon" was not found; closest: "$10 billion" (paragraph 1)');
  expect(output).toContain(`${out}/ still holds the last good build`);
  expect(existsSync(`${out}.next`)).toBe(false);
  expect(existsSync(`${out}/index.html`)).toBe(true);
});

test('a build reports every problem of every note at once, as `npm run check:notes` does', () => {
  const result = runBuild('.test-dist/failing-many', { GLOSS_NOTES: 'tests/fixtures/bad-notes' });
  const output = result.stdout + result.stderr;
  expect(result.status).toBe(1);
  expect(output).toContain('27 problems in 13 notes.');
  expect(output).toContain('tests/fixtures/bad-notes/yaml-error.md:6\n  the frontmatter is not valid YAML');
  expect(output).toContain('tests/fixtures/bad-notes/unknown-field.md:7  date "signing"  field `qoute`');
  expect(output).toContain('this note would have the same page, /notes/same-page/');
  expect(existsSync('.test-dist/failing-many')).toBe(false);
});

test('an option the build does not know is named, with the usage, before anything is built', () => {
  const result = runBuild('.test-dist/failing-option', {}, { args: ['--cleen'] });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("npm run build: Unknown option '--cleen'");
  expect(result.stderr).toContain('usage: npm run build');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync('.test-dist/failing-option.next')).toBe(false);
});

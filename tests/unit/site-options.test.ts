/**
 * The `gloss()` options: validated once, a bad one refused in one line naming it and what to write instead; and
 * every cache decision (a stored note's version, a page's cache key, a whole build's fingerprint) hashes them
 * whole, so that changing any option, or Astro's `site` or `base`, changes each of them.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { buildFingerprint } from '../../src/build-cache/build-fingerprint.ts';
import { pageCacheKey } from '../../src/build-cache/cache-key.ts';
import { renderVersion } from '../../src/build-cache/render-version.ts';
import gloss from '../../src/integrations/gloss.ts';
import { glossOptions, type GlossUserOptions } from '../../src/options/options-schema.ts';
import { defaultSettings, type SiteSettings } from '../../src/options/site.ts';

test('the defaults: every option filled in, page sizes by list', () => {
  expect(glossOptions()).toEqual({
    notes: 'content/notes',
    linksLock: 'links.lock',
    annotationPages: true,
    author: {},
    language: 'en',
    pageSize: { notes: 50, rows: 400, appearances: 40, parties: 400 },
    strictDrafts: false,
  });
  expect(glossOptions({ pageSize: 2 }).pageSize).toEqual({ notes: 2, rows: 2, appearances: 2, parties: 2 });
  expect(glossOptions({ pageSize: { rows: 10 } }).pageSize).toEqual({
    notes: 50,
    rows: 10,
    appearances: 40,
    parties: 400,
  });
  expect(glossOptions({ language: 'fr_CA' }).language).toBe('fr-CA');
  // The site's own notes have their record of published links; other notes none, unless one is named.
  expect(glossOptions({ notes: 'tests/fixtures/site-notes' }).linksLock).toBe(false);
  expect(glossOptions({ notes: 'elsewhere', linksLock: 'mine.lock' }).linksLock).toBe('mine.lock');
});

test.each<[GlossUserOptions, string]>([
  [
    { author: { url: 'me at example.org' } },
    'gloss option author.url "me at example.org" is not an absolute address: write one like https://example.org/me',
  ],
  [
    { language: 'de' },
    `gloss option language "de": the site's own words are written in en and fr only; add a table for it in src/words/`,
  ],
  [
    { language: 'english please' },
    'gloss option language "english please" is not a language tag: write one like "en", "fr" or "en-US"',
  ],
  [
    { pageSize: 0 },
    'gloss option pageSize 0 is not valid: write a whole number above 0, like 50, or { notes: 50, rows: 400 }',
  ],
  [
    { pageSize: { rows: 2.5 } },
    'gloss option pageSize {"rows":2.5} is not valid: write a whole number above 0, like 50, or { notes: 50, rows: 400 }',
  ],
  [
    { annotationPages: 'off' as unknown as boolean },
    'gloss option annotationPages "off" is not valid: write true or false',
  ],
  [
    { pagesize: 2 } as GlossUserOptions,
    'gloss option pagesize is not one Gloss has: write one of notes, linksLock, annotationPages, author, language, pageSize, strictDrafts',
  ],
  [
    { author: { name: 'A. Author', email: 'a@example.org' } } as GlossUserOptions,
    'gloss option author.email is not one Gloss has: write one of name, url',
  ],
])('a bad option is refused in one line: %j', (options, message) => {
  expect(() => glossOptions(options)).toThrow(message);
  expect(() => glossOptions(options)).not.toThrow('\n');
  expect(() => gloss(options)).toThrow(message);
});

test('the integration carries its options validated, for the commands outside Astro', () => {
  expect(gloss({ pageSize: 3 }).options.pageSize.rows).toBe(3);
});

/** The settings with each option, `site` and `base` changed in turn. */
const variants: Array<[string, SiteSettings]> = [
  ['notes', defaultSettings({ notes: 'tests/fixtures/site-notes' })],
  ['linksLock', defaultSettings({ linksLock: 'tests/fixtures/lock/split-pages/links.lock.json' })],
  ['annotationPages', defaultSettings({ annotationPages: false })],
  ['author.name', defaultSettings({ author: { name: 'A. Author' } })],
  ['author.url', defaultSettings({ author: { url: 'https://example.org/me' } })],
  ['language', defaultSettings({ language: 'fr' })],
  ['pageSize', defaultSettings({ pageSize: 2 })],
  ['pageSize.parties', defaultSettings({ pageSize: { parties: 7 } })],
  ['strictDrafts', defaultSettings({ strictDrafts: true })],
  ['site', { ...defaultSettings(), site: 'https://notes.example.net' }],
  ['base', { ...defaultSettings(), base: '/reading-notes/' }],
];

test('every option the schema has is changed by one of the variants below', () => {
  const changed = new Set(variants.map(([name]) => name.split('.')[0]));
  for (const option of Object.keys(glossOptions())) expect(changed).toContain(option);
});

test.each(variants)('changing %s changes every cache decision', (_, settings) => {
  const base = defaultSettings();
  expect(renderVersion('.', settings)).not.toBe(renderVersion('.', base));
  expect(pageCacheKey(settings)('page', 1)).not.toBe(pageCacheKey(base)('page', 1));
  expect(buildFingerprint('.test-dist/fingerprint', [], settings, false)).not.toBe(
    buildFingerprint('.test-dist/fingerprint', [], base, false),
  );
});

test('a bad option in the environment stops a command in one line, naming the option', () => {
  const result = spawnSync(process.execPath, ['scripts/check-notes.ts'], {
    encoding: 'utf8',
    env: { ...process.env, SITE_AUTHOR_URL: 'me at example.org' },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    'npm run check:notes: gloss option author.url "me at example.org" is not an absolute address: write one like https://example.org/me\n',
  );
});

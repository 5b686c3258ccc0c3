/**
 * SITE_AUTHOR_URL reaches the open data, so it decides a rebuild as SITE_AUTHOR does: the version of a stored
 * note and the fingerprint of a whole build both change with it; and a value that is not an address stops a
 * command in one line.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, expect, test } from 'vitest';
import { buildFingerprint } from '../../src/build-cache/build-fingerprint.ts';
import { renderVersion } from '../../src/build-cache/render-version.ts';

const saved = process.env['SITE_AUTHOR_URL'];
afterEach(() => {
  if (saved === undefined) delete process.env['SITE_AUTHOR_URL'];
  else process.env['SITE_AUTHOR_URL'] = saved;
});

test.each(['SITE_AUTHOR', 'SITE_AUTHOR_URL'])('%s changes the version of every stored note', (name) => {
  const env = { SITE_AUTHOR: 'A. Author' };
  expect(renderVersion('.', { ...env, [name]: 'https://example.org/other' })).not.toBe(renderVersion('.', env));
});

test('SITE_AUTHOR_URL changes the fingerprint of a whole build', () => {
  delete process.env['SITE_AUTHOR_URL'];
  const without = buildFingerprint('.test-dist/fingerprint', []);
  process.env['SITE_AUTHOR_URL'] = 'https://example.org/me';
  expect(buildFingerprint('.test-dist/fingerprint', [])).not.toBe(without);
});

test('a SITE_AUTHOR_URL that is not an address stops a command in one line', () => {
  const result = spawnSync(process.execPath, ['-e', "await import('./src/settings.ts')", '--input-type=module'], {
    encoding: 'utf8',
    env: { ...process.env, SITE_AUTHOR_URL: 'me at example.org' },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    'SITE_AUTHOR_URL "me at example.org" is not an absolute address: write one like https://example.org/me\n',
  );
});

/**
 * The JSON schema Astro writes for the notes (`experimental.contentIntellisense`), which the Astro editor
 * extension completes and checks a note's frontmatter with: validated here by ajv, a JSON Schema validator.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, expect, test } from 'vitest';
import { readNote } from '../../src/check/read-note.ts';
import { SITE_NOTES } from '../paths.ts';

let validate: ReturnType<Ajv2020['compile']>;
beforeAll(() => {
  // The tests' own notes, so that no note of the site can stop the sync.
  const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    encoding: 'utf8',
    env: { ...process.env, GLOSS_NOTES: SITE_NOTES },
  });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}\n${sync.stderr}`);
  const schema = JSON.parse(readFileSync('.astro/collections/notes.schema.json', 'utf8'));
  validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
}, 60_000);

const seed = () => {
  const path = `${SITE_NOTES}/openai-google-cloud.md`;
  return readNote(path, readFileSync(path, 'utf8')).data as Record<string, unknown> & {
    parties: Array<Record<string, unknown>>;
  };
};

test('accepts the frontmatter of a note as written', () => {
  expect(validate(seed())).toBe(true);
});

test('refuses a party of a kind that is not allowed, and a field that does not exist', () => {
  const note = seed();
  note.parties[0] = { ...note.parties[0], kind: 'company' };
  expect(validate(note)).toBe(false);
  expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toContain('/parties/0/kind enum');
  expect(validate({ ...seed(), titel: 'A typo' })).toBe(false);
  expect(validate({ source: {} })).toBe(false);
});

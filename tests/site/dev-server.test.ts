/**
 * `npm run dev` as an author uses it, on a copy of the tests' notes: a note saved shows its change; a note broken
 * is reported, with the build's report, and left out; mended, it comes back. The pages across notes, which read
 * what the loader keeps outside Astro's store under dev, show the notes too.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fetchPage, serveNotes, waitForPage, type DevServer } from '../support/dev-server.ts';
import { shellEnv } from '../support/build.ts';
import { SITE_NOTES } from '../paths.ts';

// Outside the project: the dev server does not watch .test-dist/, where the tests' sites are built. A folder of
// this run's own, so that two runs on one machine never edit each other's notes.
const NOTES = mkdtempSync(join(tmpdir(), 'gloss-dev-notes-'));
let server: DevServer;
let note: string;
let page: string;

beforeAll(async () => {
  rmSync(NOTES, { recursive: true, force: true });
  cpSync(SITE_NOTES, NOTES, { recursive: true });
  const [first] = readdirSync(NOTES).sort();
  note = join(NOTES, first as string);
  const path = `/notes/${(first as string).replace(/\.md$/, '')}/`;
  server = await serveNotes({ ...shellEnv(), GLOSS_NOTES: NOTES }, path);
  page = `${server.origin}${path}`;
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(NOTES, { recursive: true, force: true });
});

test('a note saved shows its change', async () => {
  writeFileSync(note, `${readFileSync(note, 'utf8').trimEnd()}\n\nA sentence saved under dev.\n`);
  await waitForPage(page, ({ text }) => text.includes('A sentence saved under dev.'), 60);
});

test('a note broken is reported and left out, and comes back once mended', async () => {
  // A sentence of its own, so that this test does not lean on what another test saved.
  const mended = `${readFileSync(note, 'utf8').trimEnd()}\n\nA sentence of the mended note alone.\n`;
  const broken = mended.replace(/^( +quote: ).*$/m, '$1words that are in no text of this note');
  expect(broken).not.toBe(mended);
  writeFileSync(note, broken);
  await waitForPage(page, ({ status }) => status === 404, 60);
  // Left out for the problem this note has, not for a file read half written.
  await expect
    .poll(() => server.output(), { timeout: 30_000 })
    .toContain('quote "words that are in no text of this note" was not found');
  expect(server.output()).toContain('Notes with a problem are left out until they are mended.');
  expect(server.output()).not.toContain('the note has no frontmatter');

  writeFileSync(note, mended);
  await waitForPage(
    page,
    ({ status, text }) => status === 200 && text.includes('A sentence of the mended note alone.'),
    60,
  );
});

test('the pages across notes show the notes, their passages in context', async () => {
  const parties = await fetchPage(`${server.origin}/parties/`);
  expect(parties?.status).toBe(200);
  const party = /href="(\/parties\/[a-z0-9-]+\/)"/.exec(parties?.text ?? '')?.[1];
  expect(party).toBeDefined();
  const partyPage = await fetchPage(`${server.origin}${party}`);
  expect(partyPage?.status).toBe(200);
  expect(partyPage?.text).toContain('class="in-context"');
  const data = await fetchPage(`${page}annotations.jsonld`);
  expect(data?.status).toBe(200);
  expect(data?.text).toContain('TextQuoteSelector');
});

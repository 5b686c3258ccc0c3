/**
 * `npm run new -- <http(s) address>` against a server of the test's own on localhost: the page is fetched,
 * redirects followed, and imported as a saved page with its address as the source; every failure is one line and
 * writes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { readNote } from '../../src/check/read-note.ts';
import { newNote } from '../../scripts/new-note.ts';
import { runInProcess } from '../support/command.ts';

const PAGE = readFileSync('tests/fixtures/captures/news-article.html');
let server: Server;
let origin: string;
let notes: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/article') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/moved') response.writeHead(302, { location: '/article' }).end();
    else if (path === '/report.pdf') response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const block = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 11; i++) response.write(block);
      response.end();
    } else if (path === '/slow') setTimeout(() => response.end(), 5_000).unref();
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));
beforeEach(() => {
  notes = mkdtempSync(join(tmpdir(), 'gloss-fetched-notes-'));
});

/** Runs the command in this process, which serves the pages. */
async function run(...args: string[]) {
  // The archive is asked on this server too (tests/unit/new-note-archive.test.ts): it has no copy here.
  vi.stubEnv('GLOSS_ARCHIVE_API', `${origin}/no-archive`);
  try {
    return await runInProcess(() => newNote(args, notes));
  } finally {
    vi.unstubAllEnvs();
  }
}

test('a page fetched from its address, through a redirect, becomes a note', async () => {
  const { status, err } = await run(`${origin}/moved`);
  expect(err).toBe('');
  expect(status).toBe(0);
  expect(readdirSync(notes)).toEqual(['harbor-fund-backs-lumens-new-plant.md']);
  const path = join(notes, 'harbor-fund-backs-lumens-new-plant.md');
  const note = readNote(path, readFileSync(path, 'utf8'));
  // The page names its canonical address, which is kept as its source.
  expect(note.data).toMatchObject({ source: { url: 'https://news.example.org/2024/03/harbor-fund-lumen' } });
  expect(note.body).toContain('[Harbor Fund](https://example.org/harbor)');
});

test.each([
  ['a missing page', '/missing', [], /could not fetch .*: the page answered 404 Not Found; nothing was written$/],
  ['not a web page', '/report.pdf', [], /could not fetch .*: it is not a web page but application\/pdf;/],
  ['a page over the size cap', '/huge', [], /could not fetch .*: the page is larger than 10 MB;/],
  ['a page that does not answer in time', '/slow', ['--timeout', '1'], /could not fetch .*: no answer within 1 s;/],
])('%s is one line, and nothing is written', async (_, path, args, reason) => {
  const { status, err } = await run(`${origin}${path}`, ...args);
  expect(status).toBe(1);
  expect(err.trim().split('\n')).toEqual([expect.stringMatching(reason)]);
  expect(readdirSync(notes)).toEqual([]);
});

test('a server that refuses the connection is one line, and nothing is written', async () => {
  const closed = createServer();
  await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((done) => closed.close(() => done()));
  const { status, err } = await run(`http://127.0.0.1:${port}/article`);
  expect(status).toBe(1);
  expect(err.trim()).toMatch(/could not fetch .*: the connection was refused; nothing was written$/);
  expect(readdirSync(notes)).toEqual([]);
});

/**
 * `npm run new -- <address>` looks up the page's closest copy in a web archive and writes it into the note's
 * `source.archived`. A server of the test's own on localhost stands in for both the page and the archive's
 * availability API (GLOSS_ARCHIVE_API); no request leaves the machine. A lookup that fails is one line, and the
 * note is written all the same.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { closestArchivedCopy } from '../../src/capture/fetch/wayback-lookup.ts';
import { readNote } from '../../src/check/read-note.ts';
import { newNote } from '../../scripts/new-note.ts';
import { runInProcess } from '../support/command.ts';

const PAGE = readFileSync('tests/fixtures/captures/news-article.html');
/** The page's canonical address, which the note keeps as its source and the archive is asked about. */
const CANONICAL = 'https://news.example.org/2024/03/harbor-fund-lumen';
const COPY = `https://web.archive.org/web/20240312081500/${CANONICAL}`;
const FOUND = {
  url: CANONICAL,
  archived_snapshots: { closest: { status: '200', available: true, url: COPY, timestamp: '20240312081500' } },
};

let server: Server;
let origin: string;
let notes: string;
/** What the archive was asked, one query a request. */
let asked: URLSearchParams[];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const json = (body: string) => response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (url.pathname.startsWith('/archive/')) asked.push(url.searchParams);
    if (url.pathname === '/article') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (url.pathname === '/archive/found') json(JSON.stringify(FOUND));
    else if (url.pathname === '/archive/none') json(JSON.stringify({ url: CANONICAL, archived_snapshots: {} }));
    else if (url.pathname === '/archive/broken') json('{"archived_snapshots": {"closest": ');
    else if (url.pathname === '/archive/odd')
      json(
        JSON.stringify({
          archived_snapshots: { closest: { available: true, url: 'javascript:alert(1)', timestamp: 'yesterday' } },
        }),
      );
    else if (url.pathname === '/archive/slow') setTimeout(() => json(JSON.stringify(FOUND)), 3_000).unref();
    else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));
beforeEach(() => {
  notes = mkdtempSync(join(tmpdir(), 'gloss-archived-notes-'));
  asked = [];
});

/** Runs the command with the archive at `api`, in this process, which serves the pages. */
async function run(api: string, ...args: string[]) {
  vi.stubEnv('GLOSS_ARCHIVE_API', api);
  try {
    return await runInProcess(() => newNote([`${origin}/article`, ...args], notes));
  } finally {
    vi.unstubAllEnvs();
  }
}

const sourceOf = () => {
  const [file] = readdirSync(notes);
  const path = join(notes, file as string);
  return (readNote(path, readFileSync(path, 'utf8')).data as { source: Record<string, unknown> }).source;
};

describe('npm run new with an address', () => {
  test('writes the archive’s closest copy into source.archived, asking about the page’s own address', async () => {
    const { status, out, err } = await run(`${origin}/archive/found`);
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(sourceOf()).toMatchObject({ url: CANONICAL, archived: { url: COPY, date: '2024-03-12T08:15:00Z' } });
    expect(out).toContain(`Archived copy: ${COPY} (2024-03-12T08:15:00Z).`);
    expect(asked.map((query) => query.get('url'))).toEqual([CANONICAL]);
    expect(asked[0]?.get('timestamp')).toMatch(/^\d{14}$/);
  });

  test.each([
    ['no copy', 'none', `the archive has no copy of ${CANONICAL}`],
    ['an answer cut short', 'broken', 'the archive’s answer is not JSON'],
    ['an answer of another shape', 'odd', 'the archive’s answer is not the JSON its API gives'],
    ['an archive that is not there', 'missing', 'the archive answered 404 Not Found'],
  ])('%s is one line, and the note is written without a copy', async (_, path, reason) => {
    const { status, out, err } = await run(`${origin}/archive/${path}`);
    expect({ status, err }).toEqual({ status: 0, err: '' });
    expect(out.split('\n').filter((line) => line.startsWith('No archived copy'))).toEqual([
      `No archived copy: ${reason}; the note is written without one.`,
    ]);
    expect(sourceOf()).toEqual({ url: CANONICAL, publisher: 'Example News Group', published: '2024-03-15' });
  });

  test('an archive that refuses the connection is one line, and the note is written', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const { status, out } = await run(`http://127.0.0.1:${port}/wayback/available`);
    expect(status).toBe(0);
    expect(out).toContain('No archived copy: the archive refused the connection; the note is written without one.');
    expect(sourceOf()['archived']).toBeUndefined();
  });

  test('--no-archive asks no archive', async () => {
    const { status, out } = await run(`${origin}/archive/found`, '--no-archive');
    expect(status).toBe(0);
    expect(asked).toEqual([]);
    expect(out).not.toMatch(/rchived copy/);
    expect(sourceOf()['archived']).toBeUndefined();
  });

  test('an archive setting that is not an address is refused before anything is fetched', async () => {
    const { status, err } = await run('archive.org/wayback/available');
    expect(status).toBe(1);
    expect(err.trim()).toBe(
      'npm run new: GLOSS_ARCHIVE_API "archive.org/wayback/available" is not an http(s) address: name the archive\'s availability API',
    );
    expect(readdirSync(notes)).toEqual([]);
  });
});

test('an archive that does not answer in time is given up on, in words', async () => {
  const api = `${origin}/archive/slow`;
  const started = performance.now();
  const result = await closestArchivedCopy(CANONICAL, { api, timeoutMs: 300, at: new Date('2024-03-12T09:00:00Z') });
  expect(result).toEqual({ error: 'the archive did not answer within 0.3 s' });
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(asked[0]?.get('timestamp')).toBe('20240312090000');
});

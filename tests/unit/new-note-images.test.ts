/**
 * `npm run new` keeps a capture's images as files beside the note, against a server of the test's own on
 * localhost: a page saved "complete" (its images in `<name>_files/`), an image on another site, and images that
 * cannot be kept (not found, not an image, too big), each left out in one line with its alt text. Embedded posts
 * are kept as quotations with their links.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importWebPage } from '../../src/capture/html/web-page.ts';
import { readNote } from '../../src/check/read-note.ts';
import { newNote } from '../../scripts/new-note.ts';
import { runInProcess } from '../support/command.ts';

const PNG = 'tests/fixtures/site-notes/outage-chart/outages-by-year.png';
const LONG = 'The storm brought down lines across the north of the region, and crews from three counties were sent. ';
let server: Server;
let origin: string;
let page = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/story/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (path === '/photo.png') response.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(PNG));
    else if (path === '/story/not-an-image.png') response.writeHead(200, { 'content-type': 'image/png' }).end('<html>');
    else if (path === '/huge.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      for (let i = 0; i < 6; i++) response.write(Buffer.alloc(1024 * 1024));
      response.end();
    } else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

/** Runs the command into `notes`, in this process, which serves the pages. */
const run = (notes: string, ...args: string[]) => runInProcess(() => newNote(args, notes));

const storyWith = (images: string): string =>
  `<html><head><title>Storm Damage</title></head><body><article><h1>Storm Damage</h1><p>${LONG.repeat(3)}</p>
${images}<p>${LONG.repeat(2)}</p></article></body></html>`;

test('a page saved with its files keeps them beside the note, as figures with their captions', async () => {
  const work = mkdtempSync(join(tmpdir(), 'gloss-image-capture-'));
  const notes = mkdtempSync(join(tmpdir(), 'gloss-image-notes-'));
  mkdirSync(join(work, 'Storm_files'));
  copyFileSync(PNG, join(work, 'Storm_files', 'chart.png'));
  writeFileSync(
    join(work, 'Storm.html'),
    storyWith(
      `<figure><img src="./Storm_files/chart.png" alt="Outages per day"><figcaption>Outages by day, June</figcaption></figure>
<p><img src="${origin}/photo.png" alt="Crews at work"></p>`,
    ),
  );
  const { status, out, err } = await run(notes, join(work, 'Storm.html'), '--slug', 'storm');
  expect(err).toBe('');
  expect(status).toBe(0);
  expect(readdirSync(join(notes, 'storm'))).toEqual(['chart.png']);
  expect(readFileSync(join(notes, 'storm', 'chart.png'))).toEqual(readFileSync(PNG));
  const body = readNote('storm.md', readFileSync(join(notes, 'storm.md'), 'utf8')).body;
  expect(body).toContain('![Outages per day](./storm/chart.png "Outages by day, June")');
  expect(body).not.toContain('Crews at work');
  expect(out).toContain(`Note: image ${origin}/photo.png left out: it is on the web, and a saved capture keeps only`);
});

test('a page fetched by its address has its images fetched, within limits; those that cannot be kept are said', async () => {
  const notes = mkdtempSync(join(tmpdir(), 'gloss-image-notes-'));
  page = storyWith(
    `<p><img src="/photo.png" alt="Crews at work"></p>
<p><img src="${origin}/missing.png" alt="A missing picture"> <img src="not-an-image.png" alt="Not a picture"> <img src="/huge.png" alt="A huge picture"></p>`,
  );
  const { status, out, err } = await run(notes, `${origin}/story/`, '--slug', 'storm', '--no-archive');
  expect(err).toBe('');
  expect(status).toBe(0);
  expect(readdirSync(join(notes, 'storm'))).toEqual(['photo.png']);
  const body = readNote('storm.md', readFileSync(join(notes, 'storm.md'), 'utf8')).body;
  expect(body).toContain('![Crews at work](./storm/photo.png)');
  for (const alt of ['A missing picture', 'Not a picture', 'A huge picture']) expect(body).not.toContain(alt);
  expect(out).toContain(`Note: image ${origin}/missing.png left out: it answered 404`);
  expect(out).toContain('Note: image not-an-image.png left out: it is not an image');
  expect(out).toContain('Note: image /huge.png left out: it is larger than 5 MB');
});

test('embedded posts are kept as quotations that end with their link', async () => {
  const page = await importWebPage(
    `<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>${LONG.repeat(3)}</p>
<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">Storm damage is worse than we thought.</p>&mdash; Grid Ops (@gridops) <a href="https://twitter.com/gridops/status/123">June 1, 2025</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div>
<iframe src="https://mastodon.social/@grid/1234/embed" class="mastodon-embed"></iframe>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ABC/"><div><a href="https://www.instagram.com/p/ABC/">A post shared by Grid (@grid)</a></div></blockquote>
<p>${LONG.repeat(2)}</p></article></body></html>`,
    'https://news.example.org/storm',
  );
  if ('error' in page) throw new Error(page.error);
  expect(page.markdown).toContain(
    '> Storm damage is worse than we thought.\n>\n> — Grid Ops (@gridops) [June 1, 2025](https://twitter.com/gridops/status/123)',
  );
  expect(page.markdown).toContain('> <https://mastodon.social/@grid/1234>');
  expect(page.markdown).toContain('> A post shared by Grid (@grid)\n>\n> <https://www.instagram.com/p/ABC/>');
});

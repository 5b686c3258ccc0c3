/**
 * Review under `npm run dev`, as an author does it: a capture taken through `npm run new` and `npm run suggest
 * --write`, then every draft reviewed in the page (some accepted, a date edited, a party rejected, a figure added
 * by selecting its words with the keyboard), until the note passes the check. The file's diff must be exactly
 * those changes; the actions it took are counted. The dev server must refuse a WebSocket from another origin, and
 * review's requests from any page but its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { axeViolations } from './harness.ts';
import { serveNotes, type DevServer } from '../support/dev-server.ts';
import { checkNotes } from '../../src/check/check-notes.ts';
import { defaultSite } from '../support/default-site.ts';
import { shellEnv } from '../support/build.ts';
import { mustRun } from '../support/command.ts';
import { newNote } from '../../scripts/new-note.ts';
import { suggest } from '../../scripts/suggest.ts';

const CAPTURE = 'tests/fixtures/captures/openai-google-cloud.txt';

let folder: string;
let note: string;
let server: DevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gloss-review-'));
  await mustRun('npm run new', () => newNote([CAPTURE, '--published', '2025-06-10', '--slug', 'review'], folder));
  note = join(folder, 'review.md');
  await mustRun('npm run suggest', () => suggest([note, '--write']));
  server = await serveNotes({ ...shellEnv(), GLOSS_NOTES: folder }, '/notes/review/');
  url = `${server.origin}/notes/review/`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Clicks and keys, counted as an author's actions. */
let actions = 0;

/**
 * Runs `act` (one save) and waits for the page the dev server reloads with the change. With `shown`, the reload
 * is held back until `shown` has seen the change in the page as it stands: the save shows it before Astro reloads.
 */
async function saving(page: Page, act: () => Promise<void>, shown?: () => Promise<void>): Promise<void> {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  if (shown) await page.route(url, async (route) => held.then(() => route.continue()));
  const reloaded = page.waitForEvent('load', { timeout: 15_000 });
  await act();
  try {
    await shown?.();
  } finally {
    release();
  }
  await reloaded;
  if (shown) await page.unroute(url);
  await page.locator('.gloss-review-status').waitFor();
}

const noteOf = (page: Page, id: string) => page.locator(`[id="${id}--note"]`);

test('the dev server refuses a WebSocket from another origin, and listens on loopback', async () => {
  const upgrade = (origin: string | undefined, path = '/') =>
    new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      const headers: Record<string, string> = {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Protocol': 'vite-hmr',
        ...(origin ? { Origin: origin } : {}),
      };
      const ask = request({ hostname, port, path, headers });
      ask.on('upgrade', (response, socket) => {
        socket.destroy();
        resolve(response.statusCode ?? 0);
      });
      ask.on('response', (response) => resolve(response.statusCode ?? 0));
      ask.on('error', reject);
      ask.end();
    }).catch(() => 0);
  // Another site's page: no token, refused (the socket is closed, or an error status comes back).
  expect(await upgrade('https://evil.example')).not.toBe(101);
  expect(await upgrade('https://evil.example', '/?token=guessed')).not.toBe(101);
  // The dev server listens on loopback.
  expect(new URL(server.origin).hostname).toBe('localhost');
});

test("only the dev server's own pages can review: a page on another port of localhost or 127.0.0.1 cannot", async () => {
  const before = readFileSync(note, 'utf8');
  const id = /^ {2}- id: (\S+)$/m.exec(before)?.[1] as string;
  const endpoint = `${server.origin}/__gloss/review`;
  const ask = (origin: string) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ op: 'open', slug: 'review' }),
    });
  // The check is the server's, on the request's origin: its own is answered, another port of the machine is not.
  expect((await ask(server.origin)).status).toBe(200);
  expect((await ask('http://localhost:8001')).status).toBe(403);

  // Another local web app's page, served on another port, tries every way in: a JSON request, a "simple" one the
  // browser sends without asking, and the toolbar's WebSocket with the token Vite serves to any loopback origin.
  const other = createServer((_request, response) => response.end('<!doctype html><title>another app</title>'));
  await new Promise<void>((settle) => other.listen(0, settle));
  const port = (other.address() as AddressInfo).port;
  const page = await (await browser.newContext()).newPage();
  try {
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      await page.goto(`${origin}/`);
      const tried = await page.evaluate(
        async ({ target, id }) => {
          const results: string[] = [];
          const save = JSON.stringify({ op: 'save', slug: 'review', seen: '', edit: { op: 'delete', id } });
          try {
            const json = await fetch(`${target}/__gloss/review`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ op: 'open', slug: 'review' }),
            });
            results.push(`json ${json.status}`);
          } catch {
            results.push('json blocked');
          }
          await fetch(`${target}/__gloss/review`, { method: 'POST', mode: 'no-cors', body: save }).catch(() => {});
          try {
            const client = await (await fetch(`${target}/@vite/client`)).text();
            const token = /wsToken\s*=\s*"([^"]+)"/.exec(client)?.[1] ?? '';
            const socket = new WebSocket(`${target.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
            await new Promise((settle) => {
              socket.onopen = () => {
                for (const event of ['astro-dev-toolbar:gloss-review:request', 'gloss-review:request'])
                  socket.send(JSON.stringify({ type: 'custom', event, data: { ...JSON.parse(save), request: 1 } }));
                setTimeout(settle, 500);
              };
              socket.onerror = settle;
            });
            results.push(`socket ${token ? 'with' : 'without'} token`);
          } catch {
            results.push('socket blocked');
          }
          return results;
        },
        { target: server.origin, id },
      );
      expect(tried[0]).toMatch(/^json (403|blocked)$/);
      // Refused by the server, by review's own check or, for another site (127.0.0.1 is not localhost's site),
      // by Astro's check of the browser's Sec-Fetch-Site header before it.
      const refusals = server
        .output()
        .split('\n')
        .filter((line) => line.includes(`it comes from ${origin},`));
      const blocked = server
        .output()
        .split('\n')
        .filter((line) => /Blocked cross-origin request to \/__gloss\/review/.test(line));
      expect(refusals.length + blocked.length).toBeGreaterThanOrEqual(2);
    }
  } finally {
    await page.context().close();
    await new Promise((settle) => other.close(settle));
  }
  await new Promise((settle) => setTimeout(settle, 500));
  expect(readFileSync(note, 'utf8')).toBe(before);
});

test('an author reviews every draft in the page, and the file changes by exactly that', async () => {
  const before = readFileSync(note, 'utf8');
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Review this note' }).click();
  actions++;
  await page.locator('.gloss-review-status').waitFor();

  // Reject one suggested party (the first), and the suggested figure on $10 billion, to add it again by hand.
  const party = (await page.locator('.gloss-party.gloss-draft').first().getAttribute('data-for')) as string;
  await saving(page, () => noteOf(page, party).getByRole('button', { name: 'Reject' }).click());
  actions++;
  const tenBillion = page.locator('.gloss-figure.gloss-draft', { hasText: '$10 billion' }).first();
  const figure = (await tenBillion.getAttribute('data-for')) as string;
  await saving(page, () => tenBillion.getByRole('button', { name: 'Reject' }).click());
  actions++;

  // Edit a date: what the check refuses is shown before anything is written.
  const date = (await page.locator('.gloss-date.gloss-draft').first().getAttribute('data-for')) as string;
  await noteOf(page, date).getByRole('button', { name: 'Edit' }).click();
  actions++;
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Date/).fill('2025-13');
  actions++;
  await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('has month 13');
  expect(readFileSync(note, 'utf8')).not.toContain('2025-13');
  await dialog.getByLabel(/^Date/).fill('2025-05-14');
  await dialog.getByLabel(/^Label/).fill('The deal was finalized');
  actions += 2;
  await saving(page, () => dialog.getByRole('button', { name: 'Save' }).click());
  actions++;

  // Add a figure by selecting its words with the keyboard: the caret before them, Shift+arrows, then Tab to the
  // buttons. Moving the caret there with the arrows is left to the browser; it is put there directly.
  await page.evaluate(() => {
    const body = document.querySelector('.note-body') as HTMLElement;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('$10 billion') ?? -1;
      if (at === -1 || node.parentElement?.closest('aside')) continue;
      // Where a reader's caret would be (caret browsing): before the words.
      node.parentElement?.closest<HTMLElement>('[contenteditable]')?.focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.collapse(true);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  for (let key = 0; key < '$10 billion'.length; key++) await page.keyboard.press('Shift+ArrowRight');
  actions += '$10 billion'.length;
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('$10 billion');
  // Tab from the text reaches Party, Date and Figure, in that order.
  for (const name of ['Party', 'Date', 'Figure']) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
  }
  await page.keyboard.press('Enter');
  actions += 4;
  await dialog.waitFor();
  expect(await dialog.getByLabel(/^Value/).inputValue()).toBe('10000000000');
  expect(await dialog.getByLabel(/^Unit/).inputValue()).toBe('USD');
  expect(await dialog.getByLabel(/^Quote/).inputValue()).toBe('$10 billion');
  expect(await axeViolations(page)).toEqual([]);
  await saving(page, () => dialog.getByRole('button', { name: 'Save' }).click());
  actions++;

  // From the keyboard: j to the first draft, a to accept it (the keyboard goes on to the next draft), r to reject
  // that one. Each is shown before Astro's reload, and the keyboard is where it went after the reload too.
  await page.keyboard.press('j');
  actions++;
  const first = (await page.evaluate(() =>
    document.activeElement?.closest('.gloss')?.getAttribute('data-for'),
  )) as string;
  const second = (await page.locator('.gloss-draft').nth(1).getAttribute('data-for')) as string;
  expect(first).toBe(await page.locator('.gloss-draft').first().getAttribute('data-for'));
  await saving(
    page,
    () => page.keyboard.press('a'),
    async () => {
      await expect
        .poll(() => page.locator('.gloss-review-status').textContent(), { timeout: 10_000 })
        .toContain(`Accepted ${first}.`);
      expect(await noteOf(page, first).getAttribute('class')).not.toContain('gloss-draft');
      expect(await noteOf(page, first).getByRole('button', { name: 'Delete' }).count()).toBe(1);
    },
  );
  actions++;
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.gloss')?.id), { timeout: 10_000 })
    .toBe(`${second}--note`);
  await saving(page, () => page.keyboard.press('r'));
  actions++;
  expect(readFileSync(note, 'utf8')).not.toContain(`id: ${second}\n`);

  // Every draft left, in one action.
  const left = await page.locator('.gloss-draft').count();
  await saving(page, () => page.getByRole('button', { name: `Accept all ${left} drafts` }).click());
  actions++;
  await expect
    .poll(() => page.locator('.gloss-review-status').textContent(), { timeout: 10_000 })
    .toContain(`Accepted ${left} drafts.`);
  expect(await page.locator('.gloss-draft').count()).toBe(0);

  const after = readFileSync(note, 'utf8');
  const drafts = (before.match(/^ +draft: true$/gm) ?? []).length;
  // Exactly the changes made: the drafts' marks gone, the rejected ones out (and recorded), the date edited,
  // the figure added; the text and everything else as it was.
  expect(after.slice(after.lastIndexOf('\n---\n'))).toBe(before.slice(before.lastIndexOf('\n---\n')));
  expect(after).not.toContain('draft: true');
  expect(after).toContain(`rejected:\n  - type: party\n`);
  expect(after).toContain(`  - type: figure\n    quote: $10 billion\n`);
  // The date edited, and the label the draft did not have added to its entry.
  expect(after).toMatch(/\n {4}date: 2025-05-14\n(?: {4}\S.*\n)*? {4}label: The deal was finalized\n/);
  expect(after).toMatch(/\n {2}- id: 10-billion(-2)?\n {4}value: 10000000000\n {4}unit: USD\n/);
  expect(after).not.toContain(`id: ${party}\n`);
  expect(after).not.toContain(`id: ${second}\n`);
  expect(before).toContain(`id: ${figure}\n`);
  // Line by line, what went and what came: nothing besides the changes made.
  const count = (lines: string[]) => lines.reduce((map, line) => map.set(line, (map.get(line) ?? 0) + 1), new Map());
  const [was, is] = [count(before.split('\n')), count(after.split('\n'))];
  const minus = (a: Map<string, number>, b: Map<string, number>) =>
    [...a].flatMap(([line, n]) => Array<string>(Math.max(0, n - (b.get(line) ?? 0))).fill(line));
  const blockOf = (text: string, id: string) => {
    const lines = text.split('\n');
    const start = lines.indexOf(`  - id: ${id}`);
    const end = lines.findIndex((line, at) => at > start && !line.startsWith('    '));
    return lines.slice(start, end);
  };
  // What a suggestion said of itself goes with its draft mark.
  const reviewed = (line: string) => /^ {4}(?:draft|confidence|evidence): /.test(line);
  const removedAllowed = new Set([
    '    draft: true',
    ...blockOf(before, second),
    ...blockOf(before, party),
    ...blockOf(before, figure),
    ...blockOf(before, date),
  ]);
  expect(minus(was, is).filter((line) => !removedAllowed.has(line) && !reviewed(line))).toEqual([]);
  const addedAllowed = new Set([
    ...blockOf(after, date),
    ...after.slice(after.indexOf('\nrejected:\n') + 1, after.lastIndexOf('\n---\n')).split('\n'),
    ...blockOf(after, (/\n {2}- id: (10-billion(?:-2)?)\n {4}value: 10000000000/.exec(after) ?? [])[1] ?? ''),
  ]);
  expect(minus(is, was).filter((line) => !addedAllowed.has(line))).toEqual([]);
  // The note now passes the check the build makes.
  const check = await checkNotes(folder, defaultSite, { lock: null });
  expect(check.problems).toEqual([]);
  console.log(`review took ${actions} actions for ${drafts} drafts (a date edited, a party rejected, a figure added)`);
  await page.context().close();
}, 240_000);

test('review works at 375 px: the form fits the screen, and Escape closes it writing nothing', async () => {
  const before = readFileSync(note, 'utf8');
  const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Review this note' }).click();
  await page.locator('.gloss-review-status').waitFor();
  const first = page.locator('.gloss[data-for]').first();
  await first.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  await page.screenshot({ path: 'tests/screenshots/review-375.png' });
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(readFileSync(note, 'utf8')).toBe(before);
  await page.context().close();
}, 60_000);

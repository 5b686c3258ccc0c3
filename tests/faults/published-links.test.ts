/**
 * No published link is ever lost: a renamed note or annotation keeps every earlier address answering, its share
 * pages included. That the record holds only what a completed build published (a build killed while it indexes
 * records nothing) is held by interrupted-build.test.ts, with Astro, and interrupted-stand-in.test.ts at every
 * stage.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { readLock } from '../../src/loading/links-lock.ts';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { pagesOf } from '../site-pages.ts';
import { build, makeSite } from './fault-site.ts';

const site = makeSite('links', 3);
const OUT = join(site.root, 'dist');
let server: StaticSite | undefined;

beforeAll(async () => {
  expect((await build(site, OUT)).code).toBe(0);
  // What a completed build recorded: its notes, and that annotations have pages of their own.
  expect(readFileSync(site.lock, 'utf8')).toContain('\nnote report-3\n');
  expect(readLock(site.lock)).toMatchObject({ sharePages: true });
});
afterAll(async () => server?.close());

test('renaming a note and an annotation keeps every earlier address answering', async () => {
  const before = pagesOf(OUT);
  const ids = readLock(site.lock).notes;
  // report-1 becomes first-report; in report-2, the figure "budget" becomes "total-budget".
  renameSync(join(site.notes, 'report-1.md'), join(site.notes, 'first-report.md'));
  const moved = join(site.notes, 'first-report.md');
  writeFileSync(moved, readFileSync(moved, 'utf8').replace('title:', 'formerSlugs: [report-1]\ntitle:'));
  const second = join(site.notes, 'report-2.md');
  writeFileSync(
    second,
    readFileSync(second, 'utf8').replace('  - id: budget\n', '  - id: total-budget\n    formerIds: [budget]\n'),
  );
  const renamed = await build(site, OUT);
  expect(renamed.code, renamed.output).toBe(0);

  server = await serveStatic(OUT);
  const origin = server.url;
  for (const page of before) {
    const path = page.slice(1);
    const response = await fetch(new URL(path, origin));
    expect(response.status, path).toBe(200);
    const html = await response.text();
    // A share page that moved sends the reader on to a page that answers.
    const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (refresh) expect((await fetch(new URL(refresh, origin))).status, refresh).toBe(200);
  }
  expect(before).toContain('/notes/report-1/agency-1/');
  expect(before).toContain('/notes/report-2/budget/');
  const oldShare = await (await fetch(new URL('notes/report-2/budget/', origin))).text();
  expect(oldShare).toContain('url=/notes/report-2/total-budget/');
  const report = await new HtmlValidate(htmlValidateConfig).validateString(oldShare);
  expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  const oldNoteShare = await (await fetch(new URL('notes/report-1/agency-1/', origin))).text();
  expect(oldNoteShare).toContain('url=/notes/first-report/agency-1/');
  // Every fragment once published still has its element on the page that answers for it.
  const page = async (slug: string): Promise<string> => (await fetch(new URL(`notes/${slug}/`, origin))).text();
  for (const [slug, published] of Object.entries(ids))
    for (const id of published) expect(await page(slug), `${slug}#${id}`).toContain(`id="${id}"`);
});

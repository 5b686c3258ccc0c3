/**
 * What reviewing a note costs (#33: "at most 40 actions a note, counting every key as one"), measured on three
 * captures of shapes no rule here was written from (tests/fixtures/quality-unseen/: a newswire release, a magazine
 * feature, a German news page). Each is imported with `npm run new` and given drafts by `npm run suggest --write`
 * into a folder of its own, then reviewed under `npm run dev` by a careful reviewer whose judgement is the author's
 * (review-oracle.ts): a right draft accepted, a wrong one rejected, a wrong value or kind fixed in the form, key by
 * key, a label or role that is not good enough cleared (both may be left out: the pages then say a date or figure
 * with the text's own words); the bulk actions used where they save actions without throwing away more good
 * drafts than bad.
 * Every click and every key counts one; scrolling does not. The note must then hold exactly what was decided, pass
 * the check, and publish most of what the author keeps.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { serveNotes, type DevServer } from '../support/dev-server.ts';
import { checkNotes } from '../../src/check/check-notes.ts';
import { splitNote } from '../../src/note-file/split-note.ts';
import { UNSURE_BELOW } from '../../src/review/draft-actions.ts';
import { shellEnv } from '../support/build.ts';
import { mustRun } from '../support/command.ts';
import { newNote } from '../../scripts/new-note.ts';
import { suggest } from '../../scripts/suggest.ts';
import { defaultSite } from '../support/default-site.ts';
import { annotationsIn, oracleFor, type Verdict, type Written } from '../support/review-oracle.ts';

/** #33's bound. */
const MOST_ACTIONS = 40;
/**
 * What the review of each note publishes of the author's annotations (parties, dates and figures), as measured on
 * 7 December 2026 (written here, never computed), so that no change makes the review cheaper by publishing less.
 * The actions then: 7, 17 and 13 (before labels could be left empty: 930, 1,136 and 640, more than four in five
 * of them keys typed to rewrite suggested labels).
 */
const MEASURED: Record<string, { published: number }> = {
  'newswire-en': { published: 48 }, // of 48; 53 drafts
  'magazine-en': { published: 65 }, // of 67; 71 drafts; a date fixed
  'news-de': { published: 45 }, // of 45; 47 drafts; a kind fixed, a label cleared
};
const NOTES = Object.keys(MEASURED);

let folder: string;
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gloss-review-cost-'));
  // As the README says: the capture imported (its date and language are the page's own), then drafts written.
  for (const name of NOTES) {
    await mustRun('npm run new', () => newNote([`tests/fixtures/quality-unseen/${name}.html`, '--slug', name], folder));
    await mustRun('npm run suggest', () => suggest([join(folder, `${name}.md`), '--write']));
  }
  server = await serveNotes({ ...shellEnv(), GLOSS_NOTES: folder }, `/notes/${NOTES[0]}/`);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Where the actions went. */
interface Tally {
  clicks: number;
  keys: number;
  accepted: number;
  rejected: number;
  fixed: number;
  /** Keys typed into the form's fields (labels, values, roles cleared), and of those into labels. */
  typed: number;
  typedInLabels: number;
  bulk: string[];
  /** Good drafts the bulk rejection of the unsure ones threw away. */
  thrownAway: string[];
  /** How many drafts were below the confidence of "Reject the unsure ones", and how many of them wrong. */
  unsure: string;
}

/** Runs `act` (one save) and waits for the page the dev server reloads with the change. */
async function saving(page: Page, act: () => Promise<void>): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await act();
  await reloaded;
  await page.locator('.gloss-review-status').waitFor();
}

const noteOf = (page: Page, id: string) => page.locator(`[id="${id}--note"]`);
const draftsOn = (page: Page): Promise<string[]> =>
  page.locator('.gloss-draft[data-for]').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-for')!));

/** Reviews every draft of the page as `verdicts` say, counting each click and key. */
async function review(
  page: Page,
  verdicts: Map<string, Verdict>,
  drafts: Written[],
  tally: Tally,
  screenshot: string,
): Promise<void> {
  const click = async (act: () => Promise<void>) => {
    tally.clicks++;
    await act();
  };
  await click(() => page.getByRole('button', { name: 'Review this note' }).click());
  await page.locator('.gloss-review-status').waitFor();
  // What the reviewer sees first: the text beside the first draft, its buttons and what it rests on.
  await page.mouse.move(0, 0);
  await noteOf(page, (await draftsOn(page))[0] ?? '').evaluate((note) => note.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: screenshot });
  expect((await draftsOn(page)).sort()).toEqual(drafts.map((draft) => draft.id).sort());

  // Fixes first, each in the form: a field clicked, its words selected (Ctrl+A) and typed over, or cleared.
  for (const id of await draftsOn(page)) {
    const verdict = verdicts.get(id);
    if (verdict?.do !== 'fix') continue;
    await click(() => noteOf(page, id).getByRole('button', { name: 'Edit' }).click());
    const dialog = page.getByRole('dialog');
    for (const [name, value] of Object.entries(verdict.fields)) {
      const field = dialog.locator(`[name="${name}"]`);
      if (name === 'kind') {
        // A choice: the list opened, the kind picked.
        tally.clicks += 2;
        await field.selectOption(String(value));
        continue;
      }
      await click(() => field.click());
      await page.keyboard.press('Control+A');
      tally.keys++;
      const typed = String(value);
      if (typed === '') await page.keyboard.press('Delete');
      else await page.keyboard.type(typed);
      const keys = Math.max(1, typed.length);
      tally.keys += keys;
      tally.typed += keys;
      if (name === 'label') tally.typedInLabels += keys;
    }
    await saving(page, () => click(() => dialog.getByRole('button', { name: 'Save' }).click()));
    tally.fixed++;
  }

  // The unsure ones in one action, when nearly all of them are wrong.
  const confidence = new Map(drafts.map((draft) => [draft.id, draft.fields['confidence']]));
  const left = await draftsOn(page);
  const unsure = left.filter((id) => ((confidence.get(id) as number | undefined) ?? 1) < UNSURE_BELOW);
  const wrong = (id: string) => verdicts.get(id)?.do === 'reject';
  // A careful reviewer throws away few good ones for it: at least four in five of those it rejects are wrong.
  tally.unsure = `${unsure.length} unsure after the fixes, ${unsure.filter(wrong).length} of them wrong`;
  if (unsure.length > 0 && unsure.length < left.length && unsure.filter(wrong).length * 5 >= unsure.length * 4) {
    await saving(page, () => click(() => page.getByRole('button', { name: /^Reject the \d+ unsure drafts?/ }).click()));
    tally.bulk.push(`Reject the ${unsure.length} unsure`);
    tally.thrownAway.push(...unsure.filter((id) => !wrong(id)));
  }

  // Then the fewer of the right and the wrong ones one by one, and the others all at once.
  const rest = await draftsOn(page);
  const [bad, good] = [rest.filter(wrong), rest.filter((id) => !wrong(id))];
  const [oneByOne, button, all] =
    bad.length <= good.length ? [bad, 'Reject', 'Accept all'] : [good, 'Accept', 'Reject all'];
  for (const id of oneByOne) {
    await saving(page, () => click(() => noteOf(page, id).getByRole('button', { name: button, exact: true }).click()));
    if (button === 'Reject') tally.rejected++;
    else tally.accepted++;
  }
  if (rest.length > oneByOne.length) {
    await saving(page, () =>
      click(() => page.getByRole('button', { name: new RegExp(`^${all} \\d+ drafts?$`) }).click()),
    );
    tally.bulk.push(`${all} ${rest.length - oneByOne.length}`);
  }
  expect(await draftsOn(page)).toEqual([]);
}

describe.each(NOTES)('reviewing the unseen %s', (name) => {
  test('takes at most 40 actions, publishes what the author keeps, and changes nothing else', async () => {
    const oracle = oracleFor(`tests/fixtures/quality-unseen/${name}.yaml`, `tests/fixtures/review-cost/${name}.yaml`);
    const path = join(folder, `${name}.md`);
    const before = readFileSync(path, 'utf8');
    const was = annotationsIn(before);
    const drafts = was.annotations.filter((annotation) => annotation.fields['draft'] === true);
    const verdicts = oracle.judge(drafts);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.origin}/notes/${name}/`);
    const tally: Tally = {
      clicks: 0,
      keys: 0,
      accepted: 0,
      rejected: 0,
      fixed: 0,
      typed: 0,
      typedInLabels: 0,
      bulk: [],
      thrownAway: [],
      unsure: '',
    };
    await review(page, verdicts, drafts, tally, `tests/screenshots/review-cost-${name}.png`);
    await page.context().close();

    // The file holds what was decided: the drafts accepted or fixed, without their marks; the others out, and
    // recorded as rejected; every other byte as it was.
    const after = readFileSync(path, 'utf8');
    const is = annotationsIn(after);
    const REVIEWED = new Set(['draft', 'confidence', 'evidence']);
    const unmarked = (fields: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(fields).filter(([name]) => !REVIEWED.has(name)));
    const thrownAway = new Set(tally.thrownAway);
    const rejected = (id: string) => verdicts.get(id)?.do === 'reject' || thrownAway.has(id);
    const kept = was.annotations.flatMap((annotation): Written[] => {
      const verdict = verdicts.get(annotation.id);
      if (!verdict) return [annotation];
      if (rejected(annotation.id)) return [];
      const fixes = verdict.do === 'fix' ? verdict.fields : {};
      const fields = Object.fromEntries(
        Object.entries({ ...unmarked(annotation.fields), ...fixes }).filter(([, value]) => value !== ''),
      );
      return [{ ...annotation, fields }];
    });
    const byId = (list: Written[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(is.annotations)).toEqual(byId(kept));
    const rejectedNow = drafts
      .filter((draft) => rejected(draft.id))
      .map((draft) => ({ type: draft.kind, quote: String(draft.fields['quote'] ?? draft.fields['name']) }));
    const sorted = (list: unknown[]) => list.map((each) => JSON.stringify(each)).sort();
    expect(sorted(is.rejected)).toEqual(sorted([...was.rejected, ...rejectedNow]));
    expect(is.rest).toEqual(was.rest);
    expect(splitNote(after)?.body).toBe(splitNote(before)?.body);
    expect(after).not.toContain('draft: true');
    const check = await checkNotes(folder, defaultSite, { lock: null });
    expect(check.problems.filter((problem) => problem.file.endsWith(`${name}.md`))).toEqual([]);

    const { found, expected, missed } = oracle.published(is.annotations);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
    const actions = tally.clicks + tally.keys;
    const count = (what: Verdict['do'] | 'duplicate') =>
      [...verdicts.values()].filter((verdict) =>
        what === 'duplicate' ? 'why' in verdict && verdict.why === what : verdict.do === what,
      ).length;
    const fixes = [...verdicts.values()].flatMap((verdict) => (verdict.do === 'fix' ? [verdict.fields] : []));
    const fixedOnly = (field: string) =>
      fixes.filter((fields) => Object.keys(fields).length === 1 && field in fields).length;
    const fieldsFixed = ['label', 'date', 'value', 'unit', 'kind', 'role']
      .map((field) => `${field} ${fixes.filter((fields) => field in fields).length}`)
      .join(', ');
    console.log(
      [
        `${name}: ${actions} actions (${tally.clicks} clicks, ${tally.keys} keys) for ${drafts.length} drafts`,
        `  judged: ${count('accept')} right, ${count('fix')} to fix, ${count('reject') - count('duplicate')} wrong, ${count('duplicate')} duplicates`,
        `  one by one: ${tally.accepted} accepted, ${tally.rejected} rejected; ${tally.fixed} fixed in the form (${fixedOnly('label')} for the label alone; fields fixed: ${fieldsFixed})`,
        `  typed: ${tally.typed} keys (${tally.typedInLabels} into labels); bulk: ${tally.bulk.join(', ') || 'none'}`,
        `  an author who writes every label left empty in their own words types ${oracle.labelKeys(is.annotations)} keys more (not played)`,
        `  ${tally.unsure}; good drafts thrown away by Reject unsure: ${tally.thrownAway.join(', ') || 'none'}`,
        `  published ${total(found)}/${total(expected)} of the author's annotations (parties ${found.party}/${expected.party}, dates ${found.date}/${expected.date}, figures ${found.figure}/${expected.figure}); missed: ${missed.join('; ')}`,
      ].join('\n'),
    );
    expect(actions).toBeLessThanOrEqual(MOST_ACTIONS);
    // Rejecting every draft would cost one action: what the review publishes is held too.
    expect(total(found)).toBeGreaterThanOrEqual(MEASURED[name]?.published ?? total(expected));
  }, 1_200_000);
});

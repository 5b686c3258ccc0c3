/**
 * What an author waits for in review mode under `astro dev`: from a click on Accept beside a draft to the page
 * showing it accepted (the draft's mark gone, Delete in place of Reject). A note of drafts (a synthetic text and
 * its suggestions, written in as `npm run suggest --write` does) is put beside the bench's notes, a dev server
 * started on them, the note's page opened in Chromium with review on, and drafts accepted one after the other.
 * The note is removed at the end.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSuggestions } from '../../src/suggest/add-suggestions.ts';
import { suggestAnnotations } from '../../src/suggest/suggest-annotations.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { readNote } from '../../src/check/read-note.ts';
import { projectSettings } from '../../src/options/project-settings.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { launchChromium } from '../../tests/support/chromium.ts';
import { startDevServer, waitForPage } from '../../tests/support/dev-server.ts';
import { syntheticNote } from './synthetic-notes.ts';

const SLUG = 'bench-review';

/** A note whose every date and figure is a draft, as `npm run suggest --write` leaves it. */
async function noteOfDrafts(): Promise<string> {
  const body = readNote(
    'review.md',
    syntheticNote(777, { paragraphs: 12, parties: 4, dates: 8, figures: 8 }).annotated,
  ).body;
  const text = `---\ntitle: A note in review\nsource:\n  published: 2025-06\n---\n${body}`;
  const checked = await noteChecker(await createNoteRenderer(await projectSettings()))('review.md', text);
  const anchors = checked.rendered?.anchoring.anchors;
  if (!checked.note || !anchors) throw new Error('the note of drafts did not render');
  return withSuggestions(text, suggestAnnotations(checked.note, anchors));
}

/** Each time, in seconds, from a click on Accept to the page showing that draft accepted, for `saves` drafts. */
export async function reviewSaves(notes: string, saves = 6): Promise<number[]> {
  const note = join(notes, `${SLUG}.md`);
  writeFileSync(note, await noteOfDrafts());
  const server = await startDevServer([], { ...process.env, GLOSS_NOTES: notes });
  const url = `${server.origin}/notes/${SLUG}/`;
  const browser = await launchChromium();
  try {
    await waitForPage(url, ({ status }) => status === 200, 900).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${server.output().slice(-2000)}`);
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Review this note' }).click();
    await page.locator('.gloss-review-status').waitFor();
    const times: number[] = [];
    for (let save = 1; save <= saves; save++) {
      const draft = page.locator('.gloss-draft').first();
      const id = await draft.getAttribute('data-for');
      if (!id) throw new Error(`the note has fewer than ${saves} drafts`);
      const started = performance.now();
      await draft.getByRole('button', { name: 'Accept' }).click();
      await page.waitForFunction(
        (id) => {
          const shown = document.querySelector(`[id="${id}--note"]`);
          return !!shown && !shown.classList.contains('gloss-draft') && shown.textContent?.includes('Delete');
        },
        id,
        { timeout: 30_000 },
      );
      times.push((performance.now() - started) / 1000);
      // Astro's own reload follows each save; the next click waits for it and for review to be back.
      await page.waitForLoadState('load');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await page.locator('.gloss-review-status').waitFor();
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(note, { force: true });
  }
}

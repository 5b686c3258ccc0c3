/**
 * On a phone: every note is one tap away. A marker after each passage opens its note under the line and closes it
 * again, by touch, Enter or Space, with or without JavaScript; closed notes take no room, a link opens its note,
 * all of a paragraph's notes can be open at once, and the page stays accessible and never scrolls sideways.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { notesIn } from '../notes.ts';
import { SCREENSHOTS } from '../paths.ts';
import { AXE, axeViolations, useSite } from './harness.ts';

const site = useSite();
const PHONE = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true };
const [seed] = notesIn().sort((a, b) => b.annotations.length - a.annotations.length);
if (!seed) throw new Error('no notes to test');
const readerPath = `/notes/${seed.slug}/`;
const id = seed.annotations[3]?.id as string;

/** Where a passage's last line ends, where its note starts and how tall it is, and the page's height. */
const placeOf = (page: Page, annotation: string) =>
  page.evaluate((annotation) => {
    const passage = [...(document.getElementById(annotation) as HTMLElement).getClientRects()].at(-1) as DOMRect;
    const note = (document.getElementById(`${annotation}--note`) as HTMLElement).getBoundingClientRect();
    return {
      passageBottom: passage.bottom,
      noteTop: note.top,
      noteHeight: note.height,
      pageHeight: document.documentElement.scrollHeight,
      line: parseFloat(getComputedStyle(document.querySelector('.note-body') as Element).lineHeight),
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  }, annotation);

/** Whether the browser tells a screen reader that a marker's note is open, as its accessibility tree has it. */
async function expanded(page: Page, marker: string): Promise<unknown> {
  const browser = await page.context().newCDPSession(page);
  const { root } = await browser.send('DOM.getDocument');
  const { nodeId } = await browser.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[id="${marker}"]` });
  const { nodes } = await browser.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await browser.detach();
  return nodes[0]?.properties?.find((property) => property.name === 'expanded')?.value.value;
}

describe.each([true, false])('at 375 px, JavaScript %s', (javaScriptEnabled) => {
  test('closed notes take no room; tapping a marker opens its note under the line, tapping again closes it', async () => {
    const { page, troubles } = await site.visit(readerPath, { ...PHONE, javaScriptEnabled });
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('.gloss')].filter((note) => note.getBoundingClientRect().height > 0),
    );
    expect(hidden).toEqual([]);
    const closed = await placeOf(page, id);
    expect(await expanded(page, `${id}--show`)).toBe(false);
    await page.locator(`[id="${id}--show"]`).tap();
    const open = await placeOf(page, id);
    expect(await expanded(page, `${id}--show`)).toBe(true);
    expect(open.noteHeight).toBeGreaterThan(closed.line);
    // Under the passage's line: below it, and within a line of it.
    expect(open.noteTop).toBeGreaterThanOrEqual(open.passageBottom);
    expect(open.noteTop - open.passageBottom).toBeLessThanOrEqual(open.line);
    expect(open.pageHeight).toBeGreaterThan(closed.pageHeight);
    if (javaScriptEnabled) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}/reader-375-note-open.png` });
    }
    await page.locator(`[id="${id}--show"]`).tap();
    const again = await placeOf(page, id);
    expect([again.noteHeight, again.pageHeight]).toEqual([0, closed.pageHeight]);
    expect(troubles).toEqual([]);
  });

  test.each(['Enter', 'Space'])(
    'Tab reaches each marker with its focus shown; %s opens its note under the line and closes it again',
    async (key) => {
      const { page, troubles } = await site.visit(readerPath, { ...PHONE, javaScriptEnabled });
      const closed = await placeOf(page, id);
      let focus: { id: string; outline: string } | undefined;
      for (let press = 0; press < 200 && focus?.id !== `${id}--show`; press++) {
        await page.keyboard.press('Tab');
        focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          // A marker's focus is drawn around the number it shows, which its (unseen) button lies over.
          const shown = element.matches('.gloss-toggle')
            ? getComputedStyle(element.parentElement as Element, '::after')
            : getComputedStyle(element);
          return { id: element.id, outline: shown.outlineStyle };
        });
      }
      expect(focus).toEqual({ id: `${id}--show`, outline: 'solid' });
      await page.keyboard.press(key);
      const open = await placeOf(page, id);
      expect(open.noteHeight).toBeGreaterThan(closed.line);
      expect(open.noteTop).toBeGreaterThanOrEqual(open.passageBottom);
      expect(open.noteTop - open.passageBottom).toBeLessThanOrEqual(open.line);
      await page.keyboard.press(key);
      const again = await placeOf(page, id);
      expect([again.noteHeight, again.pageHeight]).toEqual([0, closed.pageHeight]);
      expect(troubles).toEqual([]);
    },
  );

  test('a link to a passage, or to its note, opens that note and scrolls to it', async () => {
    for (const hash of [id, `${id}--note`]) {
      const { page, troubles } = await site.visit(`${readerPath}#${hash}`, { ...PHONE, javaScriptEnabled });
      const seen = await page.evaluate((id) => {
        const box = (document.getElementById(`${id}--note`) as HTMLElement).getBoundingClientRect();
        return { open: box.height > 0, inView: box.top >= 0 && box.bottom <= innerHeight };
      }, id);
      expect({ hash, ...seen }).toEqual({ hash, open: true, inView: true });
      // Its marker still closes it.
      await page.locator(`[id="${id}--show"]`).tap();
      expect((await placeOf(page, id)).noteHeight).toBe(0);
      expect(troubles).toEqual([]);
    }
  });

  test('every note of a paragraph can be open at once, and the page does not scroll sideways', async () => {
    const { page, troubles } = await site.visit(readerPath, { ...PHONE, javaScriptEnabled });
    const toggles = page.locator('.note-body > p:first-of-type .gloss-toggle');
    const count = await toggles.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index++) await toggles.nth(index).tap();
    const open = await page.evaluate(() =>
      [...document.querySelectorAll('.note-body > p:first-of-type .gloss')].map(
        (note) => note.getBoundingClientRect().height > 0,
      ),
    );
    expect(open).toEqual(Array.from({ length: count }, () => true));
    expect((await placeOf(page, id)).sideways).toBe(false);
    expect(troubles).toEqual([]);
  });
});

describe.each(notesIn().map(({ slug }) => slug))('/notes/%s/ at 375 px', (slug) => {
  test('every marker is a target of at least 24 by 24 px', async () => {
    const { page } = await site.visit(`/notes/${slug}/`, PHONE);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.gloss-toggle')]
        .map((toggle) => ({ id: toggle.id, box: toggle.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ id }) => id),
    );
    expect(small).toEqual([]);
  });

  test.each(['light', 'dark'] as const)(
    'has no accessibility violation in the %s scheme, notes closed and one open',
    async (colorScheme) => {
      const { page, troubles } = await site.visit(`/notes/${slug}/`, { ...PHONE, colorScheme }, AXE);
      for (const step of ['closed', 'open']) {
        if (step === 'open') await page.locator('.gloss-toggle').first().tap();
        expect((await axeViolations(page)).map((violation) => `${step} ${violation}`)).toEqual([]);
      }
      expect(troubles).toEqual([]);
    },
  );
});

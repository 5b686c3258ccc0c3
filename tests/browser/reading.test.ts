/** Reading without JavaScript, with a keyboard, on paper, and in light and dark: the page still works. */
import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { SCREENSHOTS } from '../paths.ts';
import { useSite } from './harness.ts';

const site = useSite();
// The note with the most annotations shows the most at once.
const [seed] = notesIn().sort((a, b) => b.annotations.length - a.annotations.length);
if (!seed) throw new Error('no notes to test');
const readerPath = `/notes/${seed.slug}/`;

describe('with JavaScript disabled', () => {
  test('every passage, note and link is there, and a link to a passage marks it', async () => {
    const { page, troubles } = await site.open(`${readerPath}#${seed.annotations[3]?.id}`, {
      javaScriptEnabled: false,
    });
    for (const annotation of seed.annotations) {
      await expect.poll(() => page.locator(`[id="${annotation.id}"]`).count()).toBe(1);
      expect(await page.locator(`[id="${annotation.id}--note"]`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${annotation.id}--note"] a[href="#${annotation.id}"]`).count()).toBe(1);
    }
    const other = seed.annotations[7]?.id as string;
    await page.locator(`[id="${other}--note"] a.gloss-link`).click();
    expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), other)).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${other}`);
    expect(troubles).toEqual([]);
    await page.context().close();
  });
});

describe('with the optional script', () => {
  test('pointing at a passage or a mention lights up its note, without moving it', async () => {
    const { page, troubles } = await site.open(readerPath);
    const id = seed.annotations[1]?.id as string;
    const note = page.locator(`[id="${id}--note"]`);
    const place = () =>
      note.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [box.left + scrollX, box.top + scrollY, box.width, box.height];
      });
    const before = await place();
    await page.locator(`[id="${id}"]`).hover();
    await expect.poll(() => note.evaluate((element) => element.classList.contains('is-current'))).toBe(true);
    expect(await place()).toEqual(before);
    const mention = page.locator(`a.mention:not([href="#${id}"])`).first();
    const party = ((await mention.getAttribute('href')) ?? '').slice(1);
    await mention.hover();
    await expect
      .poll(() => page.locator(`[id="${party}--note"]`).evaluate((element) => element.classList.contains('is-current')))
      .toBe(true);
    expect(await note.evaluate((element) => element.classList.contains('is-current'))).toBe(false);
    expect(troubles).toEqual([]);
    await page.context().close();
  });
});

describe('with a keyboard only', () => {
  test('Tab reaches every note’s link in reading order, with focus always visible', async () => {
    const { page, troubles } = await site.open(readerPath);
    const reached: string[] = [];
    const unseen: string[] = [];
    for (let press = 0; press < 400; press++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const note = element.matches('.gloss-link') ? (element.getAttribute('href') ?? '').slice(1) : undefined;
        return { visible, note, label: element.outerHTML.slice(0, 80) };
      });
      if (!focus) break;
      if (!focus.visible) unseen.push(focus.label);
      if (focus.note) reached.push(focus.note);
    }
    const inDocumentOrder = await page.evaluate(() =>
      [...document.querySelectorAll('.note-body .gloss')].map((note) => (note as HTMLElement).dataset['for']),
    );
    expect(reached).toEqual(inDocumentOrder);
    expect(reached).toHaveLength(seed.annotations.length);
    expect(unseen).toEqual([]);
    expect(troubles).toEqual([]);
    await page.context().close();
  });
});

describe('printed', () => {
  test('every note is printed after its paragraph', async () => {
    const { page } = await site.open(readerPath);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('.gloss')].map((note) => {
        const aside = note.closest('.margin') as HTMLElement;
        const paragraph = aside.previousElementSibling as HTMLElement;
        const box = note.getBoundingClientRect();
        return {
          visible: box.height > 0 && getComputedStyle(note).visibility !== 'hidden',
          after: box.top >= paragraph.getBoundingClientRect().bottom,
        };
      }),
    );
    expect(printed.length).toBe(seed.annotations.length);
    expect(printed.every((note) => note.visible && note.after)).toBe(true);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test('passages of each kind differ by their underline, not by colour alone', async () => {
    const { page, troubles } = await site.open(readerPath, { colorScheme });
    const styles = await page.evaluate(() =>
      Object.fromEntries(
        ['party', 'date', 'figure'].map((kind) => [
          kind,
          getComputedStyle(document.querySelector(`mark.passage-${kind}`) as Element).textDecorationStyle,
        ]),
      ),
    );
    expect(new Set(Object.values(styles)).size).toBe(3);
    expect(troubles).toEqual([]);
    await page.context().close();
  });

  test.each([375, 1280])('writes a screenshot of the reader page at %i px for people to look at', async (width) => {
    const { page } = await site.open(readerPath, { colorScheme, viewport: { width, height: 800 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/reader-${width}-${colorScheme}.png`, fullPage: true });
    await page.context().close();
  });
});

/** Reading without JavaScript, with a keyboard, on paper, and in light and dark: the page still works. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { SCREENSHOTS } from '../paths.ts';
import { useSite } from './harness.ts';

const site = useSite();
// The note with the most annotations shows the most at once.
const [seed] = notesIn().sort((a, b) => b.annotations.length - a.annotations.length);
if (!seed) throw new Error('no notes to test');
const readerPath = `/notes/${seed.slug}/`;

/** A PDF's text, page by page (PDF.js), and any piece of text that stands outside its page. */
async function pdfPages(pdf: Buffer): Promise<Array<{ text: string; outside: string[] }>> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
    const outside = items.filter(({ transform: [, , , , x, y], width }) => {
      const [from, base] = [x as number, y as number];
      return from < left - 0.5 || from + width > right + 0.5 || base < bottom || base > top;
    });
    pages.push({
      text: items.map((item) => item.str).join(' '),
      outside: outside.map((item) => `${number}: ${item.str}`),
    });
  }
  return pages;
}

/** The PDF's first page as an image, for people to look at, where Poppler's pdftoppm is installed. */
function writeFirstPage(pdf: Buffer, path: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-pdf-'));
  writeFileSync(join(folder, 'page.pdf'), pdf);
  const made = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', 'page.pdf', 'page'], {
    cwd: folder,
  });
  if (made.status !== 0) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  renameSync(join(folder, 'page.png'), path);
}

describe('with JavaScript disabled', () => {
  test('every passage, note and link is there, and a link to a passage marks it', async () => {
    const { page, troubles } = await site.visit(`${readerPath}#${seed.annotations[3]?.id}`, {
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
    const { page, troubles } = await site.visit(readerPath);
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
  });
});

describe('printed', () => {
  test.each([
    ['A4 or Letter', 'beside', 700],
    ['a narrower page', 'after', 500],
  ] as const)(
    'on %s, every note is printed whole, %s its passage, with its address; nothing to click',
    async (_paper, where, width) => {
      const { page } = await site.open(readerPath, { viewport: { width, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (element: Element | null) => element !== null && element.checkVisibility();
        const textRight = Math.max(
          ...[...document.querySelectorAll('.note-body > p')].map((block) => block.getBoundingClientRect().right),
        );
        return {
          notes: [...document.querySelectorAll<HTMLElement>('.gloss')].map((note) => {
            const passage = [
              ...(document.getElementById(note.dataset['for'] as string) as HTMLElement).getClientRects(),
            ];
            const box = note.getBoundingClientRect();
            return {
              id: note.dataset['for'],
              visible: box.height > 0 && shown(note),
              beside: box.left >= textRight,
              after: box.top >= (passage.at(-1) as DOMRect).bottom - 1,
              address: note.querySelector('.gloss-address')?.textContent,
              number: getComputedStyle(note, '::before').content,
            };
          }),
          interactive: [
            ...document.querySelectorAll('input, button, .site-nav, .skip-link, .heading-link, .gloss-links a'),
          ]
            .filter((element) => shown(element))
            .map((element) => element.outerHTML.slice(0, 60)),
          passageColours: [...document.querySelectorAll('mark.passage')].map(
            (mark) => getComputedStyle(mark).backgroundColor,
          ),
        };
      });
      expect(printed.notes.length).toBe(seed.annotations.length);
      for (const note of printed.notes) {
        expect(note).toMatchObject({
          visible: true,
          [where]: true,
          address: `https://gloss.example.org${readerPath}#${note.id}`,
        });
        // Numbered as its passage is, by the stylesheet's count of the markers.
        expect(note.number).toContain('counter(gloss)');
      }
      expect(printed.interactive).toEqual([]);
      expect(printed.passageColours.filter((colour) => colour === 'rgba(0, 0, 0, 0)')).toEqual([]);
      await page.context().close();
    },
  );

  test.each(['A4', 'Letter'] as const)(
    'a PDF on %s holds every note’s text whole on one page, inside the page, and the source’s address',
    async (format) => {
      // One page for every note: printing is emulated for the page, whichever it loads.
      const { page } = await site.open('about:blank');
      await page.emulateMedia({ media: 'print' });
      for (const { slug, note } of notesIn()) {
        await page.goto(site.url(`/notes/${slug}/`));
        // Each note's words as printed, in pieces (the stylesheet adds numbers and addresses between them).
        const notes = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.gloss')].map((note) => {
            const pieces: string[] = [];
            const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              if (node.parentElement?.checkVisibility() && node.textContent?.trim()) pieces.push(node.textContent);
            return { id: note.id, pieces };
          }),
        );
        const pdf = await page.pdf({ format });
        const pages = await pdfPages(pdf);
        if (format === 'A4' && slug === seed.slug) writeFirstPage(pdf, `${SCREENSHOTS}/reader-print-a4.png`);
        const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
        for (const { id, pieces } of notes) {
          // The one page that holds all of the note's words; if none does, what the page holding most of them lacks.
          const holds = (page: { text: string }, piece: string) => squeeze(page.text).includes(squeeze(piece));
          const on = pages.filter((page) => pieces.every((piece) => holds(page, piece)));
          const lacks = (page: { text: string }) => pieces.filter((piece) => !holds(page, piece));
          const missing = pages.map(lacks).sort((a, b) => a.length - b.length)[0] ?? pieces;
          expect({ id, pages: on.length, missing }).toEqual({ id, pages: 1, missing: [] });
        }
        expect(pages.flatMap((page) => page.outside)).toEqual([]);
        if (note.source?.url)
          expect(squeeze(pages.map((page) => page.text).join(''))).toContain(squeeze(note.source.url));
      }
      await page.context().close();
    },
  );
});

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test('passages of each kind differ by their underline, not by colour alone', async () => {
    const { page, troubles } = await site.visit(readerPath, { colorScheme });
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
  });

  test.each([375, 1280])('writes a screenshot of the reader page at %i px for people to look at', async (width) => {
    const { page } = await site.visit(readerPath, { colorScheme, viewport: { width, height: 800 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/reader-${width}-${colorScheme}.png`, fullPage: true });
  });
});

/**
 * The reader page at every common width: no sideways scrolling, no note on top of another or of the text, and on
 * wide screens no blank gap in the text and every note level with its passage, or right under the note before it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { notesIn } from '../notes.ts';
import { useSite } from './harness.ts';

const site = useSite();
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];
/** From this width up, notes sit in the margin beside their passages (64rem in the stylesheet). */
const WIDE = 1024;

interface Box {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  /** The height of a line of the text: the most a gap or a note's distance from its place may be. */
  line: number;
  text: Box[];
  notes: Box[];
  /** The blank space between each block of the text and the next, past their own margins. */
  gaps: number[];
  /** Where each note should start: level with its passage's line (a table's or heading's top, for their notes). */
  places: number[];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The page's text and notes as laid out, every note open (on narrow screens, each marker pressed first). */
async function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    for (const toggle of document.querySelectorAll<HTMLButtonElement>('.gloss-toggle')) {
      if (toggle.checkVisibility()) toggle.click();
    }
    const box = (element: Element, name: string) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { name, top: top + scrollY, bottom: bottom + scrollY, left, right };
    };
    const body = document.querySelector('.note-body') as HTMLElement;
    const blocks = [...body.children].filter((child) => !child.matches('aside.margin'));
    const notes = [...document.querySelectorAll<HTMLElement>('.note-body .gloss')];
    const margin = (element: Element, side: 'marginTop' | 'marginBottom') =>
      parseFloat(getComputedStyle(element)[side]);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      line: parseFloat(getComputedStyle(body).lineHeight),
      // The text is its blocks, less the notes that stand inside them: a box per line of each.
      text: blocks.flatMap((block, index) => {
        const range = document.createRange();
        const lines: Box[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.gloss, .gloss-marker, .visually-hidden')) continue;
          range.selectNodeContents(node);
          for (const rect of range.getClientRects())
            if (rect.width > 0)
              lines.push({
                name: `block ${index + 1}`,
                top: rect.top + scrollY,
                bottom: rect.bottom + scrollY,
                left: rect.left,
                right: rect.right,
              });
        }
        return lines;
      }),
      notes: notes.map((note) => box(note, note.id)),
      gaps: blocks.slice(1).map((block, index) => {
        const before = blocks[index] as Element;
        const space = block.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
        return space - Math.max(margin(before, 'marginBottom'), margin(block, 'marginTop'));
      }),
      places: notes.map((note) => {
        const aside = note.closest('aside.margin');
        const passage = document.getElementById(note.dataset['for'] as string) as HTMLElement;
        const anchor = aside ? (aside.nextElementSibling as Element) : passage;
        return (anchor.getClientRects()[0] as DOMRect).top + scrollY;
      }),
    };
  });
}

/** How far each note starts from where it should: its passage's line, or under the note before it if lower. */
function distances(layout: Layout): Array<{ note: string; distance: number }> {
  return layout.notes.map((note, index) => {
    const before = layout.notes[index - 1];
    const place = Math.max(layout.places[index] as number, before ? before.bottom : -Infinity);
    return { note: note.name, distance: Math.round(Math.abs(note.top - place)) };
  });
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  for (const { slug } of notesIn()) {
    test(`/notes/${slug}/, every note open, does not scroll sideways and no note overlaps a note or the text`, async () => {
      const { page, troubles } = await site.visit(`/notes/${slug}/`, { viewport: { width, height: 900 } });
      const layout = await layoutOf(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.notes.every((note) => note.bottom > note.top)).toBe(true);
      const collisions: string[] = [];
      layout.notes.forEach((note, i) => {
        for (const other of layout.notes.slice(i + 1))
          if (overlaps(note, other)) collisions.push(`${note.name} × ${other.name}`);
        for (const line of layout.text) if (overlaps(note, line)) collisions.push(`${note.name} × ${line.name}`);
      });
      expect(collisions).toEqual([]);
      if (width >= WIDE) {
        const textRight = Math.max(...layout.text.map((line) => line.right));
        expect(layout.notes.filter((note) => note.left < textRight).map((note) => note.name)).toEqual([]);
        expect(Math.max(...layout.gaps)).toBeLessThanOrEqual(layout.line);
        const far = distances(layout).filter(({ distance }) => distance > layout.line);
        expect(far).toEqual([]);
      }
      expect(troubles).toEqual([]);
    });
  }
});

describe('a paragraph crowded with notes, at 1280 px', () => {
  test('leaves no blank gap in the text; each note starts within a line of its passage or of the note above', async () => {
    const { page, troubles } = await site.visit('/notes/crowded-paragraph/', {
      viewport: { width: 1280, height: 900 },
    });
    const layout = await layoutOf(page);
    const measured = distances(layout);
    console.log(
      `crowded-paragraph at 1280 px: largest gap in the text ${Math.round(Math.max(...layout.gaps))} px, ` +
        `notes from their place ${measured.map(({ distance }) => distance).join(', ')} px (a line is ${layout.line} px)`,
    );
    expect(Math.max(...layout.gaps)).toBeLessThanOrEqual(layout.line);
    expect(measured.filter(({ distance }) => distance > layout.line)).toEqual([]);
    // The first note stands level with the first words, and the paragraph's notes run on beside the next blocks.
    expect(measured[0]?.distance).toBeLessThanOrEqual(2);
    const first = layout.text.filter((line) => line.name === 'block 1');
    const paragraphEnd = Math.max(...first.map((line) => line.bottom));
    const harbor = layout.notes.find((note) => note.name === 'harbor-fund--note') as Box;
    expect(harbor.top).toBeGreaterThan(paragraphEnd);
    expect(troubles).toEqual([]);
  });
});

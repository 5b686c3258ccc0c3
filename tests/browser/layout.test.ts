/** The reader page at every common width: no sideways scrolling, no note on top of another or of the text. */
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { useSite } from './harness.ts';

const site = useSite();
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];
/** From this width up, notes sit in the margin beside their paragraph (64rem in the stylesheet). */
const WIDE = 1024;

interface Box {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(WIDTHS)('at %i px wide', (width) => {
  for (const { slug } of notesIn()) {
    test(`/notes/${slug}/ does not scroll sideways and no note overlaps another note or the text`, async () => {
      const { page, troubles } = await site.open(`/notes/${slug}/`, { viewport: { width, height: 900 } });
      const layout = await page.evaluate(() => {
        const box = (element: Element, name: string) => {
          const { top, bottom, left, right } = element.getBoundingClientRect();
          return { name, top: top + scrollY, bottom: bottom + scrollY, left, right };
        };
        const body = document.querySelector('.note-body') as HTMLElement;
        const blocks = [...body.children].filter((child) => !child.matches('.margin'));
        const notes = [...document.querySelectorAll('.gloss')];
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          text: blocks.map((block, index) => box(block, `block ${index + 1}`)),
          notes: notes.map((note) => box(note, note.id)),
          /** For each note: the block that holds its passage, and the one after it. */
          homes: notes.map((note) => {
            const passage = document.getElementById((note as HTMLElement).dataset['for'] as string) as HTMLElement;
            const index = blocks.findIndex((block) => block.contains(passage));
            return { note: note.id, index };
          }),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      const collisions: string[] = [];
      layout.notes.forEach((note, i) => {
        for (const other of layout.notes.slice(i + 1))
          if (overlaps(note, other)) collisions.push(`${note.name} × ${other.name}`);
        for (const block of layout.text) if (overlaps(note, block)) collisions.push(`${note.name} × ${block.name}`);
      });
      expect(collisions).toEqual([]);
      if (width >= WIDE) {
        for (const [position, { note, index }] of layout.homes.entries()) {
          const box = layout.notes.find((candidate) => candidate.name === note) as Box;
          const home = layout.text[index] as Box;
          const next = layout.text[index + 1] ?? home;
          // Beside its paragraph: it starts no higher than the paragraph and no lower than the next one ends, or,
          // when the notes before it reach further down (a short last paragraph with several), right after them.
          const before = layout.notes[position - 1];
          const stacked = before !== undefined && box.top > before.bottom && box.top - before.bottom <= 40;
          expect({ note, starts: box.top >= home.top - 1 && (box.top <= next.bottom || stacked) }).toEqual({
            note,
            starts: true,
          });
          expect(box.left).toBeGreaterThanOrEqual(home.right);
        }
      }
      expect(troubles).toEqual([]);
      await page.context().close();
    });
  }
});

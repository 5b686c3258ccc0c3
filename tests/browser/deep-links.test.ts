/** Arriving from a link to one annotation: its passage and its note are on screen, and both are marked. */
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { useSite } from './harness.ts';

const site = useSite();
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

describe.each(VIEWPORTS)('at $width x $height', (viewport) => {
  for (const { slug, annotations } of notesIn()) {
    test.each(annotations.map((annotation) => annotation.id))(
      `/notes/${slug}/#%s shows its passage and note, marked`,
      async (id) => {
        // Loaded afresh each time (never a jump within the page it is on), as a link from elsewhere loads it.
        const { page, troubles } = await site.visit(`/notes/${slug}/#${id}`, { viewport });
        const seen = await page.evaluate((id) => {
          const passage = document.getElementById(id) as HTMLElement;
          const note = document.getElementById(`${id}--note`) as HTMLElement;
          const inView = (box: DOMRect) =>
            box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
          const marker = getComputedStyle(document.documentElement).getPropertyValue('--target').trim();
          const probe = document.createElement('span');
          probe.style.backgroundColor = marker;
          document.body.append(probe);
          const targetColour = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return {
            passageInView: inView(passage.getBoundingClientRect()),
            noteInView: inView(note.getBoundingClientRect()),
            passageIsTarget: passage.matches(':target'),
            passageMarked: getComputedStyle(passage).backgroundColor === targetColour,
            noteMarked:
              getComputedStyle(note).outlineColor === targetColour && getComputedStyle(note).outlineStyle === 'solid',
          };
        }, id);
        expect(seen).toEqual({
          passageInView: true,
          noteInView: true,
          passageIsTarget: true,
          passageMarked: true,
          noteMarked: true,
        });
        expect(troubles).toEqual([]);
      },
    );
  }
});

/** The places the plugin leaves for margin notes, and the page filling them. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { marginSlotComment } from '../../src/markdown/margin-slot.ts';
import { withMarginNotes } from '../../src/margin/with-margin-notes.ts';
import { noteSchema } from '../../src/schemas/note.ts';

const note = noteSchema.parse({
  title: 'Slots',
  parties: [{ id: 'openai', name: 'OpenAI', kind: 'organization' }],
  figures: [{ id: 'deal', quote: '$10 billion', value: 10e9, unit: 'USD', label: 'Deal' }],
});
const slot = toHtml(marginSlotComment({ ids: ['deal', 'openai'], span: 2, block: 'paragraph 3' }));

describe('withMarginNotes', () => {
  test('puts the notes of a slot in an aside named after its block, in the slot’s order', () => {
    const html = withMarginNotes(`<p>text</p>${slot}<p>more</p>`, note, { slug: 'slots' });
    expect(html).toMatch(/^<p>text<\/p><aside class="margin span-2" aria-label="Notes on paragraph 3">/);
    expect(html.indexOf('id="deal--note"')).toBeLessThan(html.indexOf('id="openai--note"'));
    expect(html).toMatch(/<\/aside><p>more<\/p>$/);
    expect(html).not.toContain('gloss-margin');
  });

  test('refuses a slot for an annotation the note does not have, naming it', () => {
    const stale = toHtml(marginSlotComment({ ids: ['gone'], span: 1, block: 'paragraph 1' }));
    expect(() => withMarginNotes(stale, note, { slug: 'slots' })).toThrow(/"slots".*"gone"/);
  });

  test('leaves a text without slots as it is', () => {
    expect(withMarginNotes('<p>plain <!-- other --></p>', note, { slug: 'slots' })).toBe('<p>plain <!-- other --></p>');
  });
});

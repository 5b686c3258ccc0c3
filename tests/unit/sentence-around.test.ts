/** The sentence around a passage, as the cross-note pages and annotation pages show it. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceAround, type AnchoredText } from '../../src/anchoring/anchored-text.ts';

const anchorsOf = (text: string): AnchoredText => {
  const runs = [];
  let start = 0;
  for (const run of text.split('\n\n')) {
    runs.push({ start, end: start + run.length });
    start += run.length + 2;
  }
  return { text, runs, passages: [], mentions: [] };
};

/** The definition, written plainly: back to a stop and a space, on to a stop, within the paragraph. */
function plainSentenceAround(anchors: AnchoredText, range: { start: number; end: number }) {
  const run = anchors.runs.find((candidate) => candidate.start <= range.start && range.end <= candidate.end) ?? range;
  let start = range.start;
  while (start > run.start && !/[.!?]\s$/.test(anchors.text.slice(start - 2, start))) start--;
  let end = range.end;
  while (end < run.end && !/[.!?]/.test(anchors.text[end - 1] ?? '')) end++;
  return {
    before: anchors.text.slice(start, range.start),
    passage: anchors.text.slice(range.start, range.end),
    after: anchors.text.slice(range.end, end),
  };
}

describe('sentenceAround', () => {
  const text = 'First one. The deal was signed in May! Then? More\n\nNext paragraph starts. Here';

  test('takes the sentence from after the last stop and space to the next stop', () => {
    const start = text.indexOf('signed');
    expect(sentenceAround(anchorsOf(text), { start, end: start + 'signed'.length })).toEqual({
      before: 'The deal was ',
      passage: 'signed',
      after: ' in May!',
    });
  });

  test('stops at the edges of its paragraph', () => {
    const start = text.indexOf('More');
    expect(sentenceAround(anchorsOf(text), { start, end: start + 4 })).toEqual({
      before: '',
      passage: 'More',
      after: '',
    });
    const next = text.indexOf('paragraph');
    expect(sentenceAround(anchorsOf(text), { start: next, end: next + 9 }).before).toBe('Next ');
  });

  test('agrees with the plain definition on any text', () => {
    const pieces = fc.constantFrom('a', 'b ', '. ', '!', '?', ' ', '\t', '\u00a0', '.\u2003', '\n\n', 'word ');
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 40 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        (value, a, b) => {
          const anchors = anchorsOf(value);
          const run = anchors.runs[a % anchors.runs.length] as { start: number; end: number };
          const width = run.end - run.start + 1;
          const [start, end] = [run.start + (a % width), run.start + (b % width)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          expect(sentenceAround(anchors, { start, end })).toEqual(plainSentenceAround(anchors, { start, end }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

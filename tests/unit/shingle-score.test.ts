import { describe, expect, it } from 'vitest';
import { readerWords } from '../../src/capture/reader-words.ts';
import { precisionRecall, scorePage, scorePages, shingles } from '../../src/capture/shingle-score.ts';

describe('the extraction benchmark score', () => {
  it('counts runs of four words, punctuation and spaces only separating them', () => {
    // a b c d e: "a b c d", "b c d e".
    expect([...shingles('a, b c-d  e.')]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect(shingles('one two three').size).toBe(0);
    expect([...shingles('x x x x x x')]).toEqual([['x x x x', 3]]);
    expect([...shingles('Größe über élan ñandú')]).toEqual([['Größe über élan ñandú', 1]]);
  });

  it('scores one page: tp, fp and fn divided by their sum', () => {
    // Expected a b c d e f: abcd bcde cdef. Extracted a b c d e x: abcd bcde bcdx... = abcd, bcde, cdex.
    // tp 2 (abcd, bcde), fp 1 (cdex), fn 1 (cdef): sum 4.
    expect(scorePage('a b c d e f', 'a b c d e x')).toEqual({ tp: 0.5, fp: 0.25, fn: 0.25 });
    // A shingle expected twice and extracted once: tp 1, fn 1. Expected "x x x x x": xxxx ×2; extracted "x x x x".
    expect(scorePage('x x x x x', 'x x x x')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(scorePage('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('takes precision and recall per page, 1 when nothing is wrong and 0 when nothing matched', () => {
    expect(precisionRecall({ tp: 0.5, fp: 0.25, fn: 0.25 })).toEqual({ precision: 0.5 / 0.75, recall: 0.5 / 0.75 });
    expect(precisionRecall({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1 });
    expect(precisionRecall({ tp: 0, fp: 0.5, fn: 0.5 })).toEqual({ precision: 0, recall: 0 });
  });

  it('averages precision and recall over the pages, and takes F1 from the averages', () => {
    // Page 1: P 1, R 0.5 (tp .5 fn .5). Page 2: P 0.5, R 1 (tp .5 fp .5). Averages 0.75 and 0.75: F1 0.75.
    const score = scorePages([
      { tp: 0.5, fp: 0, fn: 0.5 },
      { tp: 0.5, fp: 0.5, fn: 0 },
    ]);
    expect(score).toEqual({ f1: 0.75, precision: 0.75, recall: 0.75 });
    // P 1 and R 0.5 on one page: F1 = 2 × 0.5 / 1.5.
    expect(scorePages([{ tp: 0.5, fp: 0, fn: 0.5 }]).f1).toBeCloseTo(2 / 3, 10);
  });
});

describe('the words a reader sees in Markdown', () => {
  it('leaves out link targets, images and markup, and keeps blocks apart', () => {
    const markdown =
      '# Title\n\nSome *emphasis* and [a link](https://example.org/x).\n\n![alt words](pic.jpg)\n\n- one\n- two';
    expect(readerWords(markdown)).toBe('Title\nSome emphasis and a link.\none\ntwo');
    expect(readerWords('Before.\n\n![alt words](pic.jpg "The caption.")\n\nAfter.')).toBe(
      'Before.\nThe caption.\nAfter.',
    );
  });
});

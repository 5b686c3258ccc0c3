import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/anchoring/fold-text.ts';
import { findQuote, searchableText, type TextRange } from '../../src/anchoring/find-quote.ts';

/** A text of paragraphs joined as the article reader joins them. */
function paragraphs(...texts: string[]) {
  const runs: TextRange[] = [];
  let text = '';
  for (const paragraph of texts) {
    if (text) text += '\n\n';
    runs.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return searchableText(text, runs);
}

const found = (source: ReturnType<typeof paragraphs>, ranges: TextRange[]) =>
  ranges.map((range) => source.text.slice(range.start, range.end));

describe('foldText', () => {
  test('folds whitespace, quotes, dashes and ellipses, and maps back to the original', () => {
    const { folded, origin } = foldText('It\u2019s  \u201Cnew\u201D \u2014 and\u2026');
    expect(folded).toBe('It\'s "new" - and...');
    expect(origin[3]).toBe(3);
    expect(origin[5]).toBe(6);
    expect(origin.at(-1)).toBe(18);
  });

  test.each([
    ['a \u00AD b', 'a b', [0, 1, 4, 5]],
    ['a\u00AD b', 'a b', [0, 2, 3, 4]],
    [' \n\t x ', ' x ', [0, 4, 5, 6]],
    ['a -- b', 'a - b', [0, 1, 2, 4, 5, 6]],
    ['x\u2014-y\u2026', 'x-y...', [0, 1, 3, 4, 4, 4, 5]],
    ['plain words only', 'plain words only', [...Array.from({ length: 16 }, (_, i) => i), 16]],
  ])('folds %j to %j and maps each character back', (text, folded, origin) => {
    const result = foldText(text);
    expect(result.folded).toBe(folded);
    expect(Array.from(result.origin)).toEqual(origin);
  });
});

describe('findQuote', () => {
  test('matches across curly and straight quotes and apostrophes', () => {
    const source = paragraphs('OpenAI\u2019s \u201Cpartner\u201D');
    expect(found(source, findQuote(source, { quote: 'OpenAI\'s "partner"' }))).toEqual([
      'OpenAI\u2019s \u201Cpartner\u201D',
    ]);
  });

  test('ignores differences of whitespace and dash forms', () => {
    const source = paragraphs('the Russia\u2013Ukraine\n  war');
    expect(found(source, findQuote(source, { quote: 'Russia-Ukraine war' }))).toEqual(['Russia\u2013Ukraine\n  war']);
  });

  test('matches whole words only', () => {
    const source = paragraphs('Mayor Jones met in May.');
    expect(found(source, findQuote(source, { quote: 'May' }))).toEqual(['May']);
    expect(findQuote(source, { quote: 'May' })[0]?.start).toBe(19);
  });

  test('never matches across paragraphs', () => {
    const source = paragraphs('ends here', 'starts there');
    expect(findQuote(source, { quote: 'here starts' })).toEqual([]);
  });

  test('narrows by prefix and suffix, loosely at the joins', () => {
    const source = paragraphs('in May 2024 and again in May 2025');
    expect(findQuote(source, { quote: 'May' })).toHaveLength(2);
    expect(findQuote(source, { quote: 'May', suffix: '2025' })).toEqual([{ start: 25, end: 28 }]);
    expect(findQuote(source, { quote: 'May', prefix: 'again in ' })).toEqual([{ start: 25, end: 28 }]);
    expect(findQuote(source, { quote: 'May', prefix: 'once in' })).toEqual([]);
  });

  test('is case-sensitive, as the words of a quote are exact', () => {
    const source = paragraphs('Google and google');
    expect(findQuote(source, { quote: 'Google' })).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('foldText with dashes typed as hyphens', () => {
  test('folds a run of dashes to one, so "--" matches an em dash', () => {
    expect(foldText('20 % -- more').folded).toBe('20 % - more');
    expect(foldText('co-op').folded).toBe('co-op');
  });
});

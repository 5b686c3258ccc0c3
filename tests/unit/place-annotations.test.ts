import { describe, expect, test } from 'vitest';
import { searchableText } from '../../src/anchoring/find-quote.ts';
import { placeAnnotations, type AnchorRequest } from '../../src/anchoring/place-annotations.ts';

const one = (text: string) => searchableText(text, [{ start: 0, end: text.length }]);
const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('placeAnnotations', () => {
  const text = 'Google Cloud sells to OpenAI. OpenAI pays Google, and Google Cloud grows.';
  const parties: AnchorRequest[] = [
    { id: 'google', type: 'party', quote: 'Google', names: ['Google'] },
    { id: 'google-cloud', type: 'party', quote: 'Google Cloud', names: ['Google Cloud'] },
    { id: 'openai', type: 'party', quote: 'OpenAI', names: ['OpenAI'] },
  ];

  test('anchors a party at its first match and marks its other mentions, longest names first', () => {
    const { passages, mentions, problems } = placeAnnotations(one(text), parties);
    expect(problems).toEqual([]);
    expect(passages.map((passage) => [passage.id, passage.start])).toEqual([
      ['google-cloud', 0],
      ['openai', 22],
      ['google', 42],
    ]);
    expect(mentions.map((mention) => [mention.id, slice(text, mention)])).toEqual([
      ['openai', 'OpenAI'],
      ['google-cloud', 'Google Cloud'],
    ]);
  });

  test('says when a date or figure quote matches several places, and where', () => {
    const { problems, passages } = placeAnnotations(one('In May, and in May again.'), [
      { id: 'may', type: 'date', quote: 'May' },
    ]);
    expect(passages).toEqual([]);
    expect(problems).toMatchObject([{ problem: 'ambiguous', matches: [{ start: 3 }, { start: 15 }] }]);
  });

  test('tells a missing quote from a prefix or suffix that matches nothing', () => {
    const { problems } = placeAnnotations(one('In May 2025.'), [
      { id: 'a', type: 'date', quote: 'June' },
      { id: 'b', type: 'date', quote: 'May', prefix: 'Since' },
    ]);
    expect(problems.map((problem) => [problem.annotation.id, problem.problem])).toEqual([
      ['a', 'not-found'],
      ['b', 'context-not-found'],
    ]);
  });

  test('lets passages nest but not cross', () => {
    const source = one('revenue of $10 billion last year');
    const nested = placeAnnotations(source, [
      { id: 'outer', type: 'figure', quote: 'revenue of $10 billion' },
      { id: 'inner', type: 'figure', quote: '$10 billion' },
    ]);
    expect(nested.problems).toEqual([]);
    expect(nested.passages.map((passage) => passage.id)).toEqual(['outer', 'inner']);

    const crossing = placeAnnotations(source, [
      { id: 'money', type: 'figure', quote: '$10 billion' },
      { id: 'when', type: 'date', quote: 'billion last year' },
    ]);
    expect(crossing.problems).toMatchObject([
      { problem: 'overlap', annotation: { id: 'when' }, other: { id: 'money' } },
    ]);
    expect(crossing.passages.map((passage) => passage.id)).toEqual(['money']);
  });

  test('never marks a mention inside or across a passage', () => {
    const sample = 'OpenAI said OpenAI grew in 2025.';
    const { mentions } = placeAnnotations(one(sample), [
      { id: 'openai', type: 'party', quote: 'OpenAI', names: ['OpenAI'] },
      { id: 'growth', type: 'date', quote: 'OpenAI grew in 2025' },
    ]);
    expect(mentions).toEqual([]);
  });
});

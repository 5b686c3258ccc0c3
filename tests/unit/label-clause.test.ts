import { expect, test } from 'vitest';
import { cleanClause } from '../../src/suggest/label-clause.ts';

test('the clause that holds the passage is its label, not the whole sentence', () => {
  expect(cleanClause('The deal was ', 'finalized in May', ' after months of talks.')).toBe(
    'The deal was finalized in May after months of talks',
  );
  expect(cleanClause('Meanwhile, OpenAI ', 'reported $10 billion', ' in revenue; it is looking for more.')).toBe(
    'OpenAI reported $10 billion in revenue',
  );
});

test('a comma inside a number does not end a clause', () => {
  expect(cleanClause('It employs ', '12,500 people', ', most of them in Ohio.')).toBe('It employs 12,500 people');
});

test('no label where no clause stands alone: too long, too short, a lower-case start, cut at a conjunction', () => {
  const before =
    'According to three people familiar with the negotiations who asked not to be named because the talks were private the company ';
  expect(cleanClause(before, 'signed in March', ' a supply agreement.')).toBeUndefined();
  expect(cleanClause('', 'in 2024', '.')).toBeUndefined();
  expect(cleanClause('Costs rose, and sales reached ', '$2.4 billion', '.')).toBeUndefined();
  expect(cleanClause('Inspectors arrived at the plant ', 'in September 2024', ' and, within weeks, left.')).toBe(
    undefined,
  );
  expect(cleanClause('Die Kosten stiegen ', 'im Jahr 2024', ' und, so heißt es, weiter.')).toBeUndefined();
});

test('the passage alone, or with one word, is no label: it says nothing its value does not', () => {
  expect(cleanClause('', 'On August 14', ', three workers collapsed.')).toBeUndefined();
  expect(cleanClause('', 'The following spring', ', they met.')).toBeUndefined();
});

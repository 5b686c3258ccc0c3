import { expect, test } from 'vitest';
import { clauseAround, MAX_LABEL_LENGTH } from '../../src/suggest/label-clause.ts';

test('the clause that holds the passage, not the whole sentence', () => {
  expect(
    clauseAround(
      'Meanwhile, OpenAI, which reported an annualized revenue run rate of ',
      '$10 billion',
      ', is looking for more computing power.',
    ),
  ).toBe('which reported an annualized revenue run rate of $10 billion');
  expect(clauseAround('The deal was ', 'finalized in May', ' after months of talks.')).toBe(
    'The deal was finalized in May after months of talks',
  );
});

test('a comma inside a number does not end a clause', () => {
  expect(clauseAround('It employs ', '12,500 people', ', most of them in Ohio.')).toBe('It employs 12,500 people');
  expect(clauseAround('Costs rose to $1,200 per unit, and sales reached ', '$2.4 billion', '.')).toBe(
    'and sales reached $2.4 billion',
  );
});

test('at most 80 characters, cut at a word, keeping the words nearest the passage', () => {
  const before =
    'According to three people familiar with the negotiations who asked not to be named because the talks were private the company ';
  const after =
    ' a long-term agreement for the supply of electricity to its data centres in northern Europe and in Ireland.';
  const label = clauseAround(before, 'signed in March', after);
  expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
  expect(label).toContain('the company signed in March a long-term agreement');
  // Cut between words, never inside one.
  const words = `${before}signed in March${after}`.split(' ');
  for (const word of label.split(' ')) expect(words).toContain(word);
});

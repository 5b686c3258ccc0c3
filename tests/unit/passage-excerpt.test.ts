import { expect, test } from 'vitest';
import { excerptOf, passageExcerpt } from '../../src/site/passage-excerpt.ts';

const context = (before: string, passage: string, after: string) => ({ id: 'x', before, passage, after });

test('a short sentence whole, without its last stop', () => {
  expect(passageExcerpt(context('The plant opened ', 'in April 2024', '.'))).toBe('The plant opened in April 2024');
  expect(passageExcerpt(context("Selon l'Autorité, le rachat a été autorisé pour ", "15 milliards d'euros", '.'))).toBe(
    "Selon l'Autorité, le rachat a été autorisé pour 15 milliards d'euros",
  );
});

test('a long one cut at words on both sides, the words after the passage first, each cut said by an ellipsis', () => {
  const cut = passageExcerpt(
    context(
      'After three years of talks with regulators in four countries, the company finally ',
      'signed in March',
      ', a deal that analysts had long called impossible, and its shares rose.',
    ),
  );
  expect(cut).toBe('…the company finally signed in March, a deal that analysts had long…');
  expect(cut.replace(/…/g, '').split(' ')).toHaveLength(12);
});

test("a passage's own excerpt, never another mention's", () => {
  const inContext = [
    { id: 'x', before: 'Named ', passage: 'here', after: ' first.', mention: true as const },
    { id: 'x', before: 'And ', passage: 'here', after: ' it is annotated.' },
  ];
  expect(excerptOf('x', inContext)).toBe('And here it is annotated');
  expect(excerptOf('y', inContext)).toBeUndefined();
});

import { expect, test } from 'vitest';
import { dataStoreInPieces } from '../../src/integrations/data-store-in-pieces.ts';

/** What a module's default export evaluates to. */
const evaluate = (code: string): unknown => new Function(`${code.replace('export default ', 'return ')}`)() as unknown;

const store = JSON.stringify([['Map', 1], { note: 'a "quoted" word, a line\nbreak, é, 😀 and \\ backslash' }]);
const module = `export default JSON.parse(${JSON.stringify(store)})`;

test('the store is the same once cut into pieces, at any size of piece', () => {
  for (const piece of [1, 2, 3, 7, 64]) {
    const split = dataStoreInPieces(module, piece);
    expect(split).toBeDefined();
    expect(evaluate(split as string)).toEqual(evaluate(module));
  }
});

test('each piece is a literal of at most the given length', () => {
  const split = dataStoreInPieces(module, 10) as string;
  const literals = split.split('\n').slice(1, -1);
  expect(literals.length).toBe(Math.ceil(store.length / 10));
  for (const literal of literals)
    expect((JSON.parse(literal.replace(/,$/, '')) as string).length).toBeLessThanOrEqual(10);
});

test('a character outside the basic plane cut in two is whole again', () => {
  const at = store.indexOf('😀');
  const split = dataStoreInPieces(module, at + 1) as string;
  expect(split).toContain('\\ud83d');
  expect(evaluate(split)).toEqual(evaluate(module));
});

test('code of another form is left alone', () => {
  expect(dataStoreInPieces('export default new Map()', 4)).toBeUndefined();
  expect(dataStoreInPieces('export default JSON.parse(data)', 4)).toBeUndefined();
  expect(dataStoreInPieces('export default JSON.parse(12)', 4)).toBeUndefined();
});

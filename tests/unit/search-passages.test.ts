/** Which annotations a search matched, from a note page's words, its ids' positions and the words found. */
import { expect, test } from 'vitest';
import { MARGIN_NOTE_WEIGHT, passageMatches, type ExcerptPart } from '../../src/search/search-passages.ts';

// A paragraph with two passages, its margin (two notes), then the next paragraph, as Pagefind reads such a page.
const content = [
  'Acme Corp signed the deal in March 2024 with Beta Ltd.', // 0–10: passages "Acme Corp" (0) and "in March 2024" (5)
  'Acme Corp party, organization. The buyer, a maker of anvils.', // 11–20: margin note of acme
  'March 2024 date, to the month. When the deal was signed.', // 21–31: margin note of signed
  'Anvils sold well that year.', // 32–36: the next paragraph, after the margin
].join(' ');
const anchors = [
  { element: 'mark', id: 'acme', text: 'Acme Corp', location: 0 },
  { element: 'mark', id: 'signed', text: 'in March 2024', location: 5 },
  { element: 'div', id: 'acme--note', text: '', location: 11 },
  { element: 'div', id: 'signed--note', text: '', location: 21 },
];
const words = content.split(' ');
const at = (word: string, from = 0): number => words.indexOf(word, from);
const inText = (location: number) => ({ location, weight: 1 });
const inNote = (location: number) => ({ location, weight: MARGIN_NOTE_WEIGHT });
const plain = (parts: ExcerptPart[]): string => parts.map((part) => part.text).join('');
const found = (parts: ExcerptPart[]): string[] => parts.filter((part) => part.found).map((part) => part.text);

test('a word of a passage matches its annotation, the word marked in the passage', () => {
  const [match, ...rest] = passageMatches(content, anchors, [inText(at('March'))]);
  expect(rest).toEqual([]);
  expect(match?.id).toBe('signed');
  expect(plain(match?.passage ?? [])).toBe('in March 2024');
  expect(found(match?.passage ?? [])).toEqual(['March']);
  expect(match?.note).toEqual([]);
});

test('a word of a margin note matches its annotation, with the sentence of the note that holds it', () => {
  const [match, ...rest] = passageMatches(content, anchors, [inNote(at('anvils.'))]);
  expect(rest).toEqual([]);
  expect(match?.id).toBe('acme');
  expect(plain(match?.passage ?? [])).toBe('Acme Corp');
  expect(found(match?.passage ?? [])).toEqual([]);
  expect(plain(match?.note ?? [])).toBe('The buyer, a maker of anvils.');
  expect(found(match?.note ?? [])).toEqual(['anvils.']);
});

test('the text after the last margin note of a paragraph is not that note', () => {
  expect(passageMatches(content, anchors, [inText(at('Anvils'))])).toEqual([]);
});

test('running text outside any passage matches no annotation', () => {
  expect(passageMatches(content, anchors, [inText(at('deal')), inText(at('Beta'))])).toEqual([]);
});

test('annotations come in the order of their passages, each once, whatever the order of the words found', () => {
  const matches = passageMatches(content, anchors, [
    inNote(at('deal', 21)),
    inText(at('Acme')),
    inNote(at('Acme', 11)),
    inText(at('2024')),
  ]);
  expect(matches.map((match) => match.id)).toEqual(['acme', 'signed']);
  expect(found(matches[0]?.note ?? [])).toEqual(['Acme']);
  expect(plain(matches[1]?.note ?? [])).toBe('When the deal was signed.');
});

test('a long sentence of a margin note is cut around the word found', () => {
  const long = `Acme Corp here. ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} end.`;
  const longWords = long.split(' ');
  const matches = passageMatches(
    long,
    [
      { element: 'mark', id: 'acme', text: 'Acme Corp', location: 0 },
      { element: 'div', id: 'acme--note', text: '', location: 3 },
    ],
    [inNote(longWords.indexOf('w20'))],
  );
  const note = plain(matches[0]?.note ?? []).split(' ');
  expect(note).toContain('w20');
  expect(note.length).toBeLessThanOrEqual(24);
  expect(note).not.toContain('w0');
});

test('a margin note whose passage is not on the page (ids of other things) gives nothing', () => {
  const others = [{ element: 'h2', id: 'background', text: 'Background', location: 0 }, ...anchors.slice(2)];
  expect(passageMatches(content, others, [inNote(at('anvils.'))])).toEqual([]);
});

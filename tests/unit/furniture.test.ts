import { expect, test } from 'vitest';
import { isFurniture, withoutFurniture } from '../../src/capture/furniture/furniture.ts';

test.each([
  'By Jane Doe',
  'By Jane Doe and John Roe, Reuters',
  'Par Claire Fontaine',
  'Par Claire Fontaine et Paul de La Tour',
  'Publié le 4 mars 2025 à 10h12. Lecture 4 min.',
  'Published March 4, 2025 · 4 min read',
  'Updated 11:02 GMT',
  'Photo: AFP',
  'Crédit photo : Reuters',
  '© Jane Doe / AP',
  'Sign up for our morning newsletter and get the news in your inbox',
  'Inscrivez-vous à notre newsletter quotidienne',
  'Share this article',
  '10:03 UN watchdog declares an emergency',
  'Autor: João Silva',
  'Автор: Иван Петров',
  'Фото: ТАСС',
])('“%s” is the site’s furniture', (block) => {
  expect(isFurniture(block)).toBe(true);
});

test.each([
  'By the end of the year, the company had doubled its capacity.',
  'Par ailleurs, la société a annoncé un nouveau site.',
  'Photo opportunities were rare during the visit.',
  'The newsletter industry grew by 12% last year, according to the survey of publishers.',
  'Published figures show that revenue rose in March.',
  'OpenAI has decided to utilize Google’s cloud services.',
  'Author: the one who wrote the report said it plainly.',
])('“%s” is the article’s', (block) => {
  expect(isFurniture(block)).toBe(false);
});

test('a kicker, in capitals or not, is furniture only above the text, and only a word or three', () => {
  expect(isFurniture('ÉCONOMIE', { first: true })).toBe(true);
  expect(isFurniture('Énergie', { first: true })).toBe(true);
  expect(isFurniture('World Business News', { first: true })).toBe(true);
  expect(isFurniture('ÉCONOMIE')).toBe(false);
  expect(isFurniture('Énergie')).toBe(false);
  // A sentence, however short, is the article's.
  expect(isFurniture('Énergie propre.', { first: true })).toBe(false);
  expect(isFurniture('The board resigned on Monday', { first: true })).toBe(false);
});

test('the Markdown keeps every block of the article, and each cut block is handed back in one line', () => {
  const { markdown, cut } = withoutFurniture(
    'ÉCONOMIE\n\n*Par Claire Fontaine*\n\nPublié le 4 mars 2025. Lecture 4 min.\n\nLe texte de l’article, qui continue.\n\n- une liste\n\n## Un intertitre\n\nPhoto : [AFP](https://example.org)\n\nLa suite du texte.',
  );
  expect(markdown).toBe(
    'Le texte de l’article, qui continue.\n\n- une liste\n\n## Un intertitre\n\nLa suite du texte.',
  );
  expect(cut).toEqual(['ÉCONOMIE', 'Par Claire Fontaine', 'Publié le 4 mars 2025. Lecture 4 min.', 'Photo : AFP']);
});

import { expect, test } from 'vitest';
import { languageSchema } from '../../src/schemas/language.ts';
import { isRightToLeft } from '../../src/values/text-direction.ts';

test('a language tag is checked and written in its canonical form', () => {
  expect(languageSchema.parse('fr')).toBe('fr');
  expect(languageSchema.parse('PT-br')).toBe('pt-BR');
  expect(languageSchema.parse('fr_FR')).toBe('fr-FR');
  const refused = languageSchema.safeParse('french!');
  expect(refused.success).toBe(false);
  expect(refused.error?.issues[0]?.message).toBe(
    '"french!" is not a language tag: write one like "fr", "en-GB" or "pt-BR"',
  );
});

test('Arabic, Hebrew, Persian and Urdu are written right to left; French, English and Chinese are not', () => {
  expect(['ar', 'he', 'fa', 'ur', 'yi'].map(isRightToLeft)).toEqual([true, true, true, true, true]);
  expect(['fr', 'en-GB', 'zh-Hant', 'sr-Cyrl'].map(isRightToLeft)).toEqual([false, false, false, false]);
});

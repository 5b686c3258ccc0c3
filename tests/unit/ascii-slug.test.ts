import { expect, test } from 'vitest';
import { asciiSlug } from '../../src/site/ascii-slug.ts';

test('accents come off and ligatures are spelt out', () => {
  expect(asciiSlug('Benoît Cœuré')).toBe('benoit-coeure');
  expect(asciiSlug('État de l’Union, Straße, Ærø, Łódź')).toBe('etat-de-lunion-strasse-aero-lodz');
  expect(asciiSlug('OpenAI’s deal')).toBe('openais-deal');
});

test('words are joined by single hyphens, never two', () => {
  expect(asciiSlug('  OpenAI -- Google: a  “deal”! ')).toBe('openai-google-a-deal');
  expect(asciiSlug('a--b')).not.toContain('--');
});

test('at most 60 characters, cut at a word', () => {
  const slug = asciiSlug(
    'The Department for Environment, Food and Rural Affairs publishes its annual report on water companies',
  );
  expect(slug).toBe('the-department-for-environment-food-and-rural-affairs');
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(asciiSlug('a'.repeat(80))).toHaveLength(60);
});

test('a script with no Latin letters leaves nothing, for the caller to name', () => {
  expect(asciiSlug('السلام عليكم')).toBe('');
});

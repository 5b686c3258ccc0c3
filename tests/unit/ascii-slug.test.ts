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

test('any script gives a readable name: Cyrillic, Greek, Arabic, Hebrew, Chinese', () => {
  expect(asciiSlug('Министерство энергетики')).toBe('ministerstvo-energetiki');
  expect(asciiSlug('Υπουργείο Ενέργειας')).toBe('ypoyrgeio-energeias');
  expect(asciiSlug('وزارة الطاقة')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  expect(asciiSlug('משרד האנרגיה')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  expect(asciiSlug('国家能源局')).toBe('guo-jia-neng-yuan-ju');
  // Two different names in one script stay two names.
  expect(asciiSlug('وزارة الطاقة')).not.toBe(asciiSlug('وزارة المالية'));
});

test('what has no letters or digits at all leaves nothing, for the caller to name', () => {
  expect(asciiSlug('« — »')).toBe('');
});

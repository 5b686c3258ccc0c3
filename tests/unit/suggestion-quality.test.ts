/**
 * The quality of `npm run suggest` on captures of several shapes and languages (tests/fixtures/quality/), each
 * with the annotations a careful author keeps: per kind, the share of them suggested with the right value, and the
 * share of suggestions the author would not keep. English at least 85% for dates and figures and 80% for parties;
 * French, German and Spanish at least 80% for each; at most 25% of suggestions extra, in any language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { suggestionQuality, type KindScore } from '../quality/suggestion-quality.ts';

const FOLDER = 'tests/fixtures/quality';
const cases = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml'));

const RECALL: Record<'dates' | 'figures' | 'parties', { en: number; other: number }> = {
  dates: { en: 0.85, other: 0.8 },
  figures: { en: 0.85, other: 0.8 },
  parties: { en: 0.8, other: 0.8 },
};
const MOST_EXTRA = 0.25;

test('the corpus has captures of every shape and language the suggestions are held to', () => {
  expect(cases.length).toBeGreaterThanOrEqual(6);
});

describe.each(cases)('suggestions for %s', (name) => {
  const { language = 'en' } = parse(readFileSync(`${FOLDER}/${name}`, 'utf8')) as { language?: string };
  test('find what the author keeps, with the right value, and little else', async () => {
    const quality = await suggestionQuality(`${FOLDER}/${name}`);
    for (const kind of ['dates', 'figures', 'parties'] as const) {
      const score: KindScore = quality[kind];
      const least = language === 'en' ? RECALL[kind].en : RECALL[kind].other;
      expect(score.found / score.expected, `${kind}: missed ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(least);
      expect(score.extra, `${kind}: extra ${score.extras.join('; ')}`).toBeLessThanOrEqual(
        score.suggested * MOST_EXTRA,
      );
    }
  });
});

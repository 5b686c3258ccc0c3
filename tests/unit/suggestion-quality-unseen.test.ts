/**
 * `npm run suggest` on captures of shapes no rule here was written from (tests/fixtures/quality-unseen/: a
 * newswire release, a magazine feature and a news page in English, French, German and Spanish), each with the
 * annotations a careful author keeps, written by others from the README alone. Held to the thresholds of #33
 * where they pass: parties 85 % found with the right kind, dates and figures 90 % with the right value, at most
 * 20 % of suggestions extra (a suggested not-date among them). Where a capture falls short, it is held to the
 * level measured (written below, never computed here), so that no change makes it worse unseen.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { suggestionQuality, type KindScore } from '../quality/suggestion-quality.ts';

const FOLDER = 'tests/fixtures/quality-unseen';
const cases = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.yaml'))
  .filter((name) => existsSync(`${FOLDER}/${name.replace(/\.yaml$/, '.html')}`));

type Kind = 'dates' | 'figures' | 'parties';
const LEAST: Record<Kind, number> = { dates: 0.9, figures: 0.9, parties: 0.85 };
const MOST_EXTRA = 0.2;

/**
 * Below the thresholds, as measured on 7 December 2026: the least found (parties: with the right kind) and the
 * most extras, out of the expected and suggested counts in the comment.
 */
const MEASURED: Record<string, Partial<Record<Kind, { found?: number; extra?: number }>>> = {
  'magazine-en': {
    parties: { extra: 5 }, // 18/18, 5/23 extra
  },
  'magazine-fr': {
    parties: { found: 12, extra: 4 }, // 12/15, 4/17 extra
  },
  'news-es': {
    figures: { found: 11, extra: 3 }, // 11/13, 3/14 extra
  },
  'news-fr': {
    parties: { extra: 4 }, // 13/14, 4/18 extra
  },
  'newswire-fr': {
    parties: { extra: 4 }, // 14/16, 4/19 extra
  },
};

test('the unseen captures cover three shapes in four languages', () => {
  expect(cases.length).toBeGreaterThanOrEqual(12);
});

describe.each(cases)('suggestions for the unseen %s', (file) => {
  const name = file.replace(/\.yaml$/, '');
  test('find what the author keeps, with the right value and kind, and little else', async () => {
    const quality = await suggestionQuality(`${FOLDER}/${file}`);
    for (const kind of ['dates', 'figures', 'parties'] as const) {
      const score: KindScore = quality[kind];
      const measured = MEASURED[name]?.[kind];
      const least = measured?.found ?? Math.ceil(score.expected * LEAST[kind]);
      const most = measured?.extra ?? Math.floor(score.suggested * MOST_EXTRA);
      const said = `${kind}: missed ${score.missed.join('; ')}; wrong kind ${score.wrongKind.join('; ')}`;
      expect(score.rightKind, said).toBeGreaterThanOrEqual(least);
      expect(score.extra, `${kind}: extra ${score.extras.join('; ')}`).toBeLessThanOrEqual(most);
    }
  });
});

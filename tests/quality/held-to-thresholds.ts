/**
 * Suggestions on a folder of captures held to the thresholds of #33 where they pass: parties 85 % found with the
 * right kind, dates and figures 90 % with the right value, at most 20 % of suggestions extra (a suggested not-date
 * among them). Where a capture falls short, it is held to the level measured (written in the test, never computed),
 * so that no change makes it worse.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { suggestionQuality, type KindScore } from './suggestion-quality.ts';

export type Kind = 'dates' | 'figures' | 'parties';
/** By capture, below the thresholds: the least found (parties: with the right kind) and the most extras. */
export type Measured = Record<string, Partial<Record<Kind, { found?: number; extra?: number }>>>;

const LEAST: Record<Kind, number> = { dates: 0.9, figures: 0.9, parties: 0.85 };
const MOST_EXTRA = 0.2;

export function heldToThresholds(folder: string, what: string, least: number, measured: Measured): void {
  const cases = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .filter((name) => existsSync(`${folder}/${name.replace(/\.yaml$/, '.html')}`));

  test(`the ${what} captures are all there`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(least);
  });

  describe.each(cases)(`suggestions for the ${what} %s`, (file) => {
    const name = file.replace(/\.yaml$/, '');
    test('find what the author keeps, with the right value and kind, and little else', async () => {
      const quality = await suggestionQuality(`${folder}/${file}`);
      for (const kind of ['dates', 'figures', 'parties'] as const) {
        const score: KindScore = quality[kind];
        const level = measured[name]?.[kind];
        const found = level?.found ?? Math.ceil(score.expected * LEAST[kind]);
        const most = level?.extra ?? Math.floor(score.suggested * MOST_EXTRA);
        const said = `${kind}: missed ${score.missed.join('; ')}; wrong kind ${score.wrongKind.join('; ')}`;
        expect(score.rightKind, said).toBeGreaterThanOrEqual(found);
        expect(score.extra, `${kind}: extra ${score.extras.join('; ')}`).toBeLessThanOrEqual(most);
      }
    });
  });
}

/**
 * `npm run suggest` on captures of shapes no rule here was written from (tests/fixtures/quality-unseen/: a
 * newswire release, a magazine feature and a news page in English, French, German and Spanish), each with the
 * annotations a careful author keeps, written by others from the README alone. Held to the thresholds of #33
 * where they pass: parties 85 % found with the right kind, dates and figures 90 % with the right value, at most
 * 20 % of suggestions extra (a suggested not-date among them). Where a capture falls short, it is held to the
 * level measured (written below, never computed here), so that no change makes it worse unseen.
 */
import { heldToThresholds, type Measured } from '../quality/held-to-thresholds.ts';

/**
 * Below the thresholds, as measured on 7 December 2026: the least found (parties: with the right kind) and the
 * most extras, out of the expected and suggested counts in the comment.
 */
const MEASURED: Measured = {
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

heldToThresholds('tests/fixtures/quality-unseen', 'unseen', 12, MEASURED);

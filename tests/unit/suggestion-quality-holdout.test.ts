/**
 * `npm run suggest` on the held-out captures (tests/fixtures/quality-holdout/: a newswire release, a magazine
 * feature and a news page in English, French, German and Spanish), written by someone who had seen neither the
 * code nor its output. Their suggestions were looked at on 7 December 2026 and general rules written from them,
 * so they are no longer unseen (and on 8 December again, for first names, places, seasons and institutions); they
 * are held here so that nothing makes them worse. Seven of the eight fall short of #33 somewhere.
 */
import { heldToThresholds, type Measured } from '../quality/held-to-thresholds.ts';

/** As measured on 8 December 2026, late (found or extra of expected or suggested in the comments). */
const MEASURED: Measured = {
  'magazine-en': {
    dates: { found: 16 }, // 16/19
    figures: { extra: 4 }, // 4/14 extra
    parties: { found: 14, extra: 5 }, // 14/18, 5/22 extra
  },
  'magazine-fr': {
    parties: { found: 11 }, // 11/15
  },
  'news-de': {
    parties: { found: 10, extra: 3 }, // 10/15, 3/14 extra
  },
  'news-es': {
    parties: { found: 15 }, // 15/18
  },
  'newswire-de': {
    parties: { found: 8, extra: 6 }, // 8/14, 6/14 extra
  },
  'newswire-en': {
    parties: { found: 11, extra: 4 }, // 11/17, 4/18 extra
  },
  'newswire-es': {
    dates: { found: 9 }, // 9/12
    parties: { found: 12, extra: 5 }, // 12/16, 5/20 extra
  },
};

heldToThresholds('tests/fixtures/quality-holdout', 'held-out', 8, MEASURED);

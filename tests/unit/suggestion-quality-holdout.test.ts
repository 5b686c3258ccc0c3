/**
 * `npm run suggest` on the held-out captures (tests/fixtures/quality-holdout/: a newswire release, a magazine
 * feature and a news page in English, French, German and Spanish), written by someone who had seen neither the
 * code nor its output. Their suggestions were looked at on 7 December 2026 and general rules written from them,
 * so they are no longer unseen; they are held here so that nothing makes them worse. Most fall short of #33.
 */
import { heldToThresholds, type Measured } from '../quality/held-to-thresholds.ts';

/** As measured on 7 December 2026, late (found or extra of expected or suggested in the comments). */
const MEASURED: Measured = {
  'magazine-en': {
    dates: { found: 16 }, // 16/19
    figures: { extra: 4 }, // 4/14 extra
    parties: { found: 13, extra: 5 }, // 13/18, 5/22 extra
  },
  'magazine-fr': {
    dates: { found: 10 }, // 10/12
    parties: { found: 7, extra: 4 }, // 7/15, 4/13 extra
  },
  'news-de': {
    parties: { found: 9, extra: 3 }, // 9/15, 3/14 extra
  },
  'news-es': {
    dates: { found: 9 }, // 9/12
    parties: { found: 14 }, // 14/18
  },
  'news-fr': {
    dates: { found: 12 }, // 12/15
    parties: { found: 10, extra: 5 }, // 10/16, 5/17 extra
  },
  'newswire-de': {
    dates: { found: 12 }, // 12/16
    figures: { found: 11 }, // 11/14
    parties: { found: 5, extra: 7 }, // 5/14, 7/12 extra
  },
  'newswire-en': {
    parties: { found: 10, extra: 4 }, // 10/17, 4/17 extra
  },
  'newswire-es': {
    dates: { found: 9 }, // 9/12
    parties: { found: 11, extra: 5 }, // 11/16, 5/20 extra
  },
};

heldToThresholds('tests/fixtures/quality-holdout', 'held-out', 8, MEASURED);

/**
 * `npm run suggest` on a second set of fresh captures (tests/fixtures/quality-fresh-2/: a local-TV strike story, a
 * science explainer with a key-facts box, a wine-harvest report, a ministry press release, a trade-magazine
 * acquisition story, a flood live ticker, a university grant page and a travel feature, two in each of English,
 * French, German and Spanish), written on 8 December 2026 by someone who had seen neither the code nor its output.
 * Measured once before any rule was written from it, after all of that day's other work: parties 84 of 137 with the
 * right kind (64 extras of 173), dates 94 of 113 (20 extras of 122), figures 98 of 114 (23 extras of 129); the
 * import kept 130 of 136 blocks and cut 178 of 181. Four date rules were written from it since (hours are a
 * duration, "el pasado jueves", a day and month's nearest year, "next" before a named day): dates 96 of 113; and
 * from its import, fact boxes (an <aside class="key-facts">, a "summary-box") kept, German counts of both genders
 * and metres in any case: figures 106 of 114, import 135 of 136 kept. Held here so that nothing makes it worse.
 */
import { heldToThresholds, type Measured } from '../quality/held-to-thresholds.ts';

/** As measured on 8 December 2026, late (found or extra of expected or suggested in the comments). */
const MEASURED: Measured = {
  'beca-es': {
    parties: { found: 11, extra: 9 }, // 11/18, 9/23 extra
  },
  'communique-fr': {
    parties: { found: 10, extra: 8 }, // 10/17, 8/23 extra
  },
  'fiesta-es': {
    dates: { extra: 5 }, // 5/16 extra
    parties: { found: 10, extra: 7 }, // 10/14, 7/21 extra
  },
  'glacial-lakes-en': {
    dates: { found: 6, extra: 2 }, // 6/11, 2/8 extra
    figures: { extra: 7 }, // 7/18 extra
    parties: { found: 9 }, // 9/17
  },
  'hochwasser-de': {
    dates: { found: 10, extra: 3 }, // 10/15, 3/13 extra
    parties: { found: 12, extra: 5 }, // 12/20, 5/19 extra
  },
  'strike-en': {
    figures: { found: 11, extra: 5 }, // 11/13, 5/17 extra
    parties: { found: 12, extra: 13 }, // 12/16, 13/26 extra
  },
  'uebernahme-de': {
    dates: { found: 15 }, // 15/18
    parties: { found: 13, extra: 10 }, // 13/21, 10/25 extra
  },
  'vendanges-fr': {
    dates: { found: 16 }, // 16/18
    figures: { found: 14 }, // 14/16
    parties: { found: 8, extra: 6 }, // 8/14, 6/17 extra
  },
};

heldToThresholds('tests/fixtures/quality-fresh-2', 'second fresh', 8, MEASURED);

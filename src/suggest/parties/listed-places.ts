/**
 * A name of no known kind listed with places is a place too: "en Aragón, Navarra y La Rioja", "in Hessen und
 * Thüringen".
 */
import type { Party } from '../../schemas/party.ts';
import { mentionsOf } from './party-evidence.ts';

const LISTED_BEFORE = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)(?:,| and| or| et| ou| und| oder| y| e| o)\s$/u;
const LISTED_AFTER = /^(?:,| and| or| et| ou| und| oder| y| e| o)\s(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)/u;

/** "en Aragón, Navarra y La Rioja": a name of no known kind listed with places is a place too. */
export function spreadPlaces<P extends { name: string; kind: Party['kind']; confidence?: number; evidence?: string }>(
  parties: P[],
  text: string,
): void {
  for (let pass = 0; pass < 2; pass++) {
    const places = new Set(parties.filter((party) => party.kind === 'place').map((party) => party.name));
    for (const party of parties) {
      if (party.kind !== 'other') continue;
      const neighbour = mentionsOf(text, [party.name])
        .flatMap(({ before, after }) => [LISTED_BEFORE.exec(before)?.[1], LISTED_AFTER.exec(after)?.[1]])
        .find((name) => name !== undefined && places.has(name));
      if (!neighbour) continue;
      party.kind = 'place';
      party.confidence = Math.min(0.95, (party.confidence ?? 0.3) + 0.15);
      party.evidence = [party.evidence, `listed with ${neighbour}`].filter(Boolean).join('; ');
    }
  }
}

/**
 * An abbreviation in brackets, read as the words it stands for: "tensor processing units (TPUs)", "Occupational
 * Safety and Health Administration (OSHA)" (the small words between stand for no letter). The words are the
 * party, the abbreviation its alias.
 */
import { isBoilerplateRun } from '../../capture/furniture/boilerplate-runs.ts';

const ACRONYM = /\b((?:[\p{L}-]+ ){1,8})\(([\p{Lu}][\p{L}]*?\p{Lu})(s?)\)/gu;
const SMALL_WORDS = /^(?:and|of|for|the|on|et|de|des|du|la|le|y|del|los|las|und|für|der)$/;

export interface ExpandedAbbreviation {
  name: string;
  kind: 'other';
  start: number;
  end: number;
  quote: string;
  aliases: string[];
}

export function expandedAbbreviations(
  text: string,
  runs: ReadonlyArray<{ start: number; end: number }>,
): ExpandedAbbreviation[] {
  const found: ExpandedAbbreviation[] = [];
  for (const run of runs) {
    const words = text.slice(run.start, run.end);
    if (isBoilerplateRun(words)) continue;
    for (const match of words.matchAll(ACRONYM)) {
      const [, before, letters, plural] = match as unknown as [string, string, string, string];
      const candidates = before.trim().split(' ');
      const counted = (word: string): boolean => !SMALL_WORDS.test(word);
      let taken = 0;
      let from = candidates.length;
      while (from > 0 && taken < letters.length) {
        from--;
        if (counted(candidates[from] ?? '')) taken++;
      }
      const kept = candidates.slice(from);
      const initials = kept
        .filter(counted)
        .map((word) => word[0]?.toUpperCase())
        .join('');
      if (initials !== letters.toUpperCase()) continue;
      const expanded = kept.join(' ');
      const start = run.start + (match.index ?? 0) + before.trimEnd().length - expanded.length;
      const quote = `${expanded} (${letters}${plural})`;
      found.push({
        name: `${expanded[0]?.toUpperCase()}${expanded.slice(1)}`,
        kind: 'other',
        start,
        end: start + quote.length,
        quote,
        aliases: [`${letters}${plural}`],
      });
    }
  }
  return found;
}

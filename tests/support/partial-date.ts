/** A date as a test writes it, parsed, or the parser's reason thrown. */
import { parsePartialDate, type PartialDate } from '../../src/values/partial-date.ts';

export const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

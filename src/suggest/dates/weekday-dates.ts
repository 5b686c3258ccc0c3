/**
 * A weekday named alone ("on Wednesday"), as a date: the one before the article's date, unless it is said of every
 * week ("on Sundays", "every Monday") or is another word ("sat"). Also the instant chrono-node counts from.
 */
import type * as chrono from 'chrono-node';
import { monthsCovered, parsePartialDate, type PartialDate } from '../../values/partial-date.ts';
import { speaksOfFuture } from './date-context.ts';

/** A date found in a text. */
export interface FoundDate {
  /** Where the words stand in the text searched. */
  start: number;
  end: number;
  date: PartialDate;
  approximate: boolean;
  /** True when the words do not state the year: it was worked out from the article's date. */
  relative: boolean;
  /** How it was worked out, when not simply from the article's date. */
  basis?: string | undefined;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** The middle of what a date covers (mid-August for summer), as chrono's reference instant. */
export function instantOf(date: PartialDate): Date {
  const { first, last } = date.precision === 'year' ? { first: 6, last: 6 } : monthsCovered(date);
  return new Date(Date.UTC(date.year, Math.floor((first + last) / 2) - 1, date.day ?? 15, 12));
}

const isoOf = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** "every Monday", "most Sundays", "on Sunday afternoons": what happens each week, no day anyone could date. */
const HABITUAL_BEFORE =
  /(?:^|\s)(?:every|each|most|all|on\s+alternate|le|les|chaque|tous\s+les|los|todos\s+los|cada|jeden|jeder|immer)\s+(?:(?:first|second|last|premier|deuxième|dernier|ersten|zweiten|letzten|primer|segundo|último)\s+)?$/iu;
/** "on Sunday afternoons", "le premier mardi du mois", "am ersten Montag des Monats": each week's or month's. */
const HABITUAL_AFTER =
  /^(?:s\b|\s+(?:mornings|afternoons|evenings|nights)\b|\s+(?:of\s+(?:the|each|every)\s+month|du\s+mois|de\s+chaque\s+mois|des\s+Monats|jedes\s+Monats|de\s+cada\s+mes|del\s+mes)\b)/iu;
/** Words that make a weekday the next one: "mardi prochain", "el próximo jueves", "am kommenden Freitag". */
const NEXT_WEEKDAY = /(?<!\p{L})(?:next|this coming|próxim[oa]|kommenden|nächsten|prochain|que viene)(?!\p{L})/iu;
/** Words that make a weekday the last one: "el pasado jueves", "mardi dernier", "am vergangenen Freitag". */
const LAST_WEEKDAY = /(?<!\p{L})(?:last|pasad[oa]|dernier|letzten|vergangenen)(?!\p{L})/iu;
/** An English weekday as a date names it: the whole word, capitalised ("sat" and "Sun" are other words). */
const ENGLISH_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/**
 * "on Wednesday" in an article of Thursday 12 June 2025: Wednesday 11 June; "on Thursday" in it, that day itself
 * (news of the day). Only against a day, and never a weekday said of every week.
 */
export function weekdayBefore(
  result: chrono.ParsedResult,
  reference: PartialDate | undefined,
  context: { before: string; after: string; language: string; sentence: string; rest?: string },
): FoundDate | undefined {
  const weekday = result.start.get('weekday');
  if (weekday === null || !reference?.day) return undefined;
  if (context.language === 'en' && !ENGLISH_WEEKDAY.test(result.text)) return undefined;
  // "So", "Mo": a weekday's short form is as often another word.
  if (context.language !== 'en' && result.text.trim().length < 5) return undefined;
  if (HABITUAL_BEFORE.test(context.before) || HABITUAL_AFTER.test(context.after)) return undefined;
  const day = instantOf(reference);
  // "will host a call on Wednesday", "mardi prochain", "am kommenden Freitag": the one after the article's date.
  const around = `${context.before.slice(-12)}${result.text}${context.after.slice(0, 12)}`;
  // "el pasado jueves", "mardi dernier", "am vergangenen Freitag": the one before, whatever the sentence's tense.
  const last = LAST_WEEKDAY.test(around);
  const step =
    !last && (NEXT_WEEKDAY.test(around) || speaksOfFuture(context.sentence, context.rest ?? '', false)) ? 1 : -1;
  // "el pasado jueves" in an article of a Thursday is the week before's; "next Thursday", the week after's.
  const named = last || NEXT_WEEKDAY.test(around);
  if (named) day.setUTCDate(day.getUTCDate() + step);
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + step);
  const words = result.text.replace(/[\s,.;:]+$/, '');
  return {
    start: result.index,
    end: result.index + words.length,
    date: parsePartialDate(isoOf(day)) as PartialDate,
    approximate: false,
    relative: true,
    basis: `"${words}", taken as the ${WEEKDAYS[weekday]} of the article's date (${reference.iso}) or the one ${step > 0 ? 'after' : 'before'} it`,
  };
}

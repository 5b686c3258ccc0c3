/**
 * What the words around a date expression say of it, in English, French, German and Spanish: a duration or an age
 * ("pendant quatre ans", "de 66 años", "für 25 Jahre") or a stretch of time ("the next five months", "les
 * derniers mois") is no date; "now" and "today" are the article's own moment, not an event of the story; "la
 * mañana" is a morning. And a month named without its year is the last one before the article's date unless the
 * sentence speaks of what is to come ("will close in October").
 */
import { monthNamesIn } from '../../values/month-names.ts';
import { parsePartialDate, type PartialDate } from '../../values/partial-date.ts';
import type { FoundDate } from './weekday-dates.ts';

const AMOUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|several|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|unos|unas|varios|ein|eine|einem|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|einigen|mehreren)`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?|decades?|jours?|semaines?|mois|ans?|années?|décennies?|días?|semanas?|meses|mes|años?|décadas?|Tagen?|Wochen?|Monaten?|Monate?|Jahren?|Jahre?|Jahrzehnten?|hours?|minutes?|heures?|horas?|minutos?|Stunden?|Minuten?)`;
const AMOUNT_OF_TIME = new RegExp(String.raw`(?:^|\s)${AMOUNT}\s+${UNIT}(?![\p{L}])`, 'iu');
/** What makes an amount of time a date: counted back or on from a moment ("two years later", "il y a deux ans"). */
const COUNTED =
  /\b(?:ago|later|earlier|afterwards?|before|after)\b|plus tard|plus tôt|auparavant|après|il y a|hace|después|más tarde|antes|später|zuvor|danach|\bvor\s/iu;
/** "the next five months", "les derniers mois", "los próximos años", "in den vergangenen drei Jahren": a stretch. */
const STRETCH = new RegExp(
  String.raw`(?:next|past|last|coming|prochaines?|prochains|derniers|dernières|próximos|próximas|últimos|últimas|nächsten|letzten|vergangenen)\s+(?:${AMOUNT}\s+)?(?:days|weeks|months|years|decades|jours|semaines|mois|ans|années|días|semanas|meses|años|Tagen|Wochen|Monaten|Jahren|Jahre|Monate)(?![\p{L}])`,
  'iu',
);
const NOW =
  /^(?:right now|now|today|nowadays|currently|maintenant|aujourd['’]hui|actuellement|jetzt|heute|derzeit|ahora|hoy|actualmente)$/iu;
const MORNING_BEFORE = /(?:la|por la|de la|esta|cada|una)\s+$/iu;

/** Whether words chrono-node read as a date are none: a duration, an age, a stretch of time, "now", a morning. */
export function isNoDate(words: string, before: string, after: string): boolean {
  const trimmed = words.trim();
  if (NOW.test(trimmed)) return true;
  if (/^mañana$/iu.test(trimmed) && MORNING_BEFORE.test(before)) return true;
  if (STRETCH.test(`${before.slice(-24)}${trimmed}`)) return true;
  return AMOUNT_OF_TIME.test(trimmed) && !COUNTED.test(`${before.slice(-12)}${trimmed}${after.slice(0, 12)}`);
}

/** Words that say the sentence speaks of what is to come. */
const FUTURE =
  /\b(?:will|would|shall|next|upcoming|coming|is to|are to|plans? to|expects? to|expected|attendue?s?|erwartet|esperad[oa]s?|scheduled|due to|va|vont|sera|seront|devra|devrait|prévue?s?|prévoit|wird|werden|soll|sollen|van a|va a|será|serán|prevé|previsto|prevista)\b|\b(?:could|might|should|sollte|sollten|debería|deberían|committed|pledged|promised|pourrait|pourraient|s['’]est engagée?|a promis|könnte|könnten|zugesagt|versprochen|podría|podrían|comprometido|prometió)\b/iu;

/** Words before a date that count from now on: "d'ici juin", "à partir de juin", "ab Juni", "el próximo junio". */
const FROM_NOW_ON = /(?<!\p{L})(?:d['’]ici|à partir d[eu]|dès|a partir de|próxim[oa]s?|ab|upcoming)(?!\p{L})/iu;

/**
 * A present tense that schedules ("Die Produktion beginnt im April", "Im September beginnen die Auszubildenden",
 * "les travaux commencent en juin", "la obra arranca en junio"): in French, German and Spanish the present names
 * what is to come as often as the future does.
 */
const SCHEDULED =
  /(?<!\p{L})(?:beginnt|beginnen|startet|starten|öffnet|öffnen|läuft|laufen|folgt|folgen|commence|commencent|débute|débutent|démarre|démarrent|ouvre|ouvrent|comienza|comienzan|empieza|empiezan|arranca|arrancan|abre|abren)(?!\p{L})/iu;

/**
 * The future tense's endings in French and Spanish ("reprendront", "bajarán"): the plural's and the accented ones,
 * which no other form has. "-era" would be the French singular's, and Spanish "era", "primera", "fuera" too.
 */
const FUTURE_TENSE = /\p{L}{2,}(?:eront|iront|dront|erons|erez|ará|erá|irá|arán|erán|irán)(?!\p{L})/u;

/**
 * True when the sentence of a date speaks of the future: `sentence` is what comes before the date, `rest` the date and
 * what follows. A tense speaks for its own clause only ("producirá…, según el aforo que presentó en octubre"). The
 * future's words count after a season or a quarter too ("the fourth quarter is next"); after a month or a weekday
 * they are as often another event's ("on Tuesday …, and will"), and are not read there (`lookAfter: false`).
 */
export const speaksOfFuture = (sentence: string, rest = '', lookAfter = true): boolean => {
  const last = sentence.split(/[.!?]\s/).at(-1) ?? '';
  const following = (/^[^.!?]*/.exec(rest)?.[0] ?? '').split(/[,;:]\s/)[0] ?? '';
  const clause = `${last.split(/[,;:]\s/).at(-1) ?? ''} ${following}`;
  const future = FUTURE.test(lookAfter ? `${last} ${following}` : last);
  return future || FROM_NOW_ON.test(last) || SCHEDULED.test(clause) || FUTURE_TENSE.test(clause);
};

/**
 * The year of a month named without one, in an article of `reference`: the article's year for a month up to its
 * own, else the year before; a month after the article's own in a sentence about the future is the article's year.
 */
export function yearOfMonth(month: number, reference: { year: number; month?: number }, future: boolean): number {
  if (reference.month === undefined || month <= reference.month) return reference.year;
  return future ? reference.year : reference.year - 1;
}

/** "el próximo enero", "next March", "le 14 avril prochain": the first such month after the article's. */
const NEXT_MONTH = {
  before: /(?:próxim[oa]|next|nächsten|kommenden)\s+(?:mes\s+de\s+)?$/iu,
  after: /^\s+prochain\b/iu,
};
/** "en mars dernier", "el pasado marzo", "last March": the last such month before the article's. */
const LAST_MONTH = { before: /(?:pasad[oa]|last|letzten|vergangenen)\s+$/iu, after: /^\s+(?:dernier|pasado)\b/iu };

/**
 * The year of a month named with its day or not, by the words around it, by how many years from the article's:
 * "del año pasado", "letzten Jahres" after it; "next", "próximo", "prochain" (the first such month after the
 * article's), "last", "dernier" (the last before it). None when they say nothing.
 */
export function yearAroundMonth(
  month: number,
  reference: { year: number; month?: number },
  before: string,
  after: string,
): number | undefined {
  const said = YEAR_AFTER_MONTH.find(([pattern]) => pattern.test(after))?.[1];
  if (said !== undefined) return reference.year + said;
  if (reference.month === undefined) return undefined;
  if (NEXT_MONTH.before.test(before) || NEXT_MONTH.after.test(after))
    return month > reference.month ? reference.year : reference.year + 1;
  if (LAST_MONTH.before.test(before) || LAST_MONTH.after.test(after))
    return month < reference.month ? reference.year : reference.year - 1;
  return undefined;
}

/** The year said just after a month, by how many years from the article's: "del año pasado", "letzten Jahres". */
const YEAR_AFTER_MONTH: Array<[RegExp, number]> = [
  [
    /^,?\s(?:of\s)?last\syear|^\s(?:del|de)\s(?:año\spasado|pasado\saño)|^\sde\sl['’](?:année\sdernière|an\sdernier)|^\s(?:letzten|vergangenen)\sJahres|^\sdes\sVorjahres/iu,
    -1,
  ],
  [
    /^,?\s(?:of\s)?next\syear|^\sdel\s(?:próximo\saño|año\sque\sviene)|^\sde\sl['’](?:année\sprochaine|an\sprochain)|^\s(?:nächsten|kommenden)\sJahres/iu,
    1,
  ],
  [/^,?\s(?:of\s)?this\syear|^\sde\seste\saño|^\sde\scette\sannée|^\sdieses\sJahres/iu, 0],
];

/** "by the end of the year", "d'ici la fin de l'année", "bis Ende des Jahres", "antes de final de año": this year. */
const END_OF_YEAR =
  /(?:(?:by|until|before) )?the end of (?:the|this) year|(?:d['’]ici |jusqu['’]à |avant )?la fin de (?:l['’]année|cette année)|(?:bis )?(?:zum )?Ende (?:des|dieses) Jahres|(?:bis )?(?:zum )?Jahresende|(?:antes de |hasta )?(?:el )?final(?:es)? (?:de|del) (?:este )?año/giu;

/** The words that name the end of the article's year, as that year. */
export function endsOfYear(text: string, reference: PartialDate | undefined): FoundDate[] {
  if (!reference) return [];
  return [...text.matchAll(END_OF_YEAR)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    date: parsePartialDate(String(reference.year)) as PartialDate,
    approximate: false,
    relative: true,
    basis: `"${match[0]}", in an article dated ${reference.iso}`,
  }));
}

/** Whether the words name a month ("in May"), not count one ("next month"). */
export const namesAMonth = (words: string, language: string): boolean =>
  monthNamesIn(language).some((name) => words.toLowerCase().includes(name.toLowerCase()));

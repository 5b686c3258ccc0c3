/**
 * A suggestion's first label: the clause that carries its passage, not the whole sentence, in at most 80
 * characters cut at a word, so that an author edits a few words instead of rewriting every label.
 */
import nlp from 'compromise';

export const MAX_LABEL_LENGTH = 80;

/** Where a clause ends: a semicolon, colon, dash or bracket, or a comma that is not inside a number. */
const BOUNDARY = /[;:()\u2013\u2014]|,(?!\d)|\s-\s/;
const BOUNDARIES = new RegExp(BOUNDARY.source, 'g');

/** The clause of a sentence that holds `passage`, given the sentence's words before and after it. */
export function clauseAround(before: string, passage: string, after: string, max = MAX_LABEL_LENGTH): string {
  const squash = (text: string): string => text.replace(/\s+/g, ' ');
  const [head, core, tail] = [squash(before), squash(passage).trim(), squash(after)];
  if (core.length >= max) return core.slice(0, core.lastIndexOf(' ', max) > 0 ? core.lastIndexOf(' ', max) : max);
  const cut = [...head.matchAll(BOUNDARIES)].at(-1);
  const left = (cut ? head.slice((cut.index ?? 0) + cut[0].length) : head).trim();
  const end = tail.search(BOUNDARY);
  const right = (end >= 0 ? tail.slice(0, end) : tail).replace(/[.!?…"”’\s]+$/, '').trim();
  // Words are taken on either side in turn, nearest first, while they fit.
  const wordsBefore = left.split(' ').filter(Boolean).reverse();
  const wordsAfter = right.split(' ').filter(Boolean);
  const leftKept: string[] = [];
  const rightKept: string[] = [];
  const length = (): number =>
    [
      leftKept.length > 0 ? [...leftKept].reverse().join(' ') + (head.endsWith(' ') ? ' ' : '') : '',
      core,
      rightKept.length > 0 ? (tail.startsWith(' ') ? ' ' : '') + rightKept.join(' ') : '',
    ].join('').length;
  for (let turn = 0; leftKept.length < wordsBefore.length || rightKept.length < wordsAfter.length; turn++) {
    const [from, into] = turn % 2 === 0 ? [wordsAfter, rightKept] : [wordsBefore, leftKept];
    const word = from[into.length];
    if (word === undefined) continue;
    into.push(word);
    if (length() > max) {
      into.pop();
      // A side that cannot take its next word takes no more, so the label stays one run of words.
      from.length = into.length;
    }
  }
  const leftText = leftKept.length > 0 ? [...leftKept].reverse().join(' ') + (head.endsWith(' ') ? ' ' : '') : '';
  const rightText = rightKept.length > 0 ? (tail.startsWith(' ') ? ' ' : '') + rightKept.join(' ') : '';
  return `${leftText}${core}${rightText}`.trim();
}

/** What marks words as a fragment an author would erase: a quotation, a dateline's dashes or slashes. */
const FRAGMENT = /["“”«»„]|--|\s\/|\/\s|^[\p{Ll},;]|\d,\d?\p{L}/u;

/**
 * The clause around a passage when it stands alone as a label: the whole clause fits, and it is no quotation or
 * dateline. Otherwise none, and the caller gives a neutral label (an empty one is better than a fragment).
 */
export function cleanClause(before: string, passage: string, after: string): string | undefined {
  const squash = (text: string): string => text.replace(/\s+/g, ' ');
  const head = squash(before);
  const cut = [...head.matchAll(BOUNDARIES)].at(-1);
  const left = cut ? head.slice((cut.index ?? 0) + cut[0].length) : head;
  const tail = squash(after);
  const end = tail.search(BOUNDARY);
  const right = end >= 0 ? tail.slice(0, end) : tail;
  const clause = `${left}${squash(passage)}${right}`.replace(/[.!?…\s]+$/, '').trim();
  if (clause.length > MAX_LABEL_LENGTH || clause.split(' ').length < 3 || FRAGMENT.test(clause)) return undefined;
  return `${clause[0]?.toUpperCase() ?? ''}${clause.slice(1)}`;
}

/** An appositive after a name, as its role: "Kari Nygaard, chief executive of Fjordline, said" → its words. */
const APPOSITIVE =
  /^,\s((?:the |a |an |its |their |his |her |la |le |l['’]|el |die |der |den )?\p{Ll}[\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&-]+){0,7}?)(?:,|;|\.(?!\p{L})| said| says| a dit| sagte| dijo)/u;

export function appositiveAfter(after: string): string | undefined {
  const role = APPOSITIVE.exec(after.replace(/\s+/g, ' '))?.[1];
  if (!role || /["“”«»]/.test(role) || /\b(?:and|et|und|y|who|qui|der|die|que)$/.test(role)) return undefined;
  return `${role[0]?.toUpperCase() ?? ''}${role.slice(1)}`;
}

const PRONOUN = /^(?:i|we|you|he|she|it|they|this|that|these|those|there)$/i;

/**
 * A short neutral label where no clause stands alone: the sentence's subject and verb as compromise reads them
 * ("Claims fell"), in English; else the passage's own words, for the author to replace at once.
 */
export function neutralLabel(sentence: string, passage: string, language: string): string {
  const fallback = passage.trim();
  if (language !== 'en') return fallback;
  const parsed = (nlp(sentence).sentences().json() as Array<{ sentence?: { subject?: string; verb?: string } }>)[0];
  const { subject = '', verb = '' } = parsed?.sentence ?? {};
  const find = (words: string): string | undefined => {
    const at = sentence.toLowerCase().indexOf(words.toLowerCase());
    return words && at >= 0 ? sentence.slice(at, at + words.length) : undefined;
  };
  const [who, did] = [find(subject), find(verb)];
  if (!who || !did || PRONOUN.test(who) || who.length > 40 || /["“”]/.test(who)) return fallback;
  return `${who[0]?.toUpperCase() ?? ''}${who.slice(1)} ${did}`;
}

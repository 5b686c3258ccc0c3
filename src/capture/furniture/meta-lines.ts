/**
 * A page's line of facts about an article, in any language: the time it was stamped ("Nov. 20, 2019 6:02 AM EST",
 * "segunda-feira, 22 de janeiro de 2018 às 0:13"), or its facts set side by side between separators, each a date,
 * a label and its value, or an author ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde",
 * "by ライトハウス国際特許事務所 ／ 2016.12.01"). Read from its shape (digits, separators, a colon after a label), not
 * from a language's words, so a sentence of the article, which has more words than its numbers, is never one.
 */

const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const TIME = /(?:^|\D)\d{1,2}[:h]\d{2}(?:\D|$)/;
const NUMERIC_DATE =
  /(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?:\D|$)/;

/** The words of letters in a text (a date's month and weekday, an "at" or "às"). */
const letterWords = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0;

/** A date, with its time or alone: a year and a time, or a date in digits, with a few words at most. */
export function isDateStamp(text: string): boolean {
  const line = text.trim();
  if (line.length > 60 || letterWords(line) > 6 || /[.!?]$/.test(line)) return false;
  return (YEAR.test(line) && TIME.test(line)) || NUMERIC_DATE.test(line);
}

/** "Categoria: Saúde", "Tags: …", "Publicado por: …": a short label, a colon, a short value. */
const LABELLED = /^[\p{L}][\p{L} ]{1,24}:\s*\S.{0,80}$/u;

/** "by …", "par …", "von …", "di …", "por …": an author, named after a word of one to five letters. */
const AUTHOR = /^\p{Ll}{1,5}\s+\S.{0,50}$/u;

/** Facts side by side between separators, each a date, a labelled value or an author, one at least a date or label. */
export function isMetaSegments(text: string): boolean {
  const line = text.trim();
  if (line.length > 200) return false;
  const segments = line
    .split(/\s+[-–—|·•／/]\s+|\s*[|·•／]\s*/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length < 2) return false;
  const kinds = segments.map((segment) =>
    isDateStamp(segment) ? 'date' : LABELLED.test(segment) ? 'label' : AUTHOR.test(segment) ? 'author' : '',
  );
  return kinds.every(Boolean) && kinds.some((kind) => kind !== 'author');
}

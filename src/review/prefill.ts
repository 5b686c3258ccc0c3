/**
 * What the review form is filled with when the author selects words and asks for a party, a date or a figure:
 * the suggestion rules applied to those words (a date resolved against the note's publication date at its
 * precision, a figure's value and unit, a party's kind), the clause around them as a label, an id no annotation
 * of the note has, and a prefix or suffix when the words occur more than once.
 */
import { sentenceAround, type AnchoredText } from '../anchoring/anchored-text.ts';
import { findQuote, searchableText, type TextRange } from '../anchoring/find-quote.ts';
import { appositiveAfter, cleanClause } from '../suggest/label-clause.ts';
import { anchorAt, freeId } from '../suggest/suggest-annotations.ts';
import { findDates } from '../suggest/dates/suggest-dates.ts';
import { findFigures } from '../suggest/suggest-figures.ts';
import { findParties } from '../suggest/parties/suggest-parties.ts';
import { formatDate } from '../values/format-date.ts';
import { english } from '../words/english.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import type { AnnotationKind, FieldValue } from './note-edits.ts';

/** The words selected, and the words just before and after them in their paragraph as the page shows them. */
export interface Selection {
  quote: string;
  before: string;
  after: string;
}

export interface Prefilled {
  id: string;
  fields: Record<string, FieldValue>;
}

/** The last `count` words of a text. */
const lastWords = (text: string, count: number): string => text.trim().split(/\s+/).slice(-count).join(' ');
const firstWords = (text: string, count: number): string => text.trim().split(/\s+/).slice(0, count).join(' ');

/** The place of the selected words in the note's text: the one whose surroundings are the selection's. */
function placeOf(anchors: AnchoredText, selection: Selection): TextRange | undefined {
  const source = searchableText(anchors.text, anchors.runs);
  const all = findQuote(source, { quote: selection.quote });
  if (all.length <= 1) return all[0];
  for (let count = 1; count <= 6; count++) {
    for (const context of [
      { prefix: lastWords(selection.before, count) },
      { suffix: firstWords(selection.after, count) },
    ]) {
      if (!Object.values(context)[0]) continue;
      const matches = findQuote(source, { quote: selection.quote, ...context });
      if (matches.length === 1) return matches[0];
    }
  }
  return all[0];
}

const uniqueId = (note: Note, quote: string, kind: AnnotationKind): string =>
  freeId(new Set(annotationsOf(note).flatMap((annotation) => [annotation.id, ...annotation.formerIds])), quote, kind);

function valueFields(kind: AnnotationKind, quote: string, note: Note): Record<string, FieldValue> {
  if (kind === 'party') {
    const kindOf = findParties(quote, [{ start: 0, end: quote.length }], note.language)[0]?.kind;
    return { name: quote, kind: kindOf ?? 'organization' };
  }
  if (kind === 'date') {
    const reference = note.source?.published;
    const [date] = findDates(quote, reference, undefined, note.language).found;
    if (!date) return {};
    return {
      date: date.date.iso,
      ...(date.approximate ? { approximate: true } : {}),
      ...(date.relative && reference
        ? { basis: `"${quote}", in an article dated ${formatDate(reference, english.dates)}` }
        : {}),
    };
  }
  const [figure] = findFigures(quote, note.language);
  return figure ? { value: figure.value, unit: figure.unit } : {};
}

export function prefill(kind: AnnotationKind, selection: Selection, note: Note, anchors: AnchoredText): Prefilled {
  const quote = selection.quote.trim();
  const range = placeOf(anchors, { ...selection, quote });
  const run = range && anchors.runs.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
  const anchor = range && run ? anchorAt(searchableText(anchors.text, anchors.runs), run, range) : undefined;
  const around = range ? sentenceAround(anchors, range) : undefined;
  // A role or label only where the words around stand alone as one, as the suggestions have them (label-clause.ts).
  const said =
    around &&
    (kind === 'party' ? appositiveAfter(around.after) : cleanClause(around.before, around.passage, around.after));
  const fields: Record<string, FieldValue> = {
    ...valueFields(kind, quote, note),
    ...(said ? (kind === 'party' ? { role: said } : { label: said }) : {}),
    quote: anchor?.quote ?? quote,
    ...(anchor?.prefix ? { prefix: anchor.prefix } : {}),
    ...(anchor?.suffix ? { suffix: anchor.suffix } : {}),
  };
  return { id: uniqueId(note, quote, kind), fields };
}

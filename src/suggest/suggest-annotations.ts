/**
 * Suggested dates and figures for a note, anchored by the site's own rules: each quote matches exactly one
 * place in the text as a reader sees it (with a prefix or suffix where its words occur more than once), none
 * covers a passage the note already annotates, and each is a draft with a label taken from its sentence.
 */
import { sentenceAround, type AnchoredText } from '../anchoring/anchored-text.ts';
import { formatDate } from '../values/format-date.ts';
import { english } from '../words/english.ts';
import { findQuote, searchableText, type SearchableText, type TextRange } from '../anchoring/find-quote.ts';
import type { PartialDate } from '../values/partial-date.ts';
import { asciiSlug } from '../site/ascii-slug.ts';
import { appositiveAfter, cleanClause } from './label-clause.ts';
import { dateEvidence, figureEvidence } from './suggestion-evidence.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import { findDates } from './dates/suggest-dates.ts';
import { findFigures } from './suggest-figures.ts';
import { findParties } from './parties/suggest-parties.ts';
import { isShoutedOrContact } from '../capture/furniture/boilerplate-runs.ts';

/** A suggestion as it is written into the frontmatter. */
export type Suggestion = Record<string, string | number | boolean | string[]> & { id: string };

export interface Suggestions {
  parties: Suggestion[];
  dates: Suggestion[];
  figures: Suggestion[];
  /** Relative dates left alone, and why. */
  skipped: string[];
}

const STAMP_AFTER = /^,?\s*-?\s*\d{1,2}[:.]\d{2}\b/;
const PREPOSITION = /(?:^|\s)(in|on|since|until|by|from|during|before|after|through)\s$/i;

/** Words just before or after a range within its run, for a prefix or suffix: at most `count` of them. */
function wordsAround(text: string, run: TextRange, range: TextRange, side: 'before' | 'after', count: number) {
  const words =
    side === 'before'
      ? text.slice(run.start, range.start).trimEnd().split(/\s+/).slice(-count)
      : text.slice(range.end, run.end).trimStart().split(/\s+/).slice(0, count);
  return words.join(' ').trim();
}

/** The quote with the fewest context words that make it match only its own place, if any do (review uses it too). */
export function anchorAt(source: SearchableText, run: TextRange, range: TextRange) {
  const quote = source.text.slice(range.start, range.end);
  const only = (selector: { quote: string; prefix?: string; suffix?: string }) => {
    const matches = findQuote(source, selector);
    return matches.length === 1 && matches[0]?.start === range.start;
  };
  if (only({ quote })) return { quote };
  for (let count = 1; count <= 6; count++) {
    const prefix = wordsAround(source.text, run, range, 'before', count);
    if (prefix && only({ quote, prefix })) return { quote, prefix };
    const suffix = wordsAround(source.text, run, range, 'after', count);
    if (suffix && only({ quote, suffix })) return { quote, suffix };
  }
  return undefined;
}

/** The clause a passage stands in, as its label, where it stands alone as one; else none, for the author. */
function labelOf(anchors: AnchoredText, range: TextRange): { label?: string } {
  const { before, passage, after } = sentenceAround(anchors, range);
  // A sentence taken to end at a number's point ("… to $1." of "$1.4 billion") is cut: no clause of it stands alone.
  const cut = /\d\.$/.test(after) && /\d/.test(anchors.text[range.end + after.length] ?? '');
  const clause = cut ? undefined : cleanClause(before, passage, after);
  return clause === undefined ? {} : { label: clause };
}

/** A party's role, where an appositive after its first mention gives one ("Kari Nygaard, chief executive of …"). */
function roleOf(anchors: AnchoredText, range: TextRange): string | undefined {
  const run = anchors.runs.find((candidate) => candidate.start <= range.start && range.end <= candidate.end);
  return appositiveAfter(anchors.text.slice(range.end, Math.min(run?.end ?? range.end, range.end + 100)));
}

/** An id made from the words (ASCII, or the kind where none is left), numbered past those `taken`. */
export function freeId(taken: ReadonlySet<string>, quote: string, kind: string): string {
  const base = asciiSlug(quote) || kind;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

// Longer than most functions here: one pass over the text whose steps share the ranges and ids already taken.
export function suggestAnnotations(note: Note, anchors: AnchoredText): Suggestions {
  const source = searchableText(anchors.text, anchors.runs);
  const taken = new Set(annotationsOf(note).flatMap((annotation) => [annotation.id, ...annotation.formerIds]));
  const claimed: TextRange[] = [...anchors.passages];
  const free = (range: TextRange) => claimed.every((other) => range.end <= other.start || range.start >= other.end);
  const idFor = (quote: string, kind: string): string => {
    const id = freeId(taken, quote, kind);
    taken.add(id);
    return id;
  };
  const reference: PartialDate | undefined = note.source?.published;
  const result: Suggestions = { parties: [], dates: [], figures: [], skipped: [] };
  const named = new Set(
    note.parties.flatMap((party) => [party.name, party.quote, ...party.aliases].map((name) => name.toLowerCase())),
  );
  // What the author rejected in review is never proposed again.
  const rejected = new Set(note.rejected.map(({ type, quote }) => `${type}:${quote.toLowerCase()}`));
  const wasRejected = (type: string, quote: string): boolean => rejected.has(`${type}:${quote.toLowerCase()}`);
  // The publication naming itself ("seen by Example News", from Example News Group) is the source, not a party.
  const publisher = note.source?.publisher?.toLowerCase();
  for (const party of findParties(anchors.text, anchors.runs, note.language)) {
    if ([party.name, ...party.aliases].some((name) => named.has(name.toLowerCase()))) continue;
    if (publisher?.startsWith(party.name.toLowerCase())) continue;
    if ([party.name, party.quote ?? party.name].some((quote) => wasRejected('party', quote))) continue;
    result.parties.push({
      id: idFor(party.name, 'party'),
      name: party.name,
      kind: party.kind,
      ...(roleOf(anchors, party) ? { role: roleOf(anchors, party) as string } : {}),
      ...(party.quote ? { quote: party.quote } : {}),
      ...(party.aliases.length > 0 ? { aliases: party.aliases } : {}),
      draft: true,
      ...(party.confidence !== undefined ? { confidence: party.confidence } : {}),
      ...(party.evidence ? { evidence: party.evidence } : {}),
    });
  }
  let storyDate: PartialDate | undefined;
  for (const run of anchors.runs) {
    const words = anchors.text.slice(run.start, run.end);
    const { found: dates, skipped, lastNamed } = findDates(words, reference, storyDate, note.language);
    storyDate = lastNamed;
    result.skipped.push(...skipped);
    // Shouted legal text and contact blocks hold no date or figure an author would annotate.
    if (isShoutedOrContact(words)) continue;
    for (const date of dates) {
      // A cell or heading that is a date alone ("Q4 2023" over a column of figures) labels what is beside it.
      if (words.trim() === words.slice(date.start, date.end).trim()) continue;
      // A time stamp ("22. Januar 2026, 14:37 Uhr", "05 mar 2026 - 11:42") dates the page, not the story.
      if (STAMP_AFTER.test(words.slice(date.end, date.end + 12)) && date.start < 60) continue;
      // "in May", not "May": the words a reader would quote.
      const lead = PREPOSITION.exec(words.slice(Math.max(0, date.start - 12), date.start));
      const range = {
        start: run.start + date.start - (lead ? lead[0].trimStart().length : 0),
        end: run.start + date.end,
      };
      const anchor = free(range) ? anchorAt(source, run, range) : undefined;
      if (!anchor || wasRejected('date', anchor.quote)) continue;
      claimed.push(range);
      result.dates.push({
        id: idFor(anchor.quote, 'date'),
        date: date.date.iso,
        ...labelOf(anchors, range),
        ...anchor,
        ...(date.approximate ? { approximate: true } : {}),
        ...(date.basis
          ? { basis: date.basis }
          : date.relative && reference
            ? { basis: `"${anchor.quote}", in an article dated ${formatDate(reference, english.dates)}` }
            : {}),
        draft: true,
        ...dateEvidence(date, anchor.quote),
      });
    }
    for (const figure of findFigures(words, note.language)) {
      const range = { start: run.start + figure.start, end: run.start + figure.end };
      const anchor = free(range) ? anchorAt(source, run, range) : undefined;
      if (!anchor || wasRejected('figure', anchor.quote)) continue;
      claimed.push(range);
      result.figures.push({
        id: idFor(anchor.quote, 'figure'),
        value: figure.value,
        unit: figure.unit,
        ...labelOf(anchors, range),
        ...anchor,
        draft: true,
        ...figureEvidence(figure, anchor.quote),
      });
    }
  }
  return result;
}

/**
 * Decides where every annotation of a note stands in its text: one passage per annotation, plus the other
 * mentions of each party. Pure: it reports what it cannot place instead of guessing.
 */
import { foldQuote } from './fold-text.ts';
import { findAll, findQuote, type SearchableText, type TextRange } from './find-quote.ts';

export interface AnchorRequest {
  id: string;
  type: 'party' | 'date' | 'figure';
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** For parties: every other name whose occurrences are mentions. */
  names?: string[];
}

export interface Passage extends TextRange {
  id: string;
  type: AnchorRequest['type'];
}

export interface Mention extends TextRange {
  /** The party this occurrence refers to. */
  id: string;
}

export type PlacementProblem =
  | { problem: 'not-found'; annotation: AnchorRequest }
  | { problem: 'context-not-found'; annotation: AnchorRequest; candidates: TextRange[] }
  | { problem: 'ambiguous'; annotation: AnchorRequest; matches: TextRange[] }
  | { problem: 'overlap'; annotation: AnchorRequest; other: AnchorRequest; range: TextRange; otherRange: TextRange };

interface Placement {
  passages: Passage[];
  mentions: Mention[];
  problems: PlacementProblem[];
}

const byPosition = (a: TextRange, b: TextRange): number => a.start - b.start || b.end - a.end;

const within = (inner: TextRange, outer: TextRange): boolean =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

/**
 * Where each party's names stand: the places its mentions are taken from, and what keeps "Google" from being
 * anchored inside "Google Cloud" when the text names Google on its own elsewhere.
 */
function partyNameRanges(source: SearchableText, requests: AnchorRequest[]): Map<string, TextRange[]> {
  const byParty = new Map<string, TextRange[]>();
  for (const request of requests) {
    if (request.type !== 'party') continue;
    const needles = new Set([request.quote, ...(request.names ?? [])].map(foldQuote));
    byParty.set(
      request.id,
      [...needles].flatMap((needle) => findAll(source, needle)),
    );
  }
  return byParty;
}

function locate(
  source: SearchableText,
  annotation: AnchorRequest,
  names: Map<string, TextRange[]>,
): TextRange | PlacementProblem {
  const matches = findQuote(source, annotation);
  if (matches.length > 0 && annotation.type === 'party') {
    const others = [...names].filter(([id]) => id !== annotation.id).flatMap(([, ranges]) => ranges);
    return matches.find((match) => !others.some((other) => within(match, other))) ?? (matches[0] as TextRange);
  }
  if (matches.length === 1) return matches[0] as TextRange;
  if (matches.length > 1) return { problem: 'ambiguous', annotation, matches };
  const candidates = findAll(source, foldQuote(annotation.quote));
  if (candidates.length > 0) return { problem: 'context-not-found', annotation, candidates };
  return { problem: 'not-found', annotation };
}

/** Passages may nest (a date inside a longer quote) but never cross each other. */
function findOverlaps(passages: Passage[], requests: Map<string, AnchorRequest>): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const open: Passage[] = [];
  for (const passage of [...passages].sort(byPosition)) {
    while (open.length > 0 && (open.at(-1) as Passage).end <= passage.start) open.pop();
    const enclosing = open.at(-1);
    if (enclosing && passage.end > enclosing.end) {
      problems.push({
        problem: 'overlap',
        annotation: requests.get(passage.id) as AnchorRequest,
        other: requests.get(enclosing.id) as AnchorRequest,
        range: passage,
        otherRange: enclosing,
      });
      continue;
    }
    open.push(passage);
  }
  return problems;
}

/** Other occurrences of party names, longest names first, never touching a passage or each other. */
function findMentions(source: SearchableText, names: Map<string, TextRange[]>, passages: Passage[]): Mention[] {
  const claimed = new Uint8Array(source.text.length);
  const claim = (range: TextRange): void => {
    claimed.fill(1, range.start, range.end);
  };
  const isFree = (range: TextRange): boolean => claimed.subarray(range.start, range.end).every((flag) => flag === 0);
  passages.forEach(claim);

  const placed = new Set(passages.map((passage) => passage.id));
  const candidates: Mention[] = [];
  for (const [id, ranges] of names) {
    if (placed.has(id)) candidates.push(...ranges.map((range) => ({ id, ...range })));
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    if (!isFree(candidate)) continue;
    claim(candidate);
    mentions.push(candidate);
  }
  return mentions.sort(byPosition);
}

export function placeAnnotations(source: SearchableText, requests: AnchorRequest[]): Placement {
  const problems: PlacementProblem[] = [];
  const located: Passage[] = [];
  const names = partyNameRanges(source, requests);
  for (const request of requests) {
    const result = locate(source, request, names);
    if ('problem' in result) problems.push(result);
    else located.push({ id: request.id, type: request.type, start: result.start, end: result.end });
  }
  const overlaps = findOverlaps(located, new Map(requests.map((request) => [request.id, request])));
  problems.push(...overlaps);
  const crossing = new Set(overlaps.map((overlap) => overlap.annotation.id));
  const passages = located.filter((passage) => !crossing.has(passage.id)).sort(byPosition);
  return { passages, mentions: findMentions(source, names, passages), problems };
}

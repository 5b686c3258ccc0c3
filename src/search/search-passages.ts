/**
 * Which annotations of a note a search matched, worked out from the note page's own search data.
 *
 * Pagefind indexes each note page once. Its result for a page lists every element with an id (the passages'
 * `<mark id>` and the margin notes' `<span id="…--note">`) with the word position where it starts, and the
 * positions and weights of the words found. A word inside a passage's words belongs to that annotation; a word
 * weighted as a margin note's belongs to the margin note it follows. Giving each annotation a search record of its
 * own did the same, but made the index that every search loads first twelve times larger (one entry per record).
 */
import { annotationOfMarginNote } from '../site/margin-note-id.ts';

/** The weight of a margin note's words in the search index: above running text, and set apart from headings'. */
export const MARGIN_NOTE_WEIGHT = 1.5;

/** An element with an id, where Pagefind found it in the page's words. */
export interface SearchAnchor {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}

/** A word found, by its place in the page's words and the weight it was indexed with. */
export interface FoundWord {
  location: number;
  weight: number;
}

/** A piece of an excerpt: words, and whether they are what was searched for. */
export interface ExcerptPart {
  text: string;
  found: boolean;
}

/** An annotation the search matched: its id, the words of its passage, and the words around what was found. */
export interface PassageMatch {
  id: string;
  passage: ExcerptPart[];
  /** The sentence of its margin note that holds a word found; empty when only the passage matched. */
  note: ExcerptPart[];
}

/** Pagefind stores weights in 24ths. */
const sameWeight = (a: number, b: number): boolean => Math.round(a * 24) === Math.round(b * 24);
const endsSentence = (word: string): boolean => /[.!?…]["”’)]*$/.test(word);
/** How many words of a margin note's sentence an excerpt shows at most, either side of the first word found. */
const REACH = 12;

function partsOf(words: string[], from: number, to: number, found: Set<number>): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, isFound: boolean): void => {
    const last = parts.at(-1);
    if (last?.found === isFound) last.text += text;
    else parts.push({ text, found: isFound });
  };
  for (let at = from; at < to; at++) {
    // Spaces belong to the plain parts, so a found part is the word alone.
    if (at > from) add(' ', false);
    add(words[at] ?? '', found.has(at));
  }
  return parts;
}

/** The sentence around `at`, within [start, end), cut to REACH words either side. */
function sentenceAround(words: string[], at: number, start: number, end: number): [number, number] {
  let from = at;
  while (from > start && from > at - REACH && !endsSentence(words[from - 1] ?? '')) from--;
  let to = at + 1;
  while (to < end && to < at + REACH && !endsSentence(words[to - 1] ?? '')) to++;
  return [from, to];
}

/**
 * The annotations a search matched in one note page, in the order of their passages. `content` is the page's
 * indexed text; word positions index its words split on white space.
 */
export function passageMatches(content: string, anchors: SearchAnchor[], found: FoundWord[]): PassageMatch[] {
  const words = content.split(/\s+/);
  const ordered = [...anchors].sort((a, b) => a.location - b.location);
  const passages = new Map<string, { start: number; end: number }>();
  const notes = new Map<string, { start: number; end: number }>();
  ordered.forEach((anchor, at) => {
    const annotation = annotationOfMarginNote(anchor.id);
    if (annotation) {
      const next = ordered.slice(at + 1).find((other) => other.location > anchor.location);
      notes.set(annotation, { start: anchor.location, end: next?.location ?? words.length });
    } else if (anchor.element === 'mark' && anchor.text && !passages.has(anchor.id)) {
      const length = anchor.text.trim().split(/\s+/).length;
      passages.set(anchor.id, { start: anchor.location, end: anchor.location + length });
    }
  });

  const hits = new Map<string, { inPassage: Set<number>; inNote: Set<number> }>();
  const hitsOf = (id: string) => {
    let entry = hits.get(id);
    if (!entry) hits.set(id, (entry = { inPassage: new Set(), inNote: new Set() }));
    return entry;
  };
  for (const word of found) {
    for (const [id, range] of passages)
      if (word.location >= range.start && word.location < range.end) hitsOf(id).inPassage.add(word.location);
    // A margin note's own words carry its weight; what follows the last note of a margin, in the text, does not.
    if (!sameWeight(word.weight, MARGIN_NOTE_WEIGHT)) continue;
    for (const [id, range] of notes)
      if (word.location >= range.start && word.location < range.end) hitsOf(id).inNote.add(word.location);
  }

  // Passages were recorded in page order.
  return [...passages].flatMap(([id, passage]) => {
    const hit = hits.get(id);
    if (!hit) return [];
    const note = notes.get(id);
    const [from, to] =
      note && hit.inNote.size > 0 ? sentenceAround(words, Math.min(...hit.inNote), note.start, note.end) : [0, 0];
    return [
      {
        id,
        passage: partsOf(words, passage.start, passage.end, hit.inPassage),
        note: partsOf(words, from, to, hit.inNote),
      },
    ];
  });
}

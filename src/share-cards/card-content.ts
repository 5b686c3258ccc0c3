/**
 * What a share card shows, worked out from the note: an annotation's passage and what its margin note says of
 * it (a name, a date or a figure in words, with its role or label), or a note's title; the source and the site.
 * The card's picture, its cache key and its `og:image:alt` are all made from this one record.
 */
import type { Annotation, Note } from '../schemas/note.ts';
import { formatDate } from '../values/format-date.ts';
import { formatFigure } from '../values/format-figure.ts';
import { isRightToLeft } from '../values/text-direction.ts';
import type { SiteText } from '../margin/margin-note.ts';
import type { SiteWords } from '../words/site-words.ts';

export interface ShareCard {
  /** What the card stands for: an annotation of a kind, coloured as its passages are, or a whole note. */
  kind: Annotation['type'] | 'note';
  /** The words shown large: the passage as the page prints it, or the note's title. */
  text: string;
  /** Which way the text reads (its note's language). */
  direction: 'ltr' | 'rtl';
  /** As the margin note heads it: a name, a date or a figure in words. */
  headline?: string | undefined;
  /** A party's role (or kind), a date's or a figure's label; a note's publication date. */
  detail?: string | undefined;
  /** Who published the text: its publisher, else the host of its address. */
  source?: string | undefined;
  /** The site's name. */
  site: string;
}

const SITE_NAME = 'Gloss';

const directionOf = (note: Note, site: SiteText): 'ltr' | 'rtl' =>
  isRightToLeft(note.language ?? site.language) ? 'rtl' : 'ltr';

function sourceOf(note: Note): string | undefined {
  if (note.source?.publisher) return note.source.publisher;
  return note.source?.url ? new URL(note.source.url).hostname.replace(/^www\./, '') : undefined;
}

/** What the annotation's margin note says of it: its headline, and its role or label. */
function saidOf(annotation: Annotation, WORDS: SiteWords): Pick<ShareCard, 'headline' | 'detail'> {
  switch (annotation.type) {
    case 'party':
      return { headline: annotation.name, detail: annotation.role ?? WORDS.kinds[annotation.kind] };
    case 'date':
      return {
        headline: formatDate(annotation.date, WORDS.dates, { approximate: annotation.approximate }),
        detail: annotation.label,
      };
    case 'figure':
      return { headline: formatFigure(annotation, WORDS.locale), detail: annotation.label };
  }
}

/** An annotation's card; `passage` is its words as its page prints them. */
export function annotationCard(note: Note, annotation: Annotation, passage: string, site: SiteText): ShareCard {
  return {
    kind: annotation.type,
    text: passage.replace(/\s+/gu, ' ').trim(),
    direction: directionOf(note, site),
    ...saidOf(annotation, site.words),
    source: sourceOf(note),
    site: SITE_NAME,
  };
}

/** A note's card: its title, when it was published, and its source. */
export function noteCard(note: Note, site: SiteText): ShareCard {
  return {
    kind: 'note',
    text: note.title.replace(/\s+/gu, ' ').trim(),
    direction: directionOf(note, site),
    detail: note.source?.published ? formatDate(note.source.published, site.words.dates) : undefined,
    source: sourceOf(note),
    site: SITE_NAME,
  };
}

/** Longer quotes are cut in the description of the picture too, at a word. */
const ALT_QUOTE = 280;

/** The card in words, for `og:image:alt`: the quote (cut at a word past 280 characters), what it is, the source. */
export function cardAlt(card: ShareCard): string {
  let text = card.text;
  if (text.length > ALT_QUOTE) text = `${text.slice(0, text.lastIndexOf(' ', ALT_QUOTE)).replace(/[\s\p{P}]+$/u, '')}…`;
  const quoted = card.kind === 'note' ? text : `“${text}”`;
  const what = [card.headline, card.detail].filter(Boolean).join(': ');
  return [quoted, what, card.source, card.site].filter(Boolean).join(' · ');
}

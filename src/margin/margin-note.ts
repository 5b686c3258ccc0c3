/**
 * Builds the margin note for one annotation: what it is (a party's name, a date in words, a figure formatted)
 * as a link to its own passage, its kind and sureness, what it means here, the basis and commentary. Built of
 * phrasing content only (spans shown as lines), since it stands inside its passage's paragraph.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { formatDate } from '../values/format-date.ts';
import { isoDateOf } from '../values/partial-date.ts';
import { formatExactFigure, formatFigure } from '../values/format-figure.ts';
import type { SiteWords } from '../words/site-words.ts';
import { isRightToLeft } from '../values/text-direction.ts';
import type { SiteLinks } from '../site/site-links.ts';
import { textFragmentLink } from '../site/text-fragment.ts';
import type { Annotation } from '../schemas/note.ts';
import { element as h } from './element.ts';
import { marginNoteId } from '../site/margin-note-id.ts';
import { MARGIN_NOTE_WEIGHT } from '../search/search-passages.ts';
import { inlineMarkdown } from './inline-markdown.ts';

/** Where a note's margin notes link to besides their own passage: the note's own addresses. */
export interface NoteContext {
  slug: string;
  /** The original article, for links to the same words there. */
  sourceUrl?: string | undefined;
  /** Where a date or figure of the note is listed across notes (its row in the timeline or the figures). */
  entryHref?: ((id: string) => string | undefined) | undefined;
  /** Where the note's headline links to: its passage on the same page, unless shown elsewhere. */
  passageHref?: ((id: string) => string) | undefined;
  /** The text's language, when it is not the site's: the margin notes, in the site's, say so. */
  textLanguage?: string | undefined;
  /** The note page's absolute address, printed under each margin note with its passage's fragment. */
  pageUrl?: string | undefined;
}

/** The site's own words and their language, which every margin note is written in. */
export interface SiteText {
  words: SiteWords;
  language: string;
}

/** A note's context, with the site's words and addresses (the margin notes plugin's options). */
export type MarginContext = NoteContext & SiteText & { links?: SiteLinks | undefined };

/** The note's headline: a name, a date in words or a figure in words, in its machine-readable element. */
export function headline(annotation: Annotation, WORDS: SiteWords): ElementContent {
  switch (annotation.type) {
    case 'party':
      return { type: 'text', value: annotation.name };
    case 'date':
      return h(
        'time',
        { dateTime: isoDateOf(annotation.date) },
        formatDate(annotation.date, WORDS.dates, { approximate: annotation.approximate }),
      );
    case 'figure':
      return h('data', { value: String(annotation.value) }, formatFigure(annotation, WORDS.locale));
  }
}

/** Kind, how sure, and whether it awaits review: "party, organization", "date, to the month", "figure, draft". */
function kindOf(annotation: Annotation, WORDS: SiteWords): string {
  return annotation.draft ? WORDS.margin.draft(sureness(annotation, WORDS)) : sureness(annotation, WORDS);
}

function sureness(annotation: Annotation, WORDS: SiteWords): string {
  const words = WORDS.margin;
  switch (annotation.type) {
    case 'party':
      return words.party(WORDS.kinds[annotation.kind]);
    case 'date':
      return annotation.approximate
        ? words.dateApproximate
        : words.date(WORDS.dates.precision[annotation.date.precision]);
    case 'figure':
      return annotation.approximate ? words.figureApproximate : words.figure;
  }
}

/** A short name for an authority record's site: "Wikidata" for wikidata.org, else the host. */
function authorityName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host === 'wikidata.org' ? 'Wikidata' : host;
}

function body(annotation: Annotation, WORDS: SiteWords): Element[] {
  const lines: Element[] = [];
  const what: ElementContent[] = [];
  if (annotation.type === 'party') {
    if (annotation.role) what.push({ type: 'text', value: annotation.role });
    if (annotation.sameAs) {
      if (what.length > 0) what.push({ type: 'text', value: ' ' });
      what.push(
        h(
          'a',
          { href: annotation.sameAs, rel: ['external'], className: ['gloss-authority'] },
          authorityName(annotation.sameAs),
        ),
      );
    }
  } else if (annotation.label) {
    // Without a label, the margin note says the value alone: its passage is beside it.
    what.push({ type: 'text', value: annotation.label });
  }
  if (what.length > 0) lines.push(h('span', { className: ['gloss-what'] }, what));
  if (annotation.type === 'figure') {
    const exact = formatExactFigure(annotation, WORDS.locale);
    // The exact value only where the headline rounds it or puts it in words.
    const parts = exact === formatFigure(annotation, WORDS.locale) ? [] : [exact];
    if (annotation.asOf) parts.push(WORDS.margin.asOf(formatDate(annotation.asOf, WORDS.dates)));
    if (parts.length > 0) lines.push(h('span', { className: ['gloss-meta'] }, parts.join(', ')));
  }
  if (annotation.type !== 'party' && annotation.basis) {
    lines.push(
      h('span', { className: ['gloss-basis'] }, [
        h('span', { className: ['gloss-term'] }, `${WORDS.margin.basis}${WORDS.colon}`),
        annotation.basis,
      ]),
    );
  }
  if (annotation.note) lines.push(h('span', { className: ['gloss-comment'] }, inlineMarkdown(annotation.note)));
  return lines;
}

const crossNoteLabel = (WORDS: SiteWords) =>
  ({ party: WORDS.margin.inAllNotes, date: WORDS.margin.inTimeline, figure: WORDS.margin.inFigures }) as const;

/** The note's other links: its shareable page, its entry across notes, the words in the original. */
function links(annotation: Annotation, context: MarginContext): Element[] {
  const WORDS = context.words;
  const items: Array<[string, string, string?]> = [];
  const { links: site, slug, sourceUrl } = context;
  if (site) {
    const page = site.annotationPage(slug, annotation.id);
    if (page) items.push([page, WORDS.margin.share]);
    const entry = annotation.type === 'party' ? site.party(annotation.id) : context.entryHref?.(annotation.id);
    if (entry) items.push([entry, crossNoteLabel(WORDS)[annotation.type]]);
  }
  if (sourceUrl) items.push([textFragmentLink(sourceUrl, annotation), WORDS.margin.inOriginal, 'external']);
  if (items.length === 0) return [];
  const content: ElementContent[] = [];
  items.forEach(([href, text, rel], index) => {
    if (index > 0) content.push({ type: 'text', value: ' · ' });
    content.push(h('a', { href, ...(rel ? { rel: [rel] } : {}) }, text));
  });
  return [h('span', { className: ['gloss-links'] }, content)];
}

/** On paper, where no link can be followed: the note's own address, written out. */
function printedAddress(annotation: Annotation, context: NoteContext): Element[] {
  if (!context.pageUrl) return [];
  return [h('span', { className: ['gloss-address'] }, `${context.pageUrl}#${annotation.id}`)];
}

/** Inside a text in another language, a note is marked as written in the site's. */
export function siteLanguage({ textLanguage, language }: MarginContext): Properties {
  return textLanguage ? { lang: language, dir: isRightToLeft(language) ? 'rtl' : 'ltr' } : {};
}

/** `position` numbers the notes of one block, so CSS can mark the note whose passage is the `:target`. */
export function marginNote(annotation: Annotation, position: number, context: MarginContext): Element {
  const WORDS = context.words;
  return h(
    'span',
    {
      id: marginNoteId(annotation.id),
      className: ['gloss', `gloss-${annotation.type}`, ...(annotation.draft ? ['gloss-draft'] : [])],
      role: 'note',
      dataN: String(position),
      dataFor: annotation.id,
      // Search ranks what the annotator wrote above the same words in the text, and tells the two apart by it.
      dataPagefindWeight: String(MARGIN_NOTE_WEIGHT),
      ...siteLanguage(context),
    },
    [
      h('span', { className: ['gloss-head'] }, [
        h('span', { className: ['gloss-icon'], ariaHidden: 'true' }),
        h('a', { href: context.passageHref?.(annotation.id) ?? `#${annotation.id}`, className: ['gloss-link'] }, [
          headline(annotation, WORDS),
          h('span', { className: ['visually-hidden'] }, WORDS.margin.toPassage),
        ]),
        ' ',
        h('span', { className: ['gloss-kind'] }, kindOf(annotation, WORDS)),
      ]),
      ...body(annotation, WORDS),
      ...links(annotation, context),
      ...printedAddress(annotation, context),
    ],
  );
}

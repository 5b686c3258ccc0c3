/**
 * Property: whatever the notes and quotes (taken from the text, near it, or not in it at all), a note written as
 * a file and checked as the site checks it ends in one of two ways: a page where every annotation is placed exactly
 * once, or our own report naming what is wrong, which is true of the text (a quote said to be missing is missing,
 * one said to be ambiguous occurs more than once). Never an exception of its own, never an annotation left out
 * without a word.
 */
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { foldQuote } from '../../src/anchoring/fold-text.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { defaultSite } from '../support/default-site.ts';

const WORDS = [
  'OpenAI',
  'Google',
  'Cloud',
  'May',
  'in',
  'the',
  'deal',
  '2025',
  '$10',
  'billion',
  'it’s',
  '“new”',
  'chips',
  '—',
  'and',
  'Alphabet’s',
  'three',
  'sources',
  'said',
];

const paragraph = fc.array(
  fc.record({ word: fc.constantFrom(...WORDS), emphasis: fc.constantFrom('', '', '', '*', '**') }),
  { minLength: 3, maxLength: 20 },
);
const article = fc.array(paragraph, { minLength: 1, maxLength: 4 });

type Paragraph = Array<{ word: string; emphasis: string }>;

const markdownOf = (paragraphs: Paragraph[]) =>
  paragraphs.map((words) => words.map(({ word, emphasis }) => `${emphasis}${word}${emphasis}`).join(' ')).join('\n\n');

/** A quote: words copied from the text, the same with a typo, or words from anywhere. */
const quoteFrom = (paragraphs: Paragraph[]) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 })).map(([p, start, length]) => {
      const words = paragraphs[p % paragraphs.length] as Paragraph;
      const from = start % words.length;
      return words
        .slice(from, from + length)
        .map(({ word }) => word)
        .join(' ');
    }),
    fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('x', 'e', '')).map(([word, typo]) => `${word}${typo}`),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  );

/** Annotations that can all be placed: one per paragraph, its quote narrowed by the whole rest of the paragraph. */
const placeableFor = (paragraphs: Paragraph[]) =>
  fc
    .tuple(
      ...paragraphs.map((words) =>
        fc.tuple(fc.constantFrom('party', 'date', 'figure'), fc.nat(words.length - 1), fc.integer({ min: 1, max: 4 })),
      ),
    )
    .map((picks) =>
      picks.map(([type, from, length], index) => {
        const words = (paragraphs[index] as Paragraph).map(({ word }) => word);
        const to = Math.min(words.length, from + length);
        const prefix = words.slice(0, from).join(' ');
        const suffix = words.slice(to).join(' ');
        return {
          type,
          quote: words.slice(from, to).join(' '),
          prefix: prefix || undefined,
          suffix: suffix || undefined,
        };
      }),
    );

const annotationsFor = (paragraphs: Paragraph[]) => fc.oneof(placeableFor(paragraphs), anyAnnotationsFor(paragraphs));

const anyAnnotationsFor = (paragraphs: Paragraph[]) =>
  fc.array(
    fc.record({
      type: fc.constantFrom('party', 'date', 'figure'),
      quote: quoteFrom(paragraphs),
      prefix: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      suffix: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  );

function frontmatterOf(
  annotations: Array<{ type: string; quote: string; prefix?: string | undefined; suffix?: string | undefined }>,
) {
  const context = (a: { prefix?: string | undefined; suffix?: string | undefined }) => ({
    ...(a.prefix ? { prefix: a.prefix } : {}),
    ...(a.suffix ? { suffix: a.suffix } : {}),
  });
  const withIds = annotations.map((annotation, index) => ({ ...annotation, id: `a${index}` }));
  return {
    title: 'Property',
    parties: withIds
      .filter((a) => a.type === 'party')
      .map((a) => ({ id: a.id, name: a.quote, kind: 'other', ...context(a) })),
    dates: withIds
      .filter((a) => a.type === 'date')
      .map((a) => ({ id: a.id, date: '2025-05', label: 'When', quote: a.quote, ...context(a) })),
    figures: withIds
      .filter((a) => a.type === 'figure')
      .map((a) => ({ id: a.id, value: 1, unit: 'x', label: 'What', quote: a.quote, ...context(a) })),
    ids: withIds.map((a) => a.id),
    quotes: new Map(withIds.map((a) => [a.id, a])),
  };
}

/** How many times a quote's words stand together in one paragraph, as a reader folds them (overlaps count). */
function occurrences(quote: string, paragraphs: Paragraph[]): number {
  const wanted = foldQuote(quote).split(' ');
  let count = 0;
  for (const words of paragraphs) {
    const text = words.map(({ word }) => foldQuote(word));
    for (let start = 0; start + wanted.length <= text.length; start++)
      if (wanted.every((word, index) => text[start + index] === word)) count++;
  }
  return count;
}

/**
 * Whether a refusal is one that random notes can meet and says something true of the text: a quote said to be
 * missing is missing, one said to match several places or to occur without its prefix or suffix does occur.
 */
function refusalIsTrue(message: string, quote: string, paragraphs: Paragraph[]): boolean {
  const found = occurrences(quote, paragraphs);
  if (/was not found|the text never names this party/.test(message)) return found === 0;
  if (/matches \d+ places/.test(message)) return found >= 2;
  if (/occurs (once|\d+ times), but never with/.test(message)) return found >= 1;
  return /partly overlaps the passage of/.test(message);
}

let placedPages = 0;
const check = noteChecker(await createNoteRenderer(defaultSite));

test('every note ends in a page with each annotation placed once, or in our report', async () => {
  await fc.assert(
    fc.asyncProperty(
      article.chain((paragraphs) => fc.tuple(fc.constant(paragraphs), annotationsFor(paragraphs))),
      async ([paragraphs, annotations]) => {
        const { ids, quotes, ...frontmatter } = frontmatterOf(annotations);
        const checked = await check('random.md', `---\n${stringify(frontmatter)}---\n\n${markdownOf(paragraphs)}\n`);
        if (checked.problems.length > 0) {
          for (const problem of checked.problems) {
            expect(problem.line).toBeGreaterThan(0);
            expect(ids).toContain(problem.id);
            const annotation = quotes.get(problem.id ?? '');
            expect(refusalIsTrue(problem.message, annotation?.quote ?? '', paragraphs), problem.message).toBe(true);
          }
          expect(checked.rendered).toBeUndefined();
          return;
        }
        placedPages++;
        const { note, rendered } = checked;
        if (!note || !rendered) throw new Error('a note without problems must be rendered');
        const code = rendered.html;
        const page = fromHtml(code, { fragment: true });
        for (const id of ids) {
          const passage = select(`[id="${id}"]`, page) as Element | undefined;
          expect(passage, `passage of ${id}`).toBeDefined();
          expect(select(`[id="${id}--note"]`, page), `note of ${id}`).toBeDefined();
          expect(code.split(`id="${id}"`).length - 1).toBe(1);
          const annotation = quotes.get(id);
          if (annotation && annotation.type !== 'party') {
            expect(foldQuote(toString(passage as Element))).toBe(foldQuote(annotation.quote));
          }
        }
      },
    ),
    { numRuns: 300 },
  );
  // The property must be tested on pages, not only on reports.
  expect(placedPages).toBeGreaterThan(75);
});

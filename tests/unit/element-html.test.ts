/** The margin notes' own HTML writer must write exactly what hast-util-to-html writes. */
import fc from 'fast-check';
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { siteLinks } from '../../src/site/site-links.ts';
import { elementHtml, TAG_NAMES } from '../../src/margin/element-html.ts';
import { marginNote } from '../../src/margin/margin-note.ts';
import { notesIn } from '../notes.ts';

/** Any text, control characters, quotes, ampersands and astral characters included. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('&', '<', '>', '"', "'", '`', '=', '\0', '\t', ' ', '\u00A0', 'a', '\u{1F600}'),
    maxLength: 8,
  }),
);
const value = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.boolean(), fc.integer(), fc.constant(undefined));
const properties: fc.Arbitrary<Properties> = fc.dictionary(
  // Mostly the attributes margin notes use; a few others, which must go to hast-util-to-html.
  fc.constantFrom(
    'id',
    'className',
    'dataN',
    'ariaHidden',
    'ariaLabel',
    'href',
    'rel',
    'title',
    'dateTime',
    'lang',
    'dataOther',
  ),
  value,
  { maxKeys: 4 },
) as fc.Arbitrary<Properties>;
const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.record({ type: fc.constant('text' as const), value: text }),
    fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constantFrom(...TAG_NAMES, 'br', 'img', 'script'),
      properties,
      children: fc.array(tie('node'), { maxLength: 3 }),
    }) as fc.Arbitrary<Element>,
  ),
}));

test('writes any tree as hast-util-to-html does', () => {
  fc.assert(
    fc.property(node, (tree) => {
      expect(elementHtml(tree)).toBe(toHtml(tree));
    }),
    { numRuns: 3000 },
  );
});

test('writes every margin note of the test site’s notes as hast-util-to-html does', () => {
  for (const { slug, annotations } of notesIn()) {
    const context = {
      slug,
      links: siteLinks('/', { annotationPages: true }),
      sourceUrl: 'https://example.org/a?b=1&c=2',
    };
    for (const [index, annotation] of annotations.entries()) {
      const tree = marginNote(annotation, index + 1, context);
      expect(elementHtml(tree)).toBe(toHtml(tree));
    }
  }
});

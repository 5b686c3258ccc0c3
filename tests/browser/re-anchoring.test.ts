/**
 * The open data in a real client: every selector of every annotation, applied by Apache Annotator (the W3C
 * selectors' reference implementation) to the built page in Chromium, resolves to exactly one range, the
 * marked passage. Bundled for the page with esbuild and added before the page loads, outside its CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';

import { useSite } from './harness.ts';

const bundle = await build({
  stdin: {
    contents: `export * from '@apache-annotator/dom'; export { makeRefinable } from '@apache-annotator/selector';`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'iife',
  globalName: 'ApacheAnnotator',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
// Playwright runs an init script inside a function of its own, so the global is set by hand.
const annotator = `${bundle.outputFiles[0]?.text ?? ''}\nwindow.ApacheAnnotator = ApacheAnnotator;`;

interface Found {
  id: string;
  selector: string;
  expected: [number, number];
  ranges: Array<[number, number]>;
}

describe.each([testSite('site').out, testSite('cross').out])('the notes built in %s', (root) => {
  const site = useSite(root);
  const slugs = readdirSync(`${root}/notes`).filter((slug) => !slug.includes('.'));

  test.each(slugs)('%s: each selector of each annotation resolves to its passage, and only there', async (slug) => {
    const collection = JSON.parse(readFileSync(`${root}/notes/${slug}/annotations.jsonld`, 'utf8'));
    // Each target is a Specific Resource of the page: a client reads the selectors from it, not from the page.
    for (const item of collection.first.items)
      expect(item.target).toMatchObject({
        type: 'SpecificResource',
        source: expect.stringMatching(`/notes/${slug}/$`),
      });
    const { page, troubles } = await site.visit(`/notes/${slug}/`, {}, annotator);
    const found: Found[] = await page.evaluate(async (items) => {
      const api = (window as unknown as { ApacheAnnotator: Record<string, (...args: unknown[]) => unknown> })
        .ApacheAnnotator;
      type Matcher = (scope: Node | Range) => AsyncIterable<Range | Element>;
      const create = (
        api['makeRefinable'] as (make: (selector: { type: string }) => Matcher) => (s: unknown) => Matcher
      )((selector) => {
        const name = { TextQuoteSelector: 'Quote', TextPositionSelector: 'Position', CssSelector: 'Css' }[
          selector.type as 'CssSelector'
        ];
        const factory = api[`create${name === 'Css' ? 'Css' : `Text${name}`}SelectorMatcher`];
        if (!factory) throw new Error(`no matcher for ${selector.type}`);
        return factory(selector) as Matcher;
      });
      /** Where a boundary point stands in the text of the whole body. */
      const offsetOf = (node: Node, offset: number): number => {
        const range = document.createRange();
        range.setStart(document.body, 0);
        range.setEnd(node, offset);
        return range.toString().length;
      };
      const results: Found[] = [];
      for (const item of items as Array<{ id: string; target: { selector: Array<{ type: string }> } }>) {
        const id = new URL(item.id).hash.slice(1);
        const mark = document.getElementById(id) as HTMLElement;
        const expected: [number, number] = [offsetOf(mark, 0), offsetOf(mark, mark.childNodes.length)];
        for (const selector of item.target.selector) {
          const ranges: Array<[number, number]> = [];
          for await (const match of create(selector)(document.body)) {
            const range = match instanceof Range ? match : document.createRange();
            if (!(match instanceof Range)) range.selectNodeContents(match);
            ranges.push([
              offsetOf(range.startContainer, range.startOffset),
              offsetOf(range.endContainer, range.endOffset),
            ]);
          }
          results.push({ id, selector: selector.type, expected, ranges });
        }
      }
      return results;
    }, collection.first.items);
    expect(found.length).toBe(collection.first.items.length * 2);
    for (const { id, selector, expected, ranges } of found) {
      expect({ id, selector, ranges }).toEqual({ id, selector, ranges: [expected] });
    }
    expect(troubles).toEqual([]);
  });
});

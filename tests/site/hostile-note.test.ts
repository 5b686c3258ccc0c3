/** A note full of script-injection attempts, in its body and in every frontmatter field, builds a page without script. */
import type { Element } from 'hast';
import type { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const OUT = testSite('hostile').out;
let page: ReturnType<typeof fromHtml>;

beforeAll(() => {
  page = builtPage(OUT, 'notes/hostile');
});

test('has no script but the site’s own, and no frame, object or form', () => {
  const data = selectAll('script[type="application/ld+json"]', page);
  const scripts = selectAll('script:not([type="application/ld+json"])', page);
  expect(scripts.length).toBeLessThanOrEqual(1);
  expect(scripts.every((script) => !toString(script).includes('alert'))).toBe(true);
  // Data blocks run nothing, and cannot be closed early: every "<" in them is escaped.
  for (const block of data) {
    expect(toString(block)).not.toContain('<');
    expect(() => JSON.parse(toString(block))).not.toThrow();
  }
  expect(selectAll('iframe, object, embed, form, svg, style', page)).toEqual([]);
});

test('has no event-handler attribute and no javascript: or data: URL', () => {
  const offences: string[] = [];
  for (const element of selectAll('*', page)) {
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) offences.push(`${element.tagName} ${name}`);
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^\s*(javascript|data|vbscript):/i.test(text)) offences.push(`${element.tagName} ${name}=${text}`);
    }
  }
  expect(offences).toEqual([]);
});

test('shows frontmatter text as text', () => {
  expect(toString(select('h1', page) as Element)).toBe(
    'Hostile <script>alert("title")</script> note <img src=x onerror=alert(1)>',
  );
  expect(toString(select('[id="deal--note"]', page) as Element)).toContain('<script>alert("label")</script>');
});

test('keeps every annotation linkable', () => {
  for (const id of ['openai', 'deal', 'revenue']) {
    expect(selectAll(`[id="${id}"]`, page)).toHaveLength(1);
    expect(select(`[id="${id}--note"] a[href="#${id}"]`, page)).toBeTruthy();
  }
});

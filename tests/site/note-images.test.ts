/**
 * A note's own image (tests/fixtures/site-notes/outage-chart/), after one real build: published by Astro's image
 * pipeline as a file of the build, shown as a figure with its alt text and caption, and allowed by the page's
 * Content-Security-Policy (img-src 'self'). The link check and html-validate cover the page as every other.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const page = builtPage(testSite('site').out, 'notes/outage-chart');

test('the image is a figure with its alt text and caption, its file published in the build', () => {
  const figures = selectAll('.note-body figure', page) as Element[];
  expect(figures).toHaveLength(1);
  const image = select('img', figures[0] as Element) as Element;
  expect(image.properties['alt']).toBe('Bar chart of storm outages per year, falling after 2023');
  expect(toString(select('figcaption', figures[0] as Element) as Element)).toBe('Storm outages per year, 2021 to 2025');
  const src = String(image.properties['src']);
  expect(src).toMatch(/^\/_astro\/outages-by-year\.[\w-]+\.webp$/);
  expect(statSync(join(testSite('site').out, src)).size).toBeGreaterThan(0);
  expect([image.properties['width'], image.properties['height']]).toEqual([320, 160]);
  // Nothing of Astro's placeholder is left in the page.
  expect(readFileSync(join(testSite('site').out, 'notes/outage-chart/index.html'), 'utf8')).not.toContain(
    '__ASTRO_IMAGE_',
  );
});

test('the page’s policy allows the image: it is the site’s own', () => {
  const policy = String((select('meta[http-equiv="content-security-policy"]', page) as Element).properties['content']);
  expect(policy).toContain("img-src 'self'");
  const image = select('.note-body img', page) as Element;
  expect(new URL(String(image.properties['src']), 'https://gloss.example.org/').origin).toBe(
    'https://gloss.example.org',
  );
});

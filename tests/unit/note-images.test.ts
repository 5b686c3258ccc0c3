/** A note's own images through the site's pipeline: handed to Astro's image pipeline, alone in a paragraph a figure. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { imageProblems, imagesStamp } from '../../src/loading/note-images.ts';
import { createNoteRenderer, renderNote } from '../../src/markdown/pipeline.ts';
import { defaultSite } from '../support/default-site.ts';

const render = async (body: string) => renderNote(await createNoteRenderer(defaultSite), body, []);

test('an image alone in its paragraph is a figure, its title the caption, its path given to Astro', async () => {
  const { html, images } = await render(
    'Outages fell.\n\n![Bar chart of outages](./grid/chart%20one.png "Outages per year")\n\nThe end.',
  );
  expect(images).toEqual(['./grid/chart one.png']);
  expect(html).toContain(
    `<figure><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./grid/chart one.png&#x22;,&#x22;alt&#x22;:&#x22;Bar chart of outages&#x22;,&#x22;index&#x22;:0}"><figcaption>Outages per year</figcaption></figure>`,
  );
});

test('an image within a sentence stays in it, with no caption; an address or a path from the root is left alone', async () => {
  const { html, images } = await render(
    'A chart ![up](chart.png) and ![remote](https://example.org/a.png) and ![r](/a.png).',
  );
  expect(images).toEqual(['chart.png']);
  expect(html).not.toContain('<figure>');
  expect(html).toContain('<img src="https://example.org/a.png" alt="remote">');
  expect(html).toContain('<img src="/a.png" alt="r">');
});

test('an image not beside the note, or in a format the site cannot publish, is a problem of the note', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-images-'));
  mkdirSync(join(folder, 'note'));
  writeFileSync(join(folder, 'note', 'chart.png'), 'png');
  const file = relative(process.cwd(), join(folder, 'note.md'));
  expect(imageProblems(file, ['./note/chart.png'])).toEqual([]);
  expect(imageProblems(file, ['./note/missing.png']).map((problem) => problem.message)).toEqual([
    `the image "./note/missing.png" is not there (no file ${join(folder, 'note', 'missing.png')})`,
  ]);
  expect(imageProblems(file, ['./note/chart.bmp'])[0]?.message).toBe(
    'the image "./note/chart.bmp" is not in a format the site can publish',
  );
});

test('a note’s digest stamp changes with its images, and is empty without any', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-stamp-'));
  const note = join(folder, 'note.md');
  writeFileSync(join(folder, 'chart.png'), 'one');
  const text = 'Text ![a chart](./chart.png "Caption") and ![remote](https://example.org/a.png).';
  const before = imagesStamp(note, text);
  writeFileSync(join(folder, 'chart.png'), 'two, longer');
  expect(imagesStamp(note, text)).not.toBe(before);
  expect(imagesStamp(note, 'No image.')).toBe('');
});

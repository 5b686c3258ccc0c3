/** A 200 KB note with 1,000 annotations: the time to anchor it, and the time `npm run suggest` takes over it. */
import { searchableText } from '../../src/anchoring/find-quote.ts';
import { placeAnnotations } from '../../src/anchoring/place-annotations.ts';
import { withSuggestions } from '../../src/suggest/add-suggestions.ts';
import { suggestAnnotations } from '../../src/suggest/suggest-annotations.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { readNote } from '../../src/check/read-note.ts';
import { projectSettings } from '../../src/options/project-settings.ts';
import { createNoteRenderer, renderNote } from '../../src/markdown/pipeline.ts';
import { anchorRequestOf } from '../../src/markdown/rehype-anchor-annotations.ts';
import { annotationsOf, noteSchema } from '../../src/schemas/note.ts';
import { median } from './measure.ts';
import { syntheticNote } from './synthetic-notes.ts';

export async function anchoringAlone() {
  const big = syntheticNote(424242, { paragraphs: 415, parties: 12, dates: 500, figures: 488 });
  const file = readNote('large.md', big.annotated);
  const annotations = annotationsOf(noteSchema.parse(file.data));
  const requests = annotations.map(anchorRequestOf);
  const renderer = await createNoteRenderer(await projectSettings());
  const place: number[] = [];
  const render: number[] = [];
  let textBytes = 0;
  for (let run = 0; run < 6; run++) {
    let started = performance.now();
    const { html: code, anchoring } = await renderNote(renderer, file.body, annotations);
    if (run > 0) render.push(performance.now() - started);
    const anchors = anchoring.anchors;
    if (!anchors) throw new Error('the large note did not anchor');
    textBytes = Buffer.byteLength(anchors.text);
    started = performance.now();
    const placement = placeAnnotations(searchableText(anchors.text, anchors.runs), requests);
    if (run > 0) place.push(performance.now() - started);
    if (placement.problems.length > 0 || !code.includes('id="figure-487"'))
      throw new Error('the large note did not anchor');
  }
  return { textKB: textBytes / 1024, annotations: requests.length, placeMs: median(place), renderMs: median(render) };
}

/**
 * What `npm run suggest` does for a 200 KB text with no annotations: check and render it, find its dates and
 * figures, and check it again with them in (as the command does before it prints any).
 */
export async function suggestionsAlone() {
  const big = syntheticNote(424242, { paragraphs: 415, parties: 12, dates: 500, figures: 488 });
  const body = readNote('large.md', big.annotated).body;
  const text = `---\ntitle: A long note\nsource:\n  published: 2025-06\n---\n${body}`;
  const check = noteChecker(await createNoteRenderer(await projectSettings()));
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    const checked = await check('large.md', text);
    const anchors = checked.rendered?.anchoring.anchors;
    if (!checked.note || !anchors) throw new Error('the long note did not render');
    const suggestions = suggestAnnotations(checked.note, anchors);
    await check('large.md', withSuggestions(text, suggestions));
    if (run > 0) times.push(performance.now() - started);
    found = suggestions.dates.length + suggestions.figures.length;
  }
  return { textKB: Buffer.byteLength(body) / 1024, found, ms: median(times) };
}

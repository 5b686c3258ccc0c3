/**
 * What the share cards cost: the time to draw one (median over distinct cards from the synthetic notes, after a
 * warm-up that loads the fonts), their size, and how many cards builds draw: a cold build draws each, a warm build
 * with nothing changed and a build that renders every page again (`--clean`) draw none (the cache has them), one
 * note changed draws that note's cards. Renders are counted as the files a build adds to, or rewrites in, the
 * cache of cards.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { CARD_FOLDER } from '../../src/build-cache/card-cache.ts';
import { readNote } from '../../src/check/read-note.ts';
import { annotationsOf, noteSchema } from '../../src/schemas/note.ts';
import { annotationCard, noteCard, type ShareCard } from '../../src/share-cards/card-content.ts';
import { renderCard } from '../../src/share-cards/render-card.ts';
import { projectSettings } from '../../src/options/project-settings.ts';
import type { Site } from '../../src/options/site.ts';
import { measure, median, settle } from './measure.ts';

export interface CardBench {
  cards: number;
  medianMs: number;
  /** PNG sizes in bytes. */
  medianBytes: number;
  largestBytes: number;
  /** Cards drawn by each build of the small site. */
  drawn: { cold: number; nothingChanged: number; everyPageAgain: number; oneNote: number };
  /** The cards of the note changed: what the last build should draw at most. */
  oneNoteCards: number;
}

const ARABIC =
  'أعلنت وزارة الطاقة افتتاح محطة جديدة بقدرة 500 ميغاواط، وقالت الوزارة إن المحطة ستخدم آلاف المنازل في المنطقة.';

function cardsOf(notes: string, count: number, site: Site): ShareCard[] {
  const cards: ShareCard[] = [];
  for (const name of readdirSync(notes).sort().slice(0, count)) {
    const note = noteSchema.parse(readNote(name, readFileSync(join(notes, name), 'utf8')).data);
    cards.push(noteCard(note, site));
    for (const annotation of annotationsOf(note)) cards.push(annotationCard(note, annotation, annotation.quote, site));
  }
  const [first] = cards;
  if (first) cards.push({ ...first, kind: 'party', text: ARABIC, direction: 'rtl' });
  return cards;
}

/** The cache's files and when each was written. */
function cacheFiles(cache: string): Map<string, number> {
  const folder = join(cache, CARD_FOLDER);
  if (!existsSync(folder)) return new Map();
  return new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));
}

const drawnSince = (before: Map<string, number>, after: Map<string, number>): number =>
  [...after].filter(([name, written]) => before.get(name) !== written).length;

export async function measureShareCards({ work, notes }: { work: string; notes: string }): Promise<CardBench> {
  const cards = cardsOf(notes, 8, await projectSettings());
  for (const card of cards.slice(0, 5)) renderCard(card);
  const times: number[] = [];
  const sizes: number[] = [];
  // Each card once, as a build draws it: the warm-up cards' words are measured already, the others' are not.
  for (const card of cards.slice(5)) {
    const started = performance.now();
    sizes.push(renderCard(card).length);
    times.push(performance.now() - started);
  }

  // A small site of its own, built four times.
  const site = join(work, 'notes-cards');
  const out = join(work, 'out-cards');
  const cache = `${out}.cache`;
  for (const path of [site, out, cache]) rmSync(path, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const names = readdirSync(notes).sort().slice(0, 30);
  for (const name of names) copyFileSync(join(notes, name), join(site, name));
  const env = { ...process.env, GLOSS_NOTES: site, GLOSS_CACHE_DIR: cache, GLOSS_LOCK: join(work, 'cards.lock.json') };
  const build = async (args: string[] = []): Promise<number> => {
    await settle(out);
    const before = cacheFiles(cache);
    const result = await measure(process.execPath, ['scripts/build.ts', '--out', out, '--no-search', ...args], env);
    if (!result.ok) throw new Error(`the share cards' site did not build\n${result.output.slice(-3000)}`);
    return drawnSince(before, cacheFiles(cache));
  };
  const cold = await build();
  const nothingChanged = await build();
  const everyPageAgain = await build(['--clean']);
  const changed = join(site, names[0] as string);
  const text = readFileSync(changed, 'utf8');
  writeFileSync(changed, text.replace(/^title: (.*)$/m, 'title: $1 (revised)'));
  const oneNoteCards = annotationsOf(noteSchema.parse(readNote(names[0] as string, text).data)).length + 1;
  const oneNote = await build();
  return {
    cards: times.length,
    medianMs: median(times),
    medianBytes: median(sizes),
    largestBytes: Math.max(...sizes),
    drawn: { cold, nothingChanged, everyPageAgain, oneNote },
    oneNoteCards,
  };
}

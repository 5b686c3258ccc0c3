/**
 * Lines of text as glyph outlines. HarfBuzz shapes each run (Arabic letters joined, kerning), bidi-js resolves
 * the Unicode Bidirectional Algorithm's levels, the runs of a line are put in visual order (rule L2), and each
 * glyph becomes an SVG path: the picture needs no font of the renderer's own, and a line is exactly as wide as
 * it was measured. Lines break at spaces; what does not fit is cut at a word, with an ellipsis.
 */
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import type { CardFace } from './card-fonts.ts';

const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';

/** A glyph placed on its line, in ems from the line's start. */
interface Glyph {
  face: CardFace;
  id: number;
  /** Where its characters start in the line's text (UTF-16). */
  at: number;
  x: number;
  y: number;
}

interface ShapedLine {
  glyphs: Glyph[];
  /** In ems. */
  width: number;
}

const ELLIPSIS = '…';

/** The text cut where the face changes: each character from the face already in use if it has it, else the first that does. */
function faceRuns(text: string, faces: CardFace[]): { text: string; start: number; face: CardFace }[] {
  const runs: { text: string; start: number; face: CardFace }[] = [];
  let start = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    if (last?.face.covers.has(code) || (last && /\p{M}|\u200c|\u200d/u.test(character))) last.text += character;
    else
      runs.push({
        text: character,
        start,
        face: faces.find((face) => face.covers.has(code)) ?? (faces[0] as CardFace),
      });
    start += character.length;
  }
  return runs;
}

/** One run of one face in one direction; HarfBuzz gives a right-to-left run's glyphs in visual order. */
function shapeRun(
  { text, start, face }: { text: string; start: number; face: CardFace },
  direction: Direction,
  glyphs: Glyph[],
  pen: number,
): number {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(face.font, buffer);
  const positions = buffer.getGlyphPositions();
  let x = pen;
  buffer.getGlyphInfos().forEach((info, index) => {
    const position = positions[index];
    if (!position) return;
    const at = start + info.cluster;
    glyphs.push({ face, id: info.codepoint, at, x: x + position.xOffset / face.upem, y: position.yOffset / face.upem });
    x += position.xAdvance / face.upem;
  });
  return x;
}

/** A line shaped and in visual order, its base direction the paragraph's. */
export function shapeLine(text: string, faces: CardFace[], base: Direction): ShapedLine {
  const { levels } = bidi.getEmbeddingLevels(text, base);
  const runs: { start: number; end: number; level: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const level = levels[index] ?? 0;
    const last = runs.at(-1);
    if (last?.level === level) last.end = index + 1;
    else runs.push({ start: index, end: index + 1, level });
  }
  // Rule L2: from the highest level to the lowest odd one, reverse every sequence of runs at that level or above.
  const order = [...runs];
  const highest = Math.max(0, ...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let index = 0; index < order.length; index++) {
      if ((order[index]?.level ?? 0) < level) continue;
      let end = index;
      while (end < order.length && (order[end]?.level ?? 0) >= level) end++;
      order.splice(index, end - index, ...order.slice(index, end).reverse());
      index = end;
    }
  }
  const glyphs: Glyph[] = [];
  let x = 0;
  for (const run of order) {
    const direction: Direction = run.level % 2 ? 'rtl' : 'ltr';
    const pieces = faceRuns(text.slice(run.start, run.end), faces).map((piece) => ({
      ...piece,
      start: run.start + piece.start,
    }));
    if (direction === 'rtl') pieces.reverse();
    for (const piece of pieces) x = shapeRun(piece, direction, glyphs, x);
  }
  return { glyphs, width: x };
}

export interface TextBox {
  faces: CardFace[];
  /** In pixels. */
  size: number;
  width: number;
  lines: number;
  direction: Direction;
}

/** Widths of words in ems, by faces and direction: the same words are measured at every size tried. */
const widths = new WeakMap<CardFace[], Map<string, number>>();

function wordWidth(word: string, box: TextBox): number {
  let known = widths.get(box.faces);
  if (!known) widths.set(box.faces, (known = new Map()));
  // Bounded: a build measures the words of every card.
  if (known.size > 20_000) known.clear();
  const key = `${box.direction}${word}`;
  let width = known.get(key);
  if (width === undefined) {
    width = shapeLine(word, box.faces, box.direction).width;
    known.set(key, width);
  }
  return width;
}

/** A line that ends in an ellipsis: its last words dropped until it fits, and the punctuation they leave. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  const words = line.split(' ');
  const cut = (count: number) =>
    `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s\p{P}]+$/u, '')}${ELLIPSIS}`;
  let count = words.length;
  while (count > 1 && !fits(cut(count))) count--;
  return cut(count);
}

/** A word wider than the line, cut at the last character that fits (a long address, say). */
function cutWord(word: string, fits: (text: string) => boolean): [string, string] {
  const characters = [...word];
  let count = characters.length - 1;
  while (count > 1 && !fits(characters.slice(0, count).join(''))) count--;
  return [characters.slice(0, count).join(''), characters.slice(count).join('')];
}

/**
 * The text broken into at most `box.lines` lines of at most `box.width` pixels; `cut` when some of it is left
 * out (the last line then ends in an ellipsis).
 */
export function wrapText(text: string, box: TextBox): { lines: string[]; cut: boolean } {
  // A line is as wide as its words and spaces: each word is shaped once, whatever the size or the line.
  const space = wordWidth(' ', box);
  const fits = (line: string): boolean =>
    line.split(' ').reduce((sum, word, index) => sum + wordWidth(word, box) + (index ? space : 0), 0) * box.size <=
    box.width;
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  while (words.length > 0 && lines.length <= box.lines) {
    const word = words.shift() as string;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) current = candidate;
    else if (current) {
      lines.push(current);
      current = '';
      words.unshift(word);
    } else {
      const [head, rest] = cutWord(word, fits);
      lines.push(head);
      words.unshift(rest);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= box.lines) return { lines, cut: false };
  const kept = lines.slice(0, box.lines);
  kept[box.lines - 1] = withEllipsis(kept[box.lines - 1] as string, fits);
  return { lines: kept, cut: true };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * A line as SVG paths, its baseline at `y`: from `x` rightwards when it reads left to right, ending at `x + width`
 * when it reads right to left.
 */
export function lineSvg(
  text: string,
  faces: CardFace[],
  direction: Direction,
  size: number,
  at: { x: number; y: number; width: number },
): string {
  const line = shapeLine(text, faces, direction);
  const left = direction === 'rtl' ? at.x + at.width - line.width * size : at.x;
  return line.glyphs
    .map(({ face, id, x, y }) => {
      let outline = face.outlines.get(id);
      if (outline === undefined) {
        outline = face.font.glyphToPath(id);
        face.outlines.set(id, outline);
      }
      if (!outline) return '';
      const scale = Math.round((size / face.upem) * 1e5) / 1e5;
      return `<path transform="translate(${round(left + x * size)} ${round(at.y - y * size)}) scale(${scale} ${-scale})" d="${outline}"/>`;
    })
    .join('');
}

/** A line's width in pixels. */
export const lineWidth = (text: string, faces: CardFace[], direction: Direction, size: number): number =>
  shapeLine(text, faces, direction).width * size;

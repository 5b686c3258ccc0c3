/**
 * The fonts of the share cards, from npm: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto Sans
 * Hebrew, regular and bold, each as HarfBuzz reads it with the characters it has. Fontsource ships them as WOFF
 * cut by script, so a line takes each character from the first face that has it. Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** One face: a script's cut of a font at one weight. */
export interface CardFace {
  font: hb.Font;
  /** Font units per em: advances and outlines are in these. */
  upem: number;
  /** The characters it has. */
  covers: Set<number>;
  /** Each glyph's outline as SVG path data, in font units, kept as it is drawn. */
  outlines: Map<number, string>;
}

export interface CardFonts {
  regular: CardFace[];
  bold: CardFace[];
}

/** Fontsource's files, in the order a character looks for its face: Latin first, for spaces and digits. */
const CUTS = [
  ['@fontsource/noto-sans', 'noto-sans-latin'],
  ['@fontsource/noto-sans', 'noto-sans-latin-ext'],
  ['@fontsource/noto-sans', 'noto-sans-greek'],
  ['@fontsource/noto-sans', 'noto-sans-cyrillic'],
  ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic'],
  ['@fontsource/noto-sans-hebrew', 'noto-sans-hebrew-hebrew'],
] as const;

// From the project's folder: the pages run bundled, elsewhere than their sources.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Where a cut's WOFF file is installed. */
export const fontFileOf = (pkg: string, cut: string, weight: 400 | 700): string =>
  join(dirname(require.resolve(`${pkg}/LICENSE`)), 'files', `${cut}-${weight}-normal.woff`);

function loadFace(path: string): CardFace {
  const face = new hb.Face(new hb.Blob(woffToSfnt(readFileSync(path))));
  return { font: new hb.Font(face), upem: face.upem, covers: new Set(face.collectUnicodes()), outlines: new Map() };
}

let loaded: CardFonts | undefined;

export function cardFonts(): CardFonts {
  loaded ??= {
    regular: CUTS.map(([pkg, cut]) => loadFace(fontFileOf(pkg, cut, 400))),
    bold: CUTS.map(([pkg, cut]) => loadFace(fontFileOf(pkg, cut, 700))),
  };
  return loaded;
}

/**
 * The check of a note's own images: each file its text names must be beside the note, in a format Astro's image
 * pipeline publishes, or the build would stop in Vite with a message naming no note, or the page ask for nothing.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isLocalImage } from '../markdown/rehype-note-images.ts';
import type { Wording } from '../check/problem-wording.ts';

/** The formats Astro's image pipeline takes (its `VALID_INPUT_FORMATS`). */
export const IMAGE_FORMATS = ['jpeg', 'jpg', 'png', 'tiff', 'webp', 'gif', 'svg', 'avif'] as const;

/** What is wrong with the images `images` (as a note at `file`, relative to the project, names them). */
export function imageProblems(file: string, images: readonly string[]): Wording[] {
  return images.flatMap((src): Wording[] => {
    const extension = /\.([a-z0-9]+)$/i.exec(src.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase() ?? '';
    if (!(IMAGE_FORMATS as readonly string[]).includes(extension))
      return [
        {
          path: [],
          message: `the image "${src}" is not in a format the site can publish`,
          fix: `save it as ${IMAGE_FORMATS.join(', ')}`,
        },
      ];
    const path = resolve(dirname(file), src);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) return [];
    return [
      {
        path: [],
        message: `the image "${src}" is not there (no file ${path})`,
        fix: 'put the image there, or change the path in the text: it is relative to the note',
      },
    ];
  });
}

/**
 * What the note's images are, for its digest: each file its text names inline (`![…](path)`), with its size and
 * time of change, so that a page kept by an incremental build never names an image file the build no longer has.
 * Empty for a note without images.
 */
export function imagesStamp(notePath: string, raw: string): string {
  if (!raw.includes('![')) return '';
  const stamps: string[] = [];
  for (const [, src] of raw.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
    if (!src || !isLocalImage(src)) continue;
    let path = src;
    try {
      path = decodeURI(src);
    } catch {
      // Kept as written: the stamp only has to change when the file does.
    }
    const stats = statSync(resolve(dirname(notePath), path), { throwIfNoEntry: false });
    stamps.push(`${src}:${stats ? `${stats.size}:${stats.mtimeMs}` : '-'}`);
  }
  return stamps.join('\n');
}

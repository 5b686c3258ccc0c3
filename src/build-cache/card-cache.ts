/**
 * The share cards a build drew, kept for the next one in `<cache>/share-cards/`, content-addressed: each PNG is
 * named by the digest of what it shows and of what draws it (the code of src/share-cards/ and the lockfile, which
 * pins the fonts and renderers). A card is drawn again only when one of those changes. Each file is written
 * atomically, and one that is not a whole PNG of a card's size (cut short, damaged) is drawn again. Cards no page
 * shows any more are removed after a build, once there are enough of them (`pruneCardCache`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { hashTree } from './hash-tree.ts';

export const CARD_FOLDER = 'share-cards';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A PNG's width and height, from its header; undefined for bytes that are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR')
    return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const isWholeCard = (png: Buffer, size: { width: number; height: number }): boolean => {
  const found = pngSize(png);
  return found?.width === size.width && found.height === size.height && png.subarray(-12).equals(PNG_END);
};

const versions = new Map<string, string>();

/** What draws the cards, as a digest: their code and the lockfile. Worked out once per process. */
function drawingVersion(root: string): string {
  let version = versions.get(root);
  if (!version) {
    const hash = createHash('sha256');
    hashTree(hash, root, 'src/share-cards');
    hashTree(hash, root, 'package-lock.json');
    version = hash.digest('hex');
    versions.set(root, version);
  }
  return version;
}

/** The card's name in the cache: a digest of what it shows and of what draws it. */
export const cardDigest = (card: unknown, root = process.cwd()): string =>
  createHash('sha256').update(drawingVersion(root)).update(JSON.stringify(card)).digest('base64url').slice(0, 32);

export interface CachedCard {
  png: Buffer;
  /** Whether it was drawn now, rather than found in the cache. */
  drawn: boolean;
}

/** The card's PNG from the cache folder `cache`, or drawn by `draw` and kept there. */
export function cachedCard(
  cache: string,
  card: unknown,
  size: { width: number; height: number },
  draw: () => Uint8Array,
): CachedCard {
  const folder = join(cache, CARD_FOLDER);
  const path = join(folder, `${cardDigest(card)}.png`);
  try {
    const png = readFileSync(path);
    if (isWholeCard(png, size)) return { png, drawn: false };
  } catch {
    // Not drawn yet.
  }
  const drawn = draw();
  const png = Buffer.from(drawn.buffer, drawn.byteOffset, drawn.byteLength);
  mkdirSync(folder, { recursive: true });
  writeFileAtomic(path, png);
  return { png, drawn: true };
}

/** Cards the cache may hold past those the site publishes, before the ones it no longer shows are removed. */
const SLACK = 1.25;

/**
 * After a completed build into `site`: removes from the cache the cards no published `card.png` is a copy of,
 * once the cache holds a quarter more cards than the site (each edit of a passage leaves its old card behind).
 * Returns how many were removed.
 */
export function pruneCardCache(cache: string, site: string): number {
  const folder = join(cache, CARD_FOLDER);
  if (!existsSync(folder)) return 0;
  const kept = readdirSync(folder).filter((name) => name.endsWith('.png'));
  const published = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
    (path) => basename(path) === 'card.png',
  );
  if (kept.length <= Math.max(16, published.length * SLACK)) return 0;
  const digestOf = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
  const shown = new Set(published.map((path) => digestOf(join(site, path))));
  let removed = 0;
  for (const name of kept) {
    if (shown.has(digestOf(join(folder, name)))) continue;
    rmSync(join(folder, name), { force: true });
    removed++;
  }
  return removed;
}

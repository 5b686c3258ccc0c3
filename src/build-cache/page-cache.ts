/**
 * Astro's incremental build (experimental in Astro 7) keeps a copy of every page it rendered under
 * `<cache>/dist/` and a manifest of them (`<cache>/incremental-build.json`), and copies a page from there when
 * its key is unchanged. Astro rewrites copies in place while the last build's manifest is still on disk, so a
 * build stopped midway leaves copies that no manifest describes, and the next build would publish them.
 *
 * So the cache is sealed once a build has completed: the manifest's digest and each copy's digest, written
 * last. Before a build, a manifest that is not the sealed one is not used at all, and each page whose copy is
 * not the sealed copy is taken out of it; then the seal is removed, as the build is about to rewrite copies.
 *
 * This reads Astro's private files: a manifest of another
 * shape is not trusted, and a build that leaves none says so (tests/faults/ checks a real build).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';
const SEAL = 'page-cache.seal.json';

interface Seal {
  manifest: string;
  /** Each copy's digest, by its path under the copies' folder. */
  copies: Record<string, string>;
}

interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const digestOf = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

function readManifest(text: string): Manifest | undefined {
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (!data.routes || typeof data.routes !== 'object') return undefined;
    for (const route of Object.values(data.routes)) {
      if (!route.paths || typeof route.paths !== 'object') return undefined;
      for (const path of Object.values(route.paths)) if (typeof path.outputFile !== 'string') return undefined;
    }
    return data as Manifest;
  } catch {
    return undefined;
  }
}

function readSeal(cache: string): Seal | undefined {
  try {
    const seal = JSON.parse(readFileSync(join(cache, SEAL), 'utf8')) as Partial<Seal>;
    return typeof seal.manifest === 'string' && seal.copies && typeof seal.copies === 'object'
      ? (seal as Seal)
      : undefined;
  } catch {
    return undefined;
  }
}

function copyDigest(cache: string, file: string): string | undefined {
  try {
    return digestOf(readFileSync(join(cache, COPIES, file)));
  } catch {
    return undefined;
  }
}

/** What a build may reuse of the last one's pages. */
export interface OpenedPageCache {
  /** Pages whose sealed copy is intact. */
  kept: number;
  /** Pages taken out of the manifest: their copy is missing or not the one sealed. */
  dropped: number;
  /** Why the whole cache was set aside, if it was. */
  discarded?: string;
}

function discard(cache: string, reason: string): OpenedPageCache {
  rmSync(join(cache, MANIFEST), { force: true });
  rmSync(join(cache, COPIES), { recursive: true, force: true });
  rmSync(join(cache, SEAL), { force: true });
  return { kept: 0, dropped: 0, discarded: reason };
}

/** Before a build: keeps of the cache only what the last completed build sealed, and unseals it. */
export function openPageCache(cache: string): OpenedPageCache {
  const manifestPath = join(cache, MANIFEST);
  if (!existsSync(manifestPath)) return discard(cache, 'no manifest');
  const seal = readSeal(cache);
  if (!seal) return discard(cache, 'the last build that wrote it did not complete');
  const text = readFileSync(manifestPath, 'utf8');
  const manifest = readManifest(text);
  if (digestOf(text) !== seal.manifest || !manifest) return discard(cache, 'its manifest is not the one sealed');
  let kept = 0;
  let dropped = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, { outputFile }] of Object.entries(route.paths)) {
      const sealed = seal.copies[outputFile];
      if (sealed !== undefined && copyDigest(cache, outputFile) === sealed) {
        kept++;
        continue;
      }
      delete route.paths[pathname];
      rmSync(join(cache, COPIES, outputFile), { force: true });
      dropped++;
    }
  }
  if (dropped > 0) writeFileAtomic(manifestPath, JSON.stringify(manifest));
  rmSync(join(cache, SEAL), { force: true });
  return { kept, dropped };
}

/**
 * After a build completed: seals the manifest and copies Astro left. Returns a reason when there is nothing of
 * the expected form to seal (the next build then renders every page).
 */
export function sealPageCache(cache: string): string | undefined {
  const manifestPath = join(cache, MANIFEST);
  if (!existsSync(manifestPath)) return `Astro left no ${MANIFEST} in ${cache}`;
  const text = readFileSync(manifestPath, 'utf8');
  const manifest = readManifest(text);
  if (!manifest) return `${join(cache, MANIFEST)} is not of the form Gloss knows`;
  const copies: Record<string, string> = {};
  for (const route of Object.values(manifest.routes)) {
    for (const { outputFile } of Object.values(route.paths)) {
      const digest = copyDigest(cache, outputFile);
      if (digest !== undefined) copies[outputFile] = digest;
    }
  }
  writeFileAtomic(join(cache, SEAL), JSON.stringify({ manifest: digestOf(text), copies } satisfies Seal));
  return undefined;
}

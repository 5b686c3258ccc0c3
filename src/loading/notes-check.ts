/**
 * The check of the notes a build published, handed from the loader to the integration that records their links
 * once every page is written (record-links.ts). The loader runs where Astro loads the content config, apart from
 * the integrations' modules, so the result goes through a file in the cache folder: the integration removes it
 * before the content is loaded, and reads the one this build's loader wrote.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';
import type { CheckResult } from '../check/report.ts';

const fileOf = (cacheDir: string): string => join(cacheDir, 'notes-check.json');

export function writeCheck(cacheDir: string, result: CheckResult): void {
  writeFileAtomic(fileOf(cacheDir), JSON.stringify(result));
}

/** Before a build loads the notes: no earlier build's check can be taken for this one's. */
export function forgetCheck(cacheDir: string): void {
  rmSync(fileOf(cacheDir), { force: true });
}

/** The check this build's loader wrote, if it found no problem. */
export function readCheck(cacheDir: string): CheckResult | undefined {
  try {
    return JSON.parse(readFileSync(fileOf(cacheDir), 'utf8')) as CheckResult;
  } catch {
    return undefined;
  }
}

/**
 * Whether the build can write where it must, asked before it starts: a read-only or full folder is then one line
 * naming it, rather than a stack trace from deep inside the bundler halfway through.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const REASONS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EXDEV: 'the output folder is on another disk than the project, and Astro moves its files there by renaming',
  EMFILE: 'too many files are open',
};

/** What an error of the file system means, in words. */
export const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
};

/** The folder itself, or the nearest folder above it that exists: where it would be made. */
function nearestExisting(folder: string): string {
  let path = resolve(folder);
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  return path;
}

/** The first folder of `folders` that cannot be written, said in words; undefined when all can. */
export function canWrite(folders: string[]): string | undefined {
  for (const folder of folders) {
    // Probed where it stands, or where it would be made: a read-only file system says so there, where making
    // the missing folder would only say ENOENT.
    const probe = join(nearestExisting(folder), `.gloss-write-probe-${process.pid}`);
    try {
      // A few kilobytes, as a full disk may still take an empty file.
      writeFileSync(probe, Buffer.alloc(64 * 1024));
      rmSync(probe, { force: true });
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      rmSync(probe, { force: true });
      return `cannot write to ${folder}: ${reasonOf(error)}`;
    }
  }
  return undefined;
}

/** Whether `folder` (or where it would be made) is on the same file system as the project `root`. */
export const onSameDisk = (folder: string, root: string): boolean =>
  statSync(nearestExisting(folder)).dev === statSync(root).dev;

/** Node's error codes, and the words of the system's own messages (the bundler's, in Rust, quote those). */
const SYSTEM_ERRORS: Array<[RegExp, string]> = [
  [/\bENOSPC\b|No space left on device/, 'ENOSPC'],
  [/\bEROFS\b|Read-only file system/, 'EROFS'],
  [/\bEDQUOT\b|Disk quota exceeded/, 'EDQUOT'],
  [/\bEXDEV\b|Invalid cross-device link/, 'EXDEV'],
  [/\bEACCES\b|\bEPERM\b|Permission denied/, 'EACCES'],
];

/** Why a build's error output says it could not write, with the line that says so; undefined if it does not. */
export function fileSystemReason(errors: string): string | undefined {
  for (const line of errors.split('\n')) {
    for (const [pattern, code] of SYSTEM_ERRORS) {
      if (pattern.test(line)) return `${reasonOf({ code })}: ${line.trim().slice(0, 160)}`;
    }
  }
  return undefined;
}

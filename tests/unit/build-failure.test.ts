/**
 * Why a build failed, in one line, from what Astro threw (src/build/build-failure.ts): the shapes of the errors a
 * full or read-only disk gives, as Node's (a `code`) and as Rolldown's (from Rust: `(os error 28)` in the message,
 * wrapped in another error's `errors` or `cause`), Gloss's own refusal and Astro's own errors. The fault suite's
 * full disk (tests/faults/refusals.test.ts) drives a stand-in for Astro, whose writes fail as Node's.
 */
import { describe, expect, test } from 'vitest';
import { failureReason } from '../../src/build/build-failure.ts';
import { NotesRefusedError } from '../../src/check/report.ts';
import { fileSystemReason } from '../../src/cli/writable.ts';

const nodeError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe('a disk that cannot be written is said in words, with the line that says so', () => {
  test.each([
    [
      "Node's ENOSPC",
      nodeError('ENOSPC', "ENOSPC: no space left on device, write '/site/dist.next/index.html'"),
      "the disk is full: ENOSPC: no space left on device, write '/site/dist.next/index.html'",
    ],
    [
      "Rolldown's, in another error's errors",
      Object.assign(new Error('Build failed with 1 error'), {
        errors: [new Error('Failed to write chunk: No space left on device (os error 28)\n    at rust')],
      }),
      'the disk is full: Failed to write chunk: No space left on device (os error 28)',
    ],
    [
      "Node's EROFS, as the cause of Vite's",
      new Error('Could not write the bundle', { cause: nodeError('EROFS', 'EROFS: read-only file system, mkdir') }),
      'the file system is read-only: EROFS: read-only file system, mkdir',
    ],
    [
      "Rolldown's permission denied",
      new Error('Build failed', { cause: new Error('Permission denied (os error 13)') }),
      'permission denied: Permission denied (os error 13)',
    ],
  ])('%s', (_, error, reason) => {
    expect(failureReason(error)).toBe(reason);
  });

  test('a code that is not about writing says the error itself', () => {
    expect(failureReason(nodeError('ENOENT', "ENOENT: no such file, open 'x'"))).toBe(
      "Error: ENOENT: no such file, open 'x'",
    );
  });
});

test("Gloss's own refusal is its first line, the report being printed above it", () => {
  expect(failureReason(new NotesRefusedError(2))).toBe('2 problem(s) in the notes (listed above); nothing was built.');
});

test("Astro's error by its name and title, and anything else as it is", () => {
  const astro = Object.assign(new Error('A `getStaticPaths()` route pattern was matched\nsecond line'), {
    name: 'NoMatchingStaticPathFound',
    title: 'No static path found for requested path.',
  });
  expect(failureReason(astro)).toBe(
    'NoMatchingStaticPathFound (No static path found for requested path.): A `getStaticPaths()` route pattern was matched',
  );
  expect(failureReason('a string')).toBe('a string');
});

test("Pagefind's output says a full disk in the system's words", () => {
  expect(fileSystemReason('indexing\nError: No space left on device (os error 28)\n')).toBe(
    'the disk is full: Error: No space left on device (os error 28)',
  );
  expect(fileSystemReason('all fine')).toBeUndefined();
});

/**
 * Astro integration: a build writes no page while any note has a problem, and prints every problem at once.
 *
 * 1. Before anything else, the notes' YAML, schema, pages and published links are checked.
 * 2. Astro then renders the notes once; the anchoring plugin collects what it cannot place instead of throwing
 *    (Astro's glob() loader would only log a thrown error and build on with an empty page).
 * 3. Before any page is written, those anchoring problems stop the build, with the same report as `npm run check`.
 * 4. After a good build, its links are added to the record of published links.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  checkNotes,
  formatReport,
  locateProblems,
  type CheckResult,
  type LocatedProblem,
} from '../check/check-notes.ts';
import { lockPathOf, readLock, writeLock } from '../check/links-lock.ts';
import { readNote } from '../check/read-note.ts';
import { collectedProblems, startCollecting } from '../check/render-problems.ts';
import { extendLock } from '../lib/published-links.ts';
import { NOTES_FOLDER } from '../settings.ts';

/** Stops the build with the report; the message is all Astro prints beside it. */
function refuse(result: CheckResult): never {
  console.error(`\n${formatReport(result)}\n`);
  const error = new Error(
    `Gloss: ${result.problems.length} problem(s) in the notes (listed above); nothing was built.`,
  );
  error.stack = error.message;
  throw error;
}

export default function noteCheck(): AstroIntegration {
  let checked: { root: string; result: CheckResult } | undefined;
  let log: AstroIntegrationLogger | undefined;
  return {
    name: 'gloss:note-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        log = logger;
        const root = fileURLToPath(config.root);
        const result = await checkNotes(resolve(root, NOTES_FOLDER), { root, anchor: false });
        if (result.problems.length > 0) refuse(result);
        checked = { root, result };
        startCollecting();
      },
      'astro:build:start': () => {
        if (!checked) return;
        const { root, result } = checked;
        const problems: LocatedProblem[] = [];
        for (const [path, found] of collectedProblems()) {
          const note = readNote(relative(root, path), readFileSync(path, 'utf8'));
          problems.push(...locateProblems(note, found, note.data as Record<string, unknown>));
        }
        if (problems.length > 0) refuse({ ...result, problems });
        log?.info(formatReport(result));
      },
      'astro:build:done': ({ logger }) => {
        if (!checked) return;
        // Only a build that succeeded publishes its links, so only then are they recorded.
        const path = lockPathOf(checked.root);
        if (path && writeLock(path, extendLock(readLock(path), checked.result.published))) {
          logger.info(`recorded new links in ${path}`);
        }
      },
    },
  };
}

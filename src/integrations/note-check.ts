/**
 * Astro integration: before a build writes anything, every note is checked (schema and anchoring) and the
 * build stops on any problem with the full report. The glob() loader would only log a rendering error and
 * build on with an empty page, so the check cannot be left to the Markdown plugin.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkNotes, formatReport, type CheckResult } from '../check/check-notes.ts';
import { lockPathOf, readLock, writeLock } from '../check/links-lock.ts';
import { extendLock } from '../lib/published-links.ts';
import { NOTES_FOLDER } from '../settings.ts';

export default function noteCheck(): AstroIntegration {
  let checked: { root: string; result: CheckResult } | undefined;
  return {
    name: 'gloss:note-check',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!checked) return;
        // Only a build that succeeded publishes its links, so only then are they recorded.
        const path = lockPathOf(checked.root);
        if (path && writeLock(path, extendLock(readLock(path), checked.result.published))) {
          logger.info(`recorded new links in ${path}`);
        }
      },
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const folder = resolve(root, NOTES_FOLDER);
        const result = await checkNotes(folder, { root });
        const report = formatReport(result);
        if (result.problems.length === 0) {
          logger.info(report);
          checked = { root, result };
          return;
        }
        console.error(`\n${report}\n`);
        const error = new Error(
          `Gloss: ${result.problems.length} problem(s) in the notes (listed above); nothing was built.`,
        );
        error.stack = error.message;
        throw error;
      },
    },
  };
}

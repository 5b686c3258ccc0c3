/**
 * Astro integration: before a build writes anything, every note is checked (schema and anchoring) and the
 * build stops on any problem with the full report. The glob() loader would only log a rendering error and
 * build on with an empty page, so the check cannot be left to the Markdown plugin.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkNotes, formatReport } from '../check/check-notes.ts';
import { NOTES_FOLDER } from '../notes-folder.ts';

export default function noteCheck(): AstroIntegration {
  return {
    name: 'gloss:note-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const folder = resolve(root, NOTES_FOLDER);
        const result = await checkNotes(folder, root);
        const report = formatReport(result);
        if (result.problems.length === 0) {
          logger.info(report);
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

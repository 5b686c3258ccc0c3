/** `npm run check` (first step): checks every note and prints every problem; exits 1 if there is any. */
import { checkNotes } from '../src/check/check-notes.ts';
import { formatReport } from '../src/check/report.ts';
import { resolve } from 'node:path';
import { projectSettings } from '../src/options/project-settings.ts';
import { fail } from '../src/cli/command-line.ts';

const folder = process.argv[2];
// Another folder than the site's own notes is checked on its own, without the record of published links.
const result = await projectSettings()
  .then((site) =>
    folder
      ? checkNotes(folder, site, resolve(folder) === resolve(site.options.notes) ? {} : { lock: null })
      : checkNotes(site.options.notes, site),
  )
  .catch((error: unknown) =>
    fail('check:notes', error instanceof Error ? error.message.replace(/^Gloss: /, '') : String(error)),
  );
const report = formatReport(result);
if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}

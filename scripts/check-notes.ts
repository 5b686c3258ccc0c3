/** `npm run check` (first step): checks every note and prints every problem; exits 1 if there is any. */
import { checkNotes, formatReport } from '../src/check/check-notes.ts';

const folder = process.argv[2] ?? 'content/notes';
const result = await checkNotes(folder);
const report = formatReport(result);
if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}

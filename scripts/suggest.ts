/**
 * `npm run suggest -- content/notes/<slug>.md [--write]`: suggests the parties, dates and figures of a note, each
 * anchored by the site's own rules and marked `draft: true`, and prints them as YAML ready to paste; `--write`
 * adds them to the note, keeping everything already in it. A suggestion the check would refuse is never made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { suggestionsYaml, withSuggestions } from '../src/suggest/add-suggestions.ts';
import { suggestAnnotations, type Suggestions } from '../src/suggest/suggest-annotations.ts';
import { writeFileAtomic } from '../src/build-cache/atomic-write.ts';
import { projectSettings } from '../src/options/project-settings.ts';
import { noteChecker } from '../src/check/check-note.ts';
import { formatReport } from '../src/check/report.ts';
import { createNoteRenderer } from '../src/markdown/pipeline.ts';
import { fail as failWith, isTheCommand, readOptions } from '../src/cli/command-line.ts';

const USAGE = 'usage: npm run suggest -- content/notes/<slug>.md [--write]';
function fail(reason: string): never {
  return failWith('suggest', reason);
}

/** `npm run suggest` with these arguments; a refusal prints one line and exits with 1. */
export async function suggest(args: string[]): Promise<void> {
  const { values, positionals } = readOptions('suggest', USAGE, {
    args,
    allowPositionals: true,
    options: { write: { type: 'boolean' } },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) fail(USAGE);
  if (!existsSync(path)) fail(`there is no file ${path}`);
  const file = readFileSync(path, 'utf8');
  const site = await projectSettings().catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  const check = noteChecker(await createNoteRenderer(site));
  const checked = await check(path, file);
  const blocking = checked.problems.filter((problem) => !problem.onlyInBuild);
  if (!checked.note || !checked.rendered?.anchoring.anchors || blocking.length > 0) {
    fail(
      `mend the note first, then ask again:\n${formatReport({ notes: 1, annotations: 0, problems: blocking, published: [] })}`,
    );
  }

  // A suggestion that the check would refuse is dropped, and the rest checked again.
  const suggestions: Suggestions = suggestAnnotations(checked.note, checked.rendered.anchoring.anchors);
  for (let round = 0; round < 3; round++) {
    const again = await check(path, withSuggestions(file, suggestions));
    const refused = new Set(again.problems.filter((problem) => !problem.onlyInBuild).map((problem) => problem.id));
    if (refused.size === 0) break;
    suggestions.parties = suggestions.parties.filter((item) => !refused.has(item.id));
    suggestions.dates = suggestions.dates.filter((item) => !refused.has(item.id));
    suggestions.figures = suggestions.figures.filter((item) => !refused.has(item.id));
  }

  const count = suggestions.parties.length + suggestions.dates.length + suggestions.figures.length;
  const counted = (n: number, word: string) => `${n} ${n === 1 ? word : word === 'party' ? 'parties' : `${word}s`}`;
  const summary = `${counted(suggestions.parties.length, 'party')}, ${counted(suggestions.dates.length, 'date')} and ${counted(suggestions.figures.length, 'figure')} suggested, each marked draft: true.`;
  if (values.write && count > 0) {
    // The note may have been saved in an editor while the suggestions were worked out: that save wins.
    if (readFileSync(path, 'utf8') !== file)
      fail(`${path} changed while suggesting; nothing was written, run it again`);
    writeFileAtomic(path, withSuggestions(file, suggestions));
    console.log(`${summary} Added to ${path}.`);
    console.log('Next: review them beside the text in npm run dev, mend or delete each, then remove draft: true.');
  } else {
    if (count > 0) console.log(suggestionsYaml(suggestions));
    console.log(count > 0 ? summary : 'Nothing new to suggest.');
  }
  if (suggestions.skipped.length > 0) {
    console.log(
      `Left alone, because the note has no source.published to resolve them against: ${suggestions.skipped.map((words) => `"${words}"`).join(', ')}.`,
    );
  }
}

if (isTheCommand(import.meta.url)) await suggest(process.argv.slice(2));

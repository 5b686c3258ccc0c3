/**
 * When each note was first committed and last changed, read from git in one call per build: the dates the open
 * data gives as `created` and `modified`. A note git does not know (not committed yet, or a site built outside a
 * clone) has none, rather than dates made up at build time.
 */
import { spawnSync } from 'node:child_process';

interface NoteDates {
  /** The first commit that added the note's file, in UTC (xsd:dateTime). */
  created: string;
  /** The last commit that changed it. */
  modified: string;
}

let history: Map<string, NoteDates> | undefined;

const utc = (date: string): string => new Date(date).toISOString().replace(/\.000Z$/, 'Z');

/** The commits touching Markdown files, newest first: a NUL and the date, then the files of that commit. */
function readHistory(): Map<string, NoteDates> {
  const dates = new Map<string, NoteDates>();
  const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '*.md'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0) return dates;
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    for (const file of files.filter(Boolean)) {
      const known = dates.get(file);
      if (known) known.created = utc(date);
      else dates.set(file, { created: utc(date), modified: utc(date) });
    }
  }
  return dates;
}

/** The dates of a note, by its path relative to the project (as the content store records it). */
export function noteDates(file: string): NoteDates | undefined {
  history ??= readHistory();
  return history.get(file);
}

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

/**
 * The commits touching Markdown files, newest first, each a NUL and its date, then a line per file changed. A
 * renamed file (`R<score>\told\tnew`) is followed to its earlier name, as `git log --follow` follows one file, so
 * a note keeps its first commit's date when it is renamed.
 */
export function readHistory(cwd = process.cwd()): Map<string, NoteDates> {
  const dates = new Map<string, NoteDates>();
  const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-status', '-M', '--relative', '--', '*.md'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0) {
    const why = (log.error?.message ?? log.stderr).trim().split('\n')[0] || `git exited with ${log.status}`;
    // One line, once a build: the site is still right, but its open data is poorer.
    console.warn(
      `Gloss: git could not read the notes' history (${why}); the open data gives no created or modified dates.`,
    );
    return dates;
  }
  /** For a name a file had at some point of the history, the name it has now. */
  const nowNamed = new Map<string, string>();
  const touch = (file: string, date: string): void => {
    const now = nowNamed.get(file) ?? file;
    const known = dates.get(now);
    if (known) known.created = utc(date);
    else dates.set(now, { created: utc(date), modified: utc(date) });
  };
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date = '', ...lines] = commit.split('\n');
    for (const line of lines.filter(Boolean)) {
      const [status = '', from = '', to] = line.split('\t');
      if (status.startsWith('R') && to) {
        touch(to, date);
        // Older commits know the file by its former name.
        nowNamed.set(from, nowNamed.get(to) ?? to);
        nowNamed.delete(to);
      } else touch(to ?? from, date);
    }
  }
  return dates;
}

/** The dates of a note, by its path relative to the project (as the content store records it). */
export function noteDates(file: string): NoteDates | undefined {
  history ??= readHistory();
  return history.get(file);
}

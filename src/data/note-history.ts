/**
 * When each note was first committed and last changed, read from git once per build: the dates the open data
 * gives as `created` and `modified`. A note git does not know (not committed yet, or a site built outside a clone)
 * has none, rather than dates made up at build time. A history git could not read whole (git missing, failing,
 * stopped, too slow, its output cut, or a shallow clone) gives no dates at all, is said in one line, and is left
 * noted in the cache folder, so that `npm run build` does not call this poorer site up to date next time.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface NoteDates {
  /** The first commit that added the note's file, in UTC (xsd:dateTime). */
  created: string;
  /** The last commit that changed it. */
  modified: string;
}

export interface NoteHistory {
  /** By each note's path relative to the folder read. */
  dates: Map<string, NoteDates>;
  /** Why the history could not be read whole, when it could not: then there are no dates, and the next build reads it again. */
  incomplete?: string;
}

/**
 * The file, in the cache folder, by which Astro's build tells `npm run build` (the process that started it, and
 * writes the up-to-date stamp: build-fingerprint.ts) that this build's history was incomplete.
 */
export const HISTORY_INCOMPLETE = 'history-incomplete.txt';

/** This project's history takes 15 ms to read: a git that hangs must not hold the build forever. */
const TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

let history: Map<string, NoteDates> | undefined;

const utc = (date: string): string => new Date(date).toISOString().replace(/\.000Z$/, 'Z');

function git(cwd: string, args: string[], timeout: number): SpawnSyncReturns<string> {
  return spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT,
    timeout,
    // Git's own words untranslated, so that "not a git repository" is recognised.
    env: { ...process.env, LC_ALL: 'C' },
  });
}

/** Why a run of git did not complete, in a few words; undefined when it did. */
function failureOf(run: SpawnSyncReturns<string>, timeout: number): string | undefined {
  const code = (run.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'git is not installed, or not on PATH';
  if (code === 'ETIMEDOUT') return `git took longer than ${timeout / 1000} s`;
  if (code === 'ENOBUFS') return `git's output was longer than ${MAX_OUTPUT / 1024 / 1024} MB`;
  if (run.error) return run.error.message.split('\n')[0];
  if (run.signal) return `git was stopped by ${run.signal}`;
  if (run.status !== 0) return run.stderr.trim().split('\n')[0] || `git exited with ${run.status}`;
  return undefined;
}

/**
 * The commits touching Markdown files, newest first, each a NUL and its date, then a line per file changed. A
 * renamed file (`R<score>\told\tnew`) is followed to its earlier name, as `git log --follow` follows one file, so
 * a note keeps its first commit's date when it is renamed. Undefined when the output is not of that form.
 */
function datesOf(output: string): Map<string, NoteDates> | undefined {
  const dates = new Map<string, NoteDates>();
  if (output !== '' && !output.startsWith('\0')) return undefined;
  /** For a name a file had at some point of the history, the name it has now. */
  const nowNamed = new Map<string, string>();
  const touch = (file: string, date: string): void => {
    const now = nowNamed.get(file) ?? file;
    const known = dates.get(now);
    if (known) known.created = utc(date);
    else dates.set(now, { created: utc(date), modified: utc(date) });
  };
  for (const commit of output.split('\0').slice(1)) {
    const [date = '', ...lines] = commit.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}T/.test(date) || Number.isNaN(Date.parse(date))) return undefined;
    for (const line of lines.filter(Boolean)) {
      const [status = '', from = '', to] = line.split('\t');
      if (!/^[A-Z]\d*$/.test(status) || !from) return undefined;
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

/**
 * The notes' dates from the history of the git repository at `cwd`. Anything short of the whole history is said
 * in one line (once a build: the site is still right, but its open data is poorer) and gives no dates at all.
 */
export function readHistory(cwd = process.cwd(), timeout = TIMEOUT_MS): NoteHistory {
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository'], timeout);
  let why = failureOf(shallow, timeout);
  if (!why && shallow.stdout.trim() === 'true') {
    // No dates at all: the shallow boundary's commit seems to add every file, so no note's first commit can be
    // known, and its last one only when it falls above the boundary, which a depth-1 clone (CI's) never has.
    console.warn(
      "Gloss: git's history is cut short here (a shallow clone), so the open data gives no created or modified dates: fetch it whole with `git fetch --unshallow`.",
    );
    return { dates: new Map(), incomplete: 'a shallow clone' };
  }
  let dates: Map<string, NoteDates> | undefined;
  if (!why) {
    const log = git(cwd, ['log', '--format=%x00%cI', '--name-status', '-M', '--relative', '--', '*.md'], timeout);
    why = failureOf(log, timeout);
    if (!why) dates = datesOf(log.stdout);
    if (!why && !dates) why = "git's output was cut short";
  }
  if (dates) return { dates };
  // Outside a clone there is no history to read: the next build would find none either.
  const noClone = /not a git repository/.test(why ?? '');
  console.warn(
    `Gloss: git could not read the notes' history (${why}); the open data gives no created or modified dates${noClone ? '' : ', and the next build reads it again'}.`,
  );
  return noClone ? { dates: new Map() } : { dates: new Map(), incomplete: why ?? 'unknown' };
}

/**
 * The dates of a note, by its path relative to the project (as the content store records it). `cacheFolder`: the
 * build's (Astro's `cacheDir`), where a history read incomplete is said for `npm run build` to read.
 */
export function noteDates(file: string, cacheFolder: string): NoteDates | undefined {
  if (!history) {
    const read = readHistory();
    history = read.dates;
    if (read.incomplete) {
      // scripts/build.ts removes it as each build starts.
      mkdirSync(cacheFolder, { recursive: true });
      writeFileSync(join(cacheFolder, HISTORY_INCOMPLETE), `${read.incomplete}\n`);
    }
  }
  return history.get(file);
}

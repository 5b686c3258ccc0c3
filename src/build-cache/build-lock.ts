/**
 * One build at a time in a folder. A build takes a lock file, made only where none is (a hard link, which the
 * file system makes or refuses in one step), that names its processes; a second build is refused at once and
 * told which process holds it. A lock whose processes are all gone was left by a build that was killed: it is
 * taken over.
 */
import { linkSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.ts';

export interface LockHolder {
  /** The build's own process and the processes it started (Astro), any of which may still be writing. */
  pids: number[];
  /** When the build started, as ISO 8601. */
  started: string;
}

export interface BuildLock {
  /** Names another process that writes for this build (the lock is held while any of them runs). */
  addProcess: (pid: number) => void;
  release: () => void;
}

/** Whether a process runs (one of another user's counts: it exists; a killed one not yet reaped does not). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: the state follows the command's closing bracket; Z is a zombie, X dead.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return Array.isArray(holder.pids) ? { pids: holder.pids, started: String(holder.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

const isStale = (holder: LockHolder | undefined): boolean =>
  holder !== undefined && !holder.pids.some((pid) => pid !== process.pid && isRunning(pid));

/** Makes the lock file at `path` in one step; false if one is there. */
function create(path: string, holder: LockHolder): boolean {
  const draft = `${path}.${process.pid}.new`;
  writeFileAtomic(draft, JSON.stringify(holder));
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Takes the lock at `path`, or says who holds it. A lock left by a killed build is moved aside before it is taken
 * over, and put back if it turns out to have been taken by a third build meanwhile.
 */
export function takeBuildLock(path: string): BuildLock | { heldBy: LockHolder } {
  const holder: LockHolder = { pids: [process.pid], started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(path, holder)) {
      return {
        addProcess: (pid) => {
          holder.pids.push(pid);
          writeFileAtomic(path, JSON.stringify(holder));
        },
        release: () => {
          if (readHolder(path)?.pids[0] === process.pid) rmSync(path, { force: true });
        },
      };
    }
    const current = readHolder(path);
    // A lock being written is not stale: it has no holder to read for a moment.
    if (!isStale(current)) return { heldBy: current ?? { pids: [], started: '' } };
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    if (!isStale(readHolder(aside))) {
      try {
        linkSync(aside, path);
      } catch {
        // Another build holds it now: it will be named on the next attempt.
      }
    }
    rmSync(aside, { force: true });
  }
  return { heldBy: readHolder(path) ?? { pids: [], started: '' } };
}

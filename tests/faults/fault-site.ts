/**
 * What the fault suite builds on: a small site of generated notes in a folder of its own, with its own record of
 * published links and cache, and builds run as a person runs them (`npm run build`'s script), which a test can
 * stop at a stage it names, the way Ctrl-C or kill would.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { shellEnv } from '../build.ts';

export interface FaultSite {
  root: string;
  notes: string;
  lock: string;
  env: Record<string, string>;
}

/** A note that names its number in every passage, so that a page of one note is never taken for another's. */
export function noteText(n: number, extra = ''): string {
  return `---
title: Report number ${n}
source:
  published: 2025-06-${String((n % 27) + 1).padStart(2, '0')}
parties:
  - id: agency-${n}
    name: Agency ${n}
    kind: organization
    role: Publishes report ${n}.
  - id: minister
    name: Minister Vale
    kind: person
dates:
  - id: signed
    date: 2024-0${(n % 9) + 1}
    label: Report ${n} signed
    quote: signed in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'][n % 9]} 2024
figures:
  - id: budget
    value: ${n * 1000}
    unit: EUR
    label: Budget of report ${n}
    quote: €${n * 1000}
---

Agency ${n} wrote this report, signed in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'][n % 9]} 2024, for Minister Vale.

It spends €${n * 1000} on the work of Agency ${n}.${extra}
`;
}

/** A fresh site of `count` notes under `.test-dist/faults/<name>/`. */
export function makeSite(name: string, count: number): FaultSite {
  const root = resolve('.test-dist/faults', name);
  rmSync(root, { recursive: true, force: true });
  const notes = join(root, 'notes');
  mkdirSync(notes, { recursive: true });
  for (let n = 1; n <= count; n++) writeFileSync(join(notes, `report-${n}.md`), noteText(n));
  const lock = join(root, 'links.lock');
  return {
    root,
    notes,
    lock,
    env: { GLOSS_NOTES: notes, GLOSS_LOCK: lock, GLOSS_CACHE_DIR: join(root, 'cache'), SITE_AUTHOR: 'Fault Suite' },
  };
}

export interface RunningBuild {
  pid: number;
  /** Everything the build printed so far, both streams. */
  output: () => string;
  /** Resolves once the output has matched `pattern` `times` times. */
  waitFor: (pattern: RegExp, times?: number) => Promise<void>;
  /** Sends a signal to the build and the processes it started, as Ctrl-C does to a terminal's foreground job. */
  killGroup: (signal: NodeJS.Signals) => void;
  /** Sends a signal to the build's own process alone, as `kill <pid>` does. */
  kill: (signal: NodeJS.Signals) => void;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Starts `npm run build`'s script in a process group of its own. */
export function startBuild(
  site: FaultSite,
  out: string,
  args: string[] = [],
  env: Record<string, string> = {},
): RunningBuild {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    env: { ...shellEnv(), ...site.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: Array<() => void> = [];
  const take = (chunk: Buffer): void => {
    // Astro colours its output where CI is set (picocolors reads it), which no pattern here expects.
    output += stripVTControlCharacters(chunk.toString());
    for (const check of [...waiters]) check();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((settle) =>
    child.on('close', (code, signal) => {
      for (const check of [...waiters]) check();
      settle({ code, signal, output });
    }),
  );
  const pid = child.pid ?? 0;
  return {
    pid,
    output: () => output,
    waitFor: (pattern, times = 1) =>
      new Promise((settle, reject) => {
        const check = (): void => {
          const seen = output.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
          if (seen >= times) {
            waiters.splice(waiters.indexOf(check), 1);
            settle();
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.splice(waiters.indexOf(check), 1);
            reject(new Error(`the build ended before printing ${pattern} ${times} time(s):\n${output}`));
          }
        };
        waiters.push(check);
        check();
      }),
    killGroup: (signal) => process.kill(-pid, signal),
    kill: (signal) => process.kill(pid, signal),
    done,
  };
}

/** Runs a build to its end. */
export async function build(site: FaultSite, out: string, args: string[] = [], env: Record<string, string> = {}) {
  return startBuild(site, out, args, env).done;
}

/**
 * Runs `npm run build`'s script from a test, as a person's shell would: to its end (`runBuild`), or started in a
 * process group of its own that a test can wait on and stop at a stage it names, as Ctrl-C or kill would
 * (`startBuild`). The one build harness of the tests.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV, …) in the environment; Astro would read them. */
const VITEST_VARIABLES = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;

/** The environment a person's shell would give a command, without Vitest's own variables. */
export const shellEnv = (): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)));

interface BuildOptions {
  /** More arguments of the build script, such as `--clean`. */
  args?: string[];
  /** The project to build; this one by default. */
  cwd?: string;
}

export function runBuild(
  out: string,
  env: Record<string, string> = {},
  { args = [], cwd }: BuildOptions = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    encoding: 'utf8',
    cwd,
    // A cache of its own for each site, as each site's pages differ.
    env: { ...shellEnv(), GLOSS_CACHE_DIR: `${out}.cache`, ...env },
  });
}

export function buildOrThrow(out: string, env: Record<string, string> = {}, options: BuildOptions = {}): void {
  const result = runBuild(out, env, options);
  if (result.status !== 0) throw new Error(`The build into ${out} failed:\n${result.stdout}\n${result.stderr}`);
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

/**
 * Starts `npm run build`'s script in a process group of its own; `env` is the whole of what it adds to the shell's.
 * `script`: the same command with a stand-in for Astro (tests/support/stand-in-build.ts), for the fault tests.
 */
export function startBuild(
  out: string,
  args: string[] = [],
  env: Record<string, string> = {},
  script = 'scripts/build.ts',
): RunningBuild {
  const child = spawn(process.execPath, [script, '--out', out, ...args], {
    env: { ...shellEnv(), ...env },
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

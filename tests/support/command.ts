/**
 * A command of the project (`npm run new`, `npm run suggest`) run as a test runs it: in this process, through its
 * main function, with what it prints and the status it exits with caught; or spawned, as a person runs it, for
 * what only a process shows (the status the shell sees, the usage line printed before anything loads).
 */
import { spawnSync } from 'node:child_process';
import { vi } from 'vitest';
import { shellEnv } from './build.ts';

export interface CommandRun {
  status: number;
  out: string;
  err: string;
  /** Both: in process, in the order they were printed, as a terminal shows them; spawned, stdout then stderr. */
  output: string;
}

/** What `process.exit` is turned into while a command runs in this process. */
class CommandExit extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.status = status;
  }
}

/** Runs a command's main function here, its exit and console (log, warn, error) caught; a run that returns has status 0. */
export async function runInProcess(main: () => Promise<void>): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new CommandExit(Number(code ?? 0));
  });
  const printer =
    (lines: string[]) =>
    (...words: unknown[]): void => {
      lines.push(words.join(' '));
      both.push(words.join(' '));
    };
  const log = vi.spyOn(console, 'log').mockImplementation(printer(out));
  const warn = vi.spyOn(console, 'warn').mockImplementation(printer(err));
  const error = vi.spyOn(console, 'error').mockImplementation(printer(err));
  const text = (lines: string[]): string => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const run = (status: number): CommandRun => ({ status, out: text(out), err: text(err), output: text(both) });
  try {
    await main();
    return run(0);
  } catch (thrown) {
    if (thrown instanceof CommandExit) return run(thrown.status);
    throw thrown;
  } finally {
    exit.mockRestore();
    log.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  }
}

/** A command run in this process through its main function, which must succeed: else its output is thrown. */
export async function mustRun(command: string, main: () => Promise<void>): Promise<void> {
  const result = await runInProcess(main);
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.out}\n${result.err}`);
}

/** Runs `node <script> <args>` as a person's shell would, to its end. */
export function runSpawned(script: string, args: string[], env: Record<string, string> = {}): CommandRun {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...shellEnv(), ...env } });
  return { status: result.status ?? -1, out: result.stdout, err: result.stderr, output: result.stdout + result.stderr };
}

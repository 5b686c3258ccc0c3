/**
 * What the project's commands share: reading their options, and saying in one line what went wrong (a mistyped
 * option or a missing file is the user's to mend, so no stack trace).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `npm run <command>: <reason>` and exits with status 1. */
export function fail(command: string, reason: string): never {
  console.error(`npm run ${command}: ${reason}`);
  process.exit(1);
}

/** The command's options, or a one-line error with its usage for an option it does not know. */
export function readOptions<T extends ParseArgsConfig>(command: string, usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    return fail(command, `${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/**
 * Whether the module at `url` is the command Node ran, not one a test imports for its main function. Not
 * `import.meta.main`, which Node 22, which package.json allows, does not have: there a command would end at once,
 * having done nothing.
 */
export const isTheCommand = (url: string): boolean =>
  Boolean(process.argv[1]) && realpathSync(process.argv[1] as string) === fileURLToPath(url);

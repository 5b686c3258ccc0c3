/** Runs `npm run build`'s script from a test, with the environment a person's shell would give it. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

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
  const clean = shellEnv();
  return spawnSync(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    encoding: 'utf8',
    cwd,
    // A cache of its own for each site, as tests build several sites at once.
    env: { ...clean, GLOSS_CACHE_DIR: `${out}.cache`, ...env },
  });
}

export function buildOrThrow(out: string, env: Record<string, string> = {}, options: BuildOptions = {}): void {
  const result = runBuild(out, env, options);
  if (result.status !== 0) throw new Error(`The build into ${out} failed:\n${result.stdout}\n${result.stderr}`);
}

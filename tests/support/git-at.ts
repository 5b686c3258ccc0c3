/** Git for the tests' own repositories: no user config, and every commit made at the date given. */
import { spawnSync } from 'node:child_process';

/** The git the machine has, for fake gits that hand over to it. */
export const REAL_GIT = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();

/** Runs git in `cwd` as a commit made at `date`. */
export function git(cwd: string, date: string, ...args: string[]): void {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@example.org',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
  if (run.status !== 0) throw new Error(run.stderr);
}

/**
 * What an author waits for under `astro dev`: from saving a note to the page served with the change. Starts a
 * dev server, opens the note's page once, then saves the note with a new sentence several times, each time
 * asking for the page again (one request after the other) until the sentence is in it. The note is put back as
 * it was at the end. The tests drive a dev server with the same helpers.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const ASTRO = 'node_modules/astro/bin/astro.mjs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's status and text, or none while the server does not answer. */
export async function fetchPage(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

/** Asks for the page, one request after the other, until `done` says yes; fails after `seconds`. */
export async function waitForPage(
  url: string,
  done: (page: { status: number; text: string }) => boolean,
  seconds: number,
): Promise<void> {
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const page = await fetchPage(url);
    if (page !== undefined && done(page)) return;
    await sleep(10);
  }
  throw new Error(`${url} did not show what was awaited within ${seconds} s`);
}

/** A port no one listens on now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface DevServer {
  origin: string;
  /** All it printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** `astro dev` on a free port, with `args` (e.g. `--root` for another project) and `env`. */
export async function startDevServer(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<DevServer> {
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), ...args], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const closed = new Promise((resolve) => server.once('close', resolve));
  return {
    origin: `http://localhost:${port}`,
    output: () => output,
    stop: async () => {
      server.kill();
      await closed;
    },
  };
}

/**
 * `astro dev` on the notes `env` names, once it serves `path` (within `seconds`); else it is stopped, and the error
 * says what it printed.
 */
export async function serveNotes(env: NodeJS.ProcessEnv, path: string, seconds = 240): Promise<DevServer> {
  const server = await startDevServer([], env);
  try {
    await waitForPage(`${server.origin}${path}`, ({ status }) => status === 200, seconds);
    return server;
  } catch (error) {
    await server.stop();
    throw new Error(`${String(error)}\n${server.output().slice(-4000)}`);
  }
}

/** Each time, in seconds, from saving `note` to its `page` served with the change, for `edits` saves. */
export async function devSaves(
  site: { args: string[]; env: NodeJS.ProcessEnv; note: string; page: string },
  edits = 5,
): Promise<number[]> {
  const original = readFileSync(site.note, 'utf8');
  const server = await startDevServer(site.args, site.env);
  const url = `${server.origin}${site.page}`;
  try {
    await waitForPage(url, ({ status }) => status === 200, 900).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${server.output().slice(-2000)}`);
    });
    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const sentence = `Saved again as edit ${edit} of ${Date.now()}.`;
      const started = performance.now();
      writeFileSync(site.note, `${original.trimEnd()}\n\n${sentence}\n`);
      await waitForPage(url, ({ text }) => text.includes(sentence), 120);
      times.push((performance.now() - started) / 1000);
      // Let the server settle (its store written, the watcher quiet) before the next save.
      await sleep(1500);
    }
    return times;
  } finally {
    writeFileSync(site.note, original);
    await server.stop();
  }
}

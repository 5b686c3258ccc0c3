/**
 * Whether rendering notes in worker threads pays on this machine: checks and renders every note of a folder as
 * the notes loader does (read, check, render with the site's pipeline), once on one thread, then split between
 * `os.availableParallelism()` worker threads, each sending its results back as the loader would need them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { noteChecker } from '../../src/check/check-note.ts';
import { projectSettings } from '../../src/options/project-settings.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';

async function checkAll(folder: string, names: string[]): Promise<unknown[]> {
  const check = noteChecker(await createNoteRenderer(await projectSettings()));
  const checked: unknown[] = [];
  for (const name of names) checked.push(await check(name, readFileSync(join(folder, name), 'utf8')));
  return checked;
}

if (!isMainThread) {
  const { folder, names } = workerData as { folder: string; names: string[] };
  parentPort?.postMessage(await checkAll(folder, names));
}

export interface WorkerTimes {
  threads: number;
  /** Seconds to check and render every note on one thread (after its pipeline is loaded). */
  oneThread: number;
  /** Seconds with the notes split between `threads` workers, from starting them to having every result. */
  workers: number;
}

export async function renderInWorkers(folder: string): Promise<WorkerTimes> {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const threads = Math.max(2, availableParallelism());
  await checkAll(folder, names.slice(0, 20)); // Loads the pipeline, as the loader has before its first note.
  let started = performance.now();
  const alone = await checkAll(folder, names);
  const oneThread = (performance.now() - started) / 1000;
  started = performance.now();
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, part) => {
      const share = names.filter((_, at) => at % threads === part);
      return new Promise<unknown[]>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { folder, names: share } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  const workers = (performance.now() - started) / 1000;
  // The same results, whichever thread rendered a note.
  const byName = new Map(parts.flat().map((checked) => [(checked as { file: string }).file, JSON.stringify(checked)]));
  for (const checked of alone)
    if (byName.get((checked as { file: string }).file) !== JSON.stringify(checked))
      throw new Error(`a worker rendered ${(checked as { file: string }).file} differently`);
  return { threads, oneThread, workers };
}

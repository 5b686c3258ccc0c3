/** Under `astro dev`, the notes folder watched: what a save, a new note or a note removed sets off. */
import { relative, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** How long a note's file must be left alone before it is read again: longer than the steps of one save. */
const SETTLE_MS = 80;

/**
 * Under `astro dev`: a note saved, added or removed is read and checked again, and the notes published anew.
 * Nothing thrown here may stop the dev server.
 */
export function watchNotes(
  watcher: NonNullable<LoaderContext['watcher']>,
  { base, root, logger }: { base: string; root: string; logger: LoaderContext['logger'] },
  read: (path: string) => void,
  forget: (path: string) => void,
  publish: () => Promise<void>,
): void {
  watcher.add(base);
  const isNote = (path: string): boolean => resolve(path, '..') === base && /\.md$/i.test(path);
  const reload = async (path: string, removed = false): Promise<void> => {
    if (!isNote(path)) return;
    try {
      if (removed) forget(path);
      else read(path);
      await publish();
    } catch (error) {
      // An editor may save by replacing the file, so it can be gone by the time it is read; the next event
      // brings it back.
      logger.error(
        `could not reload ${relative(root, path)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  // An editor, or a program, may write a note in steps (truncate, then write): the events of one save come
  // together, and the note is read once they have settled, not while it is empty or half written.
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  const settled = (path: string, removed = false): void => {
    clearTimeout(waiting.get(path));
    waiting.set(
      path,
      setTimeout(() => {
        waiting.delete(path);
        void reload(path, removed);
      }, SETTLE_MS),
    );
  };
  watcher.on('change', (path) => settled(path));
  watcher.on('add', (path) => settled(path));
  watcher.on('unlink', (path) => settled(path, true));
}

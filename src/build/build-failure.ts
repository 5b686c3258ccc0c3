/**
 * Why Astro's build failed, in one line, from the error it threw: our own errors say it already (the notes'
 * report was printed above them), a file system error by its code, Astro's by its name and title.
 */
import { reasonOf } from '../cli/writable.ts';

/** The codes of Node's errors that mean the build could not write (see writable.ts). */
const CANNOT_WRITE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EXDEV', 'EMFILE']);

/** Rolldown's errors come from Rust, with the system's error number and no code of Node's. */
const OS_ERRORS: Record<number, string> = { 28: 'ENOSPC', 30: 'EROFS', 13: 'EACCES', 1: 'EPERM', 122: 'EDQUOT' };

/** The error and the ones it wraps: Vite and Rolldown wrap what failed in `cause` or `errors`. */
function* chainOf(error: unknown, depth = 0): Generator<Error & { code?: unknown; errno?: unknown }> {
  if (!(error instanceof Error) || depth > 5) return;
  yield error;
  yield* chainOf(error.cause, depth + 1);
  const { errors } = error as { errors?: unknown };
  if (Array.isArray(errors)) for (const inner of errors) yield* chainOf(inner, depth + 1);
}

const firstLine = (text: string): string => (text.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 200);

export function failureReason(error: unknown): string {
  const chain = [...chainOf(error)];
  for (const each of chain) {
    const code =
      typeof each.code === 'string' ? each.code : OS_ERRORS[Number(/\(os error (\d+)\)/.exec(each.message)?.[1])];
    if (code && CANNOT_WRITE.has(code)) return `${reasonOf({ code })}: ${firstLine(each.message)}`;
  }
  const [first] = chain;
  if (!first) return String(error);
  // Ours: the notes' report is above it.
  if (first.name === 'NotesRefusedError') return firstLine(first.message).replace(/^Gloss: /, '');
  // Astro's: an AstroError has a name of its own (`NoMatchingStaticPathFound`, say) and a title.
  const title = (first as { title?: unknown }).title;
  return `${first.name}${typeof title === 'string' ? ` (${title})` : ''}: ${firstLine(first.message)}`;
}

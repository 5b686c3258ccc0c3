// The sentences of a report: this module, with file-wording.ts and across-notes-wording.ts re-exported below.
/**
 * Every problem an author can be shown, in words: what is wrong and how to mend it, with each refused value
 * quoted as it was written. The one place where a report's sentences are decided (Starlight's error map is the
 * model); the checks only say what they found.
 */
import type { z } from 'astro/zod';
import { closestPassage, showDifference } from '../anchoring/closest-passage.ts';
import { didYouMean } from './did-you-mean.ts';
import { foldQuote } from '../anchoring/fold-text.ts';
import { findAll, runIndexAt, type SearchableText, type TextRange } from '../anchoring/find-quote.ts';
import type { AnchorRequest } from '../anchoring/place-annotations.ts';
import type { AnchoringProblem } from '../markdown/rehype-anchor-annotations.ts';
import { fieldsAt } from './field-names.ts';

/** A problem in words, and the path into the frontmatter of the value it is about. */
export interface Wording {
  /** Path into the frontmatter, e.g. `['dates', 1, 'quote']`; empty for the note as a whole. */
  path: PropertyKey[];
  /** "party", "date" or "figure"; undefined for the note itself. */
  kind?: string | undefined;
  id?: string | undefined;
  field?: string | undefined;
  message: string;
  fix?: string | undefined;
}

const LIST_OF = { party: 'parties', date: 'dates', figure: 'figures' } as const;
const KIND_OF: Record<string, string> = { parties: 'party', dates: 'date', figures: 'figure' };
const CONTEXT = 30;

const quoted = (text: string): string => JSON.stringify(text);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as the author wrote it: text in quotes, numbers and lists as YAML would show them. */
const shown = (value: unknown): string =>
  typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));

// --- The schema's refusals -------------------------------------------------------------------------------

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Which annotation a path into the frontmatter is in, and the name of the field it ends at. */
function whereInNote(path: readonly PropertyKey[], data: unknown): Omit<Wording, 'message'> {
  const [list, index, field] = path;
  const kind = typeof list === 'string' ? KIND_OF[list] : undefined;
  if (!kind || typeof index !== 'number') {
    return { path: [...path], field: path.filter((part) => typeof part === 'string').join('.') || undefined };
  }
  const item = valueAt(data, [list as string, index]);
  const id = isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
  return { path: [...path], kind, id, field: typeof field === 'string' ? field : undefined };
}

/** How to mend a field whose value a rule of its own refused. */
function fixFor(field: string, value: unknown, path: readonly PropertyKey[] = []): string | undefined {
  if (path.at(-2) === 'archived' && field === 'date')
    return 'write the day the archive made the copy, as YYYY-MM-DD, or the moment, as YYYY-MM-DDTHH:MM:SSZ';
  if (field === 'id' && typeof value === 'string') {
    const mended = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return mended === value ? 'give one of the two annotations another id' : `write it as "${mended}"`;
  }
  if (field === 'url' || field === 'sameAs') return 'write the full address, starting with https://';
  if (['date', 'published', 'asOf'].includes(field))
    return 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows';
  return undefined;
}

/** One schema issue in words; an unknown field is one problem per field. */
export function schemaIssue(issue: z.core.$ZodIssue, data: unknown): Wording[] {
  const where = whereInNote(issue.path, data);
  const name = String(issue.path.at(-1) ?? '');
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(issue.path);
    return issue.keys.map((key) => {
      const guess = didYouMean(key, known);
      return {
        ...whereInNote([...issue.path, key], data),
        message: `unknown field \`${key}\``,
        fix: guess ? `did you mean \`${guess}\`?` : `the fields allowed here are: ${known.join(', ')}`,
      };
    });
  }
  const value = valueAt(data, issue.path);
  if (value === undefined || value === null) {
    return [{ ...where, message: `required field \`${name}\` is missing`, fix: `add \`${name}:\` here` }];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
    return [
      {
        ...where,
        message: `${name} ${shown(value)} is not one of ${allowed.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
        fix: guess ? `write \`${name}: ${guess}\`` : `write one of the values listed`,
      },
    ];
  }
  if (issue.code === 'invalid_type') {
    // A number refused where a number is expected can only be one YAML reads as infinite (`.inf`).
    const expected = issue.expected === 'number' && typeof value === 'number' ? 'a finite number' : issue.expected;
    return [
      {
        ...where,
        message: `expected ${expected}, received ${shown(value)}`,
        fix: `write \`${name}\` as ${expected.startsWith('a ') ? expected : `a ${expected}`}`,
      },
    ];
  }
  if (issue.code === 'too_small' && typeof value === 'string') {
    return [{ ...where, message: `\`${name}\` is empty`, fix: `write the ${name} here, or leave the field out` }];
  }
  // A rule's own message; the value goes in front where the message does not already quote it.
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const message =
    text !== undefined && issue.message.includes(text) ? issue.message : `${name} ${shown(value)}: ${issue.message}`;
  return [{ ...where, message, fix: fixFor(name, value, issue.path) }];
}

// --- Anchoring ------------------------------------------------------------------------------------------

const placeOf = (source: SearchableText, range: TextRange): string =>
  `paragraph ${runIndexAt(source.runs, range.start) + 1}`;

/** The words around a range, with the range itself in «». */
function inContext(source: SearchableText, range: TextRange): string {
  const run = source.runs[runIndexAt(source.runs, range.start)] as TextRange;
  const from = Math.max(run.start, range.start - CONTEXT);
  const to = Math.min(run.end, range.end + CONTEXT);
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  return (
    `${from > run.start ? '…' : ''}${flat(source.text.slice(from, range.start))}` +
    `«${flat(source.text.slice(range.start, range.end))}»` +
    `${flat(source.text.slice(range.end, to))}${to < run.end ? '…' : ''}`
  );
}

type Said = Omit<Wording, 'path' | 'kind' | 'id'>;

function notFound(source: SearchableText, annotation: AnchorRequest): Said {
  const wanted = foldQuote(annotation.quote);
  const names = [...new Set([annotation.quote, ...(annotation.names ?? [])])];
  if (annotation.type === 'party' && names.every((name) => findAll(source, foldQuote(name)).length === 0)) {
    return {
      field: 'quote',
      message: `the text never names this party: none of ${names.map(quoted).join(', ')} occurs in it`,
      fix: 'add the name the text uses to `aliases`, or set `quote` to the words that refer to it',
    };
  }
  const closest = closestPassage(source.folded, wanted);
  const lead = `quote ${quoted(annotation.quote)} was not found${annotation.type === 'party' ? ', so the party has no passage' : ''}`;
  if (!closest || closest.edits > Math.max(2, Math.ceil(wanted.length / 2))) {
    return {
      field: 'quote',
      message: `${lead}, and nothing in the text comes close`,
      fix: 'copy the words exactly from the text of the note',
    };
  }
  const found = source.folded.slice(closest.start, closest.end);
  const range = { start: source.origin[closest.start] as number, end: (source.origin[closest.end - 1] as number) + 1 };
  return {
    field: 'quote',
    message: `${lead}; closest: ${quoted(found)} (${placeOf(source, range)}), which differs as ${showDifference(wanted, found)}`,
    fix: `write quote: ${quoted(found)} if that is the passage meant, or correct the text`,
  };
}

function contextNotFound(source: SearchableText, annotation: AnchorRequest, candidates: TextRange[]): Said {
  const fields = (['prefix', 'suffix'] as const).filter((field) => annotation[field] !== undefined);
  const places = candidates.map((range) => `${placeOf(source, range)}: ${inContext(source, range)}`);
  const times = candidates.length === 1 ? 'once' : `${candidates.length} times`;
  return {
    field: fields.join(' and '),
    message: `quote ${quoted(annotation.quote)} occurs ${times}, but never with ${fields.map((field) => `${field} ${quoted(annotation[field] ?? '')}`).join(' and ')}: ${places.join('; ')}`,
    fix: `make the ${fields.join(' and ')} the exact words next to the quote, or remove ${fields.length > 1 ? 'them' : 'it'}`,
  };
}

function anchoringSaid(problem: AnchoringProblem, source: SearchableText): Said {
  const { annotation } = problem;
  switch (problem.problem) {
    case 'not-found':
      return notFound(source, annotation);
    case 'context-not-found':
      return contextNotFound(source, annotation, problem.candidates);
    case 'ambiguous':
      return {
        field: 'quote',
        message: `quote ${quoted(annotation.quote)} matches ${problem.matches.length} places: ${problem.matches.map((range, index) => `(${index + 1}) ${placeOf(source, range)}: ${inContext(source, range)}`).join('; ')}`,
        fix: 'add a prefix (the words just before the quote) or a suffix (just after) to choose one, or quote more words',
      };
    case 'overlap':
      return {
        field: 'quote',
        message: `its passage ${quoted(source.text.slice(problem.range.start, problem.range.end))} partly overlaps the passage of ${problem.other.type} "${problem.other.id}" (${quoted(source.text.slice(problem.otherRange.start, problem.otherRange.end))}) in ${placeOf(source, problem.range)}`,
        fix: 'passages may sit one inside the other but not cross: shorten or lengthen one of the quotes',
      };
    case 'id-taken':
      return {
        field: 'id',
        message: `id "${annotation.id}" is also the id of a heading (or other element) in the text, so its link would be ambiguous`,
        fix: `choose another id, e.g. "${annotation.id}-${annotation.type}"`,
      };
  }
}

/** An annotation that could not be anchored, in words, at the field of the frontmatter that has to change. */
export function anchoringProblem(problem: AnchoringProblem, source: SearchableText, data: unknown): Wording {
  const list = LIST_OF[problem.annotation.type];
  const items = valueAt(data, [list]);
  const index = Array.isArray(items)
    ? items.findIndex((item) => isRecord(item) && item['id'] === problem.annotation.id)
    : -1;
  const said = anchoringSaid(problem, source);
  const field = said.field?.split(' ')[0] || 'quote';
  return {
    ...said,
    kind: problem.annotation.type,
    id: problem.annotation.id,
    path: index >= 0 ? [list, index, field] : [],
  };
}

// --- Across notes ---------------------------------------------------------------------------------------

// The note file's own problems, and what only the notes together show, stand beside this module.
export * from './file-wording.ts';
export * from './across-notes-wording.ts';

/**
 * A careful reviewer's judgement of a note's drafts, from what the author keeps (a capture's .yaml in
 * tests/fixtures/quality-unseen/) and the labels the author reads as good (tests/fixtures/review-cost/): each
 * draft is accepted as it is, fixed (a value, a kind; a label or a role that is not good enough cleared, as both
 * may be left out) or rejected; and, once reviewed, how many of the annotations the author keeps the note
 * publishes. Matching is the suggestion-quality corpus's own (same words, same value and unit, same name and kind).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitNote } from '../../src/note-file/split-note.ts';
import { folded, sameUnit, sameWords } from '../quality/suggestion-quality.ts';

type Kind = 'party' | 'date' | 'figure';
export const LISTS = { party: 'parties', date: 'dates', figure: 'figures' } as const;

/** An annotation as the note's file has it. */
export interface Written {
  kind: Kind;
  id: string;
  fields: Record<string, unknown>;
}

interface Expected {
  dates: Array<{ quote: string; date: string | number }>;
  figures: Array<{ quote: string; value: number; unit: string }>;
  parties: Array<{ name: string; kind: string }>;
  'not-dates'?: string[];
}

/** The author's label of each expected date and figure (by its quote), and the suggested labels good as they are. */
interface Labels {
  dates: Record<string, { label: string; keep?: string[] }>;
  figures: Record<string, { label: string; keep?: string[] }>;
  /** Suggested roles good as they are; any other is cleared. */
  roles: string[];
}

/** What the reviewer does with a draft: accept it, fix some fields (`''`: clear one), or reject it. */
export type Verdict =
  | { do: 'accept' }
  | { do: 'fix'; fields: Record<string, string | number> }
  | { do: 'reject'; why: 'wrong' | 'duplicate' };

export interface Oracle {
  judge: (drafts: Written[]) => Map<string, Verdict>;
  /**
   * The keys it would take to write the author's own label on each published date and figure that has none: what
   * a review costs an author who wants every label in their words (reported, not played).
   */
  labelKeys: (annotations: Written[]) => number;
  /** Of the annotations the author keeps, those the note publishes (by kind), and those it does not. */
  published: (annotations: Written[]) => {
    found: Record<Kind, number>;
    expected: Record<Kind, number>;
    missed: string[];
  };
}

/** The note's annotations, drafts or not, as its file has them. */
export function annotationsIn(file: string): {
  annotations: Written[];
  rejected: unknown[];
  rest: Record<string, unknown>;
} {
  const split = splitNote(file);
  if (!split) throw new Error('the note has no frontmatter');
  const { parties, dates, figures, rejected, ...rest } = parse(split.yaml) as Record<string, unknown>;
  const of = (kind: Kind, list: unknown): Written[] =>
    ((list as Array<Record<string, unknown>> | undefined) ?? []).map(({ id, ...fields }) => ({
      kind,
      id: String(id),
      fields,
    }));
  return {
    annotations: [...of('party', parties), ...of('date', dates), ...of('figure', figures)],
    rejected: (rejected as unknown[] | undefined) ?? [],
    rest,
  };
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Candidates whose words are the draft's: the same words first, then the expected holding the draft's. */
function byWords<E extends { quote: string }>(expected: E[], quote: string): E[] {
  const rank = (e: E) => (folded(e.quote) === folded(quote) ? 0 : folded(e.quote).includes(folded(quote)) ? 1 : 2);
  return expected.filter((e) => sameWords(e.quote, quote)).sort((a, b) => rank(a) - rank(b));
}

export function oracleFor(expectedPath: string, labelsPath: string): Oracle {
  const expected = parse(readFileSync(expectedPath, 'utf8'), { schema: 'core' }) as Expected;
  const labels = parse(readFileSync(labelsPath, 'utf8')) as Labels;
  const partyNames = (fields: Record<string, unknown>): string[] =>
    [fields['name'], fields['quote'], ...((fields['aliases'] as string[] | undefined) ?? [])]
      .filter((name): name is string => typeof name === 'string')
      .map(folded);
  const partyOf = (fields: Record<string, unknown>) =>
    expected.parties.find((e) => partyNames(fields).includes(folded(e.name)));
  const isValue = (
    kind: 'date' | 'figure',
    e: Expected['dates'][number] | Expected['figures'][number],
    f: Record<string, unknown>,
  ) =>
    kind === 'date'
      ? text(f['date']) === text((e as Expected['dates'][number]).date)
      : f['value'] === (e as Expected['figures'][number]).value &&
        sameUnit(text(f['unit']), (e as Expected['figures'][number]).unit);

  /** The expected annotation a draft is about (its words), if any, and the fixes it needs to be that one. */
  function fixesOf(draft: Written): { key: string; fields: Record<string, string | number> } | undefined {
    const { kind, fields } = draft;
    if (kind === 'party') {
      const e = partyOf(fields);
      if (!e) return undefined;
      const fixes: Record<string, string> = {};
      if (fields['kind'] !== e.kind) fixes['kind'] = e.kind;
      const role = text(fields['role']);
      if (role && !labels.roles.includes(role)) fixes['role'] = '';
      return { key: `party ${e.name}`, fields: fixes };
    }
    const quote = text(fields['quote']);
    if (kind === 'date' && (expected['not-dates'] ?? []).some((words) => sameWords(words, quote))) return undefined;
    const list = kind === 'date' ? expected.dates : expected.figures;
    const candidates = byWords<Expected['dates'][number] | Expected['figures'][number]>(list, quote);
    const e = candidates.find((each) => isValue(kind, each, fields)) ?? candidates[0];
    if (!e) return undefined;
    const fixes: Record<string, string | number> = {};
    if (!isValue(kind, e, fields)) {
      if ('date' in e) fixes['date'] = text(e.date);
      else {
        if (fields['value'] !== e.value) fixes['value'] = e.value;
        if (!sameUnit(text(fields['unit']), e.unit)) fixes['unit'] = e.unit;
      }
    }
    const written = (kind === 'date' ? labels.dates : labels.figures)[e.quote];
    if (!written) throw new Error(`${labelsPath} has no label for "${e.quote}"`);
    // No label is better than a fragment: the pages then say the date or figure with the text's own words.
    const label = text(fields['label']);
    if (label && !(written.keep ?? []).includes(label)) fixes['label'] = '';
    return { key: `${kind} ${e.quote}`, fields: fixes };
  }

  /** Keys a fix takes in the form: a choice two clicks, text its characters (at least one, to clear it). */
  const cost = (fields: Record<string, string | number>): number =>
    Object.entries(fields).reduce(
      (sum, [name, value]) => sum + (name === 'kind' ? 2 : Math.max(1, String(value).length)),
      0,
    );

  return {
    judge(drafts) {
      const verdicts = new Map<string, Verdict>();
      // One annotation for each the author keeps: of several drafts for it, the one quickest to make right.
      const kept = new Map<string, { id: string; fields: Record<string, string | number> }>();
      for (const draft of drafts) {
        const fixes = fixesOf(draft);
        if (!fixes) {
          verdicts.set(draft.id, { do: 'reject', why: 'wrong' });
          continue;
        }
        const before = kept.get(fixes.key);
        if (before && cost(before.fields) <= cost(fixes.fields)) {
          verdicts.set(draft.id, { do: 'reject', why: 'duplicate' });
          continue;
        }
        if (before) verdicts.set(before.id, { do: 'reject', why: 'duplicate' });
        kept.set(fixes.key, { id: draft.id, fields: fixes.fields });
        verdicts.set(
          draft.id,
          Object.keys(fixes.fields).length === 0 ? { do: 'accept' } : { do: 'fix', fields: fixes.fields },
        );
      }
      return verdicts;
    },

    labelKeys(annotations) {
      return annotations
        .filter((annotation) => annotation.kind !== 'party' && !text(annotation.fields['label']))
        .reduce((sum, { kind, fields }) => {
          const e = byWords<{ quote: string }>(
            kind === 'date' ? expected.dates : expected.figures,
            text(fields['quote']),
          )[0];
          const written = e && (kind === 'date' ? labels.dates : labels.figures)[e.quote];
          return sum + (written ? written.label.length : 0);
        }, 0);
    },

    published(annotations) {
      const final = annotations.filter((annotation) => annotation.fields['draft'] !== true);
      const of = (kind: Kind) => final.filter((annotation) => annotation.kind === kind).map((each) => each.fields);
      const missed: string[] = [];
      const count = <E>(list: E[], found: (e: E) => boolean, show: (e: E) => string): number =>
        list.filter((e) => found(e) || (missed.push(show(e)), false)).length;
      return {
        expected: { party: expected.parties.length, date: expected.dates.length, figure: expected.figures.length },
        found: {
          party: count(
            expected.parties,
            (e) => of('party').some((f) => partyNames(f).includes(folded(e.name)) && f['kind'] === e.kind),
            (e) => `party ${e.name}`,
          ),
          date: count(
            expected.dates,
            (e) => of('date').some((f) => sameWords(e.quote, text(f['quote'])) && isValue('date', e, f)),
            (e) => `date "${e.quote}"`,
          ),
          figure: count(
            expected.figures,
            (e) => of('figure').some((f) => sameWords(e.quote, text(f['quote'])) && isValue('figure', e, f)),
            (e) => `figure "${e.quote}"`,
          ),
        },
        missed,
      };
    },
  };
}

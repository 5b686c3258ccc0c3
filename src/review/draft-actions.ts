/**
 * What makes reviewing many drafts quick: one action for all the drafts left, or for those the suggestions were
 * unsure of, and keys to go from draft to draft and accept, reject or edit each (`j`/`k`, `a`, `r`, `e`), so the
 * keyboard never has to tab through every annotation's buttons.
 */
import type { NoteEdit } from './note-edits.ts';
import { element } from './review-form.ts';

/** Below this, a draft is one the suggestions were unsure of. */
export const UNSURE_BELOW = 0.5;

export type DraftAction = 'accept' | 'reject' | 'edit';

export interface DraftActionsOptions {
  body: HTMLElement;
  /** A draft's confidence, where the suggestion gave one. */
  confidenceOf: (id: string) => number | undefined;
  /** Sends an edit of several drafts at once, saying what it did. */
  sendAll: (edit: Extract<NoteEdit, { ids: string[] }>, said: string) => void;
  /** Does one action on one draft; `next` is the draft the keyboard goes on to. */
  act: (id: string, action: DraftAction, next: string | undefined) => void;
}

const draftIds = (body: HTMLElement): string[] =>
  [...body.querySelectorAll<HTMLElement>('.gloss-draft[data-for]')].map((note) => note.dataset['for'] as string);

const plural = (count: number, one: string): string => `${count} ${one}${count === 1 ? '' : 's'}`;

/** Accept or reject every draft left, and reject the unsure ones, each in one action. */
export function bulkBar({ body, confidenceOf, sendAll }: DraftActionsOptions): HTMLElement | undefined {
  const ids = draftIds(body);
  if (ids.length === 0) return undefined;
  const unsure = ids.filter((id) => (confidenceOf(id) ?? 1) < UNSURE_BELOW);
  const button = (name: string, action: () => void): HTMLButtonElement => {
    const control = element('button', { type: 'button' }, name);
    control.addEventListener('click', action);
    return control;
  };
  return element(
    'p',
    { class: 'gloss-review-actions gloss-review-bulk', role: 'group', 'aria-label': 'All the drafts at once' },
    button(`Accept all ${plural(ids.length, 'draft')}`, () =>
      sendAll({ op: 'accept-all', ids }, `Accepted ${plural(ids.length, 'draft')}.`),
    ),
    button(`Reject all ${plural(ids.length, 'draft')}`, () =>
      sendAll({ op: 'reject-all', ids }, `Rejected ${plural(ids.length, 'draft')}.`),
    ),
    ...(unsure.length > 0 && unsure.length < ids.length
      ? [
          button(`Reject the ${plural(unsure.length, 'unsure draft')} (below ${UNSURE_BELOW * 100} %)`, () =>
            sendAll({ op: 'reject-all', ids: unsure }, `Rejected ${plural(unsure.length, 'unsure draft')}.`),
          ),
        ]
      : []),
  );
}

/** Typing in a field, or a dialog open: the keys are the author's text, not review's. */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.matches('input, textarea, select') ||
    target.closest('dialog') !== null ||
    document.querySelector('dialog[open]') !== null);

/** Review's keys; returns what takes them away again. */
export function draftKeys({ body, act }: DraftActionsOptions): () => void {
  const focusDraft = (id: string | undefined): void =>
    body.querySelector<HTMLElement>(`[id="${CSS.escape(id ?? '')}--note"] .gloss-review-actions button`)?.focus();
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    const key = event.key.toLowerCase();
    if (!['j', 'k', 'a', 'r', 'e'].includes(key)) return;
    const ids = draftIds(body);
    if (ids.length === 0) return;
    const current = (document.activeElement?.closest<HTMLElement>('.gloss-draft[data-for]')?.dataset['for'] ??
      undefined) as string | undefined;
    const at = current ? ids.indexOf(current) : -1;
    event.preventDefault();
    if (key === 'j') return focusDraft(ids[Math.min(at + 1, ids.length - 1)]);
    if (key === 'k') return focusDraft(ids[Math.max(at - 1, 0)]);
    const id = current ?? ids[0];
    if (!id) return;
    const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1];
    act(id, key === 'a' ? 'accept' : key === 'r' ? 'reject' : 'edit', next);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** What a draft's suggestion rests on, beside its buttons: "suggested, 70 % sure: named 4 times". */
export function evidenceOf(fields: Record<string, unknown>): HTMLElement | undefined {
  const confidence = typeof fields['confidence'] === 'number' ? fields['confidence'] : undefined;
  const evidence = typeof fields['evidence'] === 'string' ? fields['evidence'] : undefined;
  if (confidence === undefined && evidence === undefined) return undefined;
  const sure = confidence === undefined ? '' : `, ${Math.round(confidence * 100)} % sure`;
  return element('span', { class: 'gloss-review-evidence' }, `Suggested${sure}${evidence ? `: ${evidence}` : ''}`);
}

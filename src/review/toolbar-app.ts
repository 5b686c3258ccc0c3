/**
 * The review mode of a note's page under `npm run dev` (a dev toolbar app): Accept, Edit and Reject beside each
 * draft, Edit and Delete beside each annotation, and Party, Date and Figure for words selected in the text. Each
 * opens or sends an edit to the dev server (review-service.ts, through integrations/review-in-dev.ts), which checks
 * the note as it would be and writes it; the page shows the note as the notes loader rendered it anew, and Astro then reloads it.
 */
import { defineToolbarApp } from 'astro/toolbar';
import type { AnnotationKind, NoteEdit } from './note-edits.ts';
import { bulkBar, draftKeys, evidenceOf, type DraftAction } from './draft-actions.ts';
import { REVIEW_APP, REVIEW_ENDPOINT } from './review-app.ts';
import { element, openReviewForm } from './review-form.ts';
import type { ReviewReply, ReviewRequest } from './review-service.ts';
import { REVIEW_CSS } from './review-style.ts';
import { selectionBarFor } from './selection-bar.ts';

const APP = REVIEW_APP;
/** Review stays on across the reloads that show each change. */
const KEPT_ON = `${APP}:on`;
/** What the last save said, and of which annotation, kept across the reload that follows it. */
const LAST_SAVE = `${APP}:last-save`;
interface LastSave {
  slug: string;
  id: string;
  said: string;
  at: number;
}
/** The reload follows a save within a second or two; a last save older than this is not said again. */
const LAST_SAVE_MS = 10_000;
type Opened = Extract<ReviewReply, { op: 'open' }>;

export default defineToolbarApp({
  init(_canvas, app) {
    const slug = /\/notes\/([^/]+)\/$/.exec(location.pathname)?.[1];
    const body = document.querySelector<HTMLElement>('.note-body');
    /** One request, answered to this page alone (see integrations/review-in-dev.ts). */
    const ask = async (request: ReviewRequest): Promise<ReviewReply> => {
      try {
        const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${REVIEW_ENDPOINT}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        return (await response.json()) as ReviewReply;
      } catch {
        return { op: request.op, ok: false, problems: [{ message: 'the dev server did not answer: is it running?' }] };
      }
    };

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(REVIEW_CSS);
    let opened: Opened | undefined;
    let removeKeys = (): void => {};
    const added: Element[] = [];
    const editable: HTMLElement[] = [];
    const refuseInput = (event: Event): void => event.preventDefault();
    const status = element('p', { class: 'gloss-review-status', role: 'status', tabindex: '-1' });

    const say = (text: string): void => {
      status.textContent = text;
    };

    /** Sends an edit; a save done is said, and shown at once (`saved`: what to say, of which annotation). */
    async function send(
      edit: NoteEdit,
      op: 'check' | 'save',
      saved?: Pick<LastSave, 'id' | 'said'>,
    ): Promise<ReviewReply> {
      if (!opened || !slug) throw new Error('review is not open');
      const reply = await ask({ op, slug, seen: opened.seen, edit });
      if (reply.ok && 'seen' in reply) opened.seen = reply.seen;
      if (!reply.ok || reply.op !== 'save') return reply;
      if (saved) sessionStorage.setItem(LAST_SAVE, JSON.stringify({ slug, ...saved, at: Date.now() }));
      if (reply.html !== undefined && body) {
        // The note as the loader rendered it anew; Astro's own reload comes after, and shows the same.
        undecorate();
        body.innerHTML = reply.html;
        await enter();
      } else if (saved) say(saved.said);
      return reply;
    }

    /**
     * After a save (and after the reload that follows it), what it did is said again and the keyboard is back
     * where it was: on the annotation's first button, or on the status when the annotation is gone.
     */
    function restoreLastSave(left: string): boolean {
      const last = JSON.parse(sessionStorage.getItem(LAST_SAVE) ?? 'null') as LastSave | null;
      if (!last || last.slug !== slug || !body || Date.now() - last.at > LAST_SAVE_MS) return false;
      say(`${last.said} ${left}`);
      const note = body.querySelector(`[id="${CSS.escape(last.id)}--note"] .gloss-review-actions button`);
      (note instanceof HTMLElement ? note : status).focus();
      return true;
    }

    function openForm(kind: AnnotationKind, id: string, values: Record<string, unknown>, isNew: boolean): void {
      if (!opened) return;
      openReviewForm({
        kind,
        id,
        values,
        isNew,
        fields: opened.forms[kind],
        send: (edit, op) => send(edit, op, { id, said: `Saved ${id}.` }),
      });
    }

    /** Saves one edit of one annotation; the keyboard then goes on to `focus` (the next draft, say). */
    const saveOne = (edit: NoteEdit, id: string, said: string, focus = id): void =>
      void send(edit, 'save', { id: focus, said }).then((reply) => {
        if (!reply.ok) say(reply.problems.map((p) => p.message).join('; '));
      });
    /** One draft accepted, rejected or opened in the form, from its buttons or from the keys. */
    function onDraft(id: string, action: DraftAction, next?: string): void {
      const annotation = opened?.annotations[id];
      if (!annotation) return;
      if (action === 'edit') return openForm(annotation.kind, id, annotation.fields, false);
      const edit: NoteEdit = action === 'accept' ? { op: 'accept', id } : { op: 'reject', id };
      saveOne(edit, id, `${action === 'accept' ? 'Accepted' : 'Rejected'} ${id}.`, next ?? id);
    }

    function actionsFor(note: HTMLElement): HTMLElement | undefined {
      const id = note.dataset['for'];
      const annotation = id ? opened?.annotations[id] : undefined;
      if (!id || !annotation) return undefined;
      const button = (name: string, action: () => void): HTMLButtonElement => {
        const control = element('button', { type: 'button', 'aria-describedby': note.id }, name);
        control.addEventListener('click', action);
        return control;
      };
      const draft = note.classList.contains('gloss-draft');
      const buttons = draft
        ? [
            button('Accept', () => onDraft(id, 'accept')),
            button('Edit', () => onDraft(id, 'edit')),
            button('Reject', () => onDraft(id, 'reject')),
            ...[evidenceOf(annotation.fields)].filter((each) => each !== undefined),
          ]
        : [
            button('Edit', () => openForm(annotation.kind, id, annotation.fields, false)),
            button('Delete', () => saveOne({ op: 'delete', id }, id, `Deleted ${id}.`)),
          ];
      return element('p', { class: 'gloss-review-actions' }, ...buttons);
    }

    /** Party, Date and Figure for the words selected, just after their paragraph, next in the tab order. */
    const { bar: selectionBar, onSelection } = selectionBarFor(body, async (kind, selected) => {
      if (!slug) return;
      const reply = await ask({ op: 'prefill', slug, kind, selection: selected });
      if (!reply.ok || reply.op !== 'prefill') {
        say(reply.ok ? '' : reply.problems.map((p) => p.message).join('; '));
        return;
      }
      openForm(kind, reply.prefilled.id, reply.prefilled.fields, true);
    });

    async function enter(): Promise<void> {
      sessionStorage.setItem(KEPT_ON, '1');
      if (!slug || !body) return;
      const reply = await ask({ op: 'open', slug });
      if (!reply.ok || reply.op !== 'open') {
        say(reply.ok ? '' : reply.problems.map((p) => p.message).join('; '));
        return;
      }
      opened = reply;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      body.before(status);
      added.push(status);
      const draftActions = {
        body,
        confidenceOf: (id: string) => {
          const confidence = opened?.annotations[id]?.fields['confidence'];
          return typeof confidence === 'number' ? confidence : undefined;
        },
        sendAll: (edit: Extract<NoteEdit, { ids: string[] }>, said: string) =>
          void send(edit, 'save', { id: '', said }).then((reply) => {
            if (!reply.ok) say(reply.problems.map((p) => p.message).join('; '));
          }),
        act: onDraft,
      };
      const bulk = bulkBar(draftActions);
      if (bulk) {
        status.after(bulk);
        added.push(bulk);
      }
      removeKeys = draftKeys(draftActions);
      // On a phone every note opens under its line, with its buttons: reviewing is reading them all.
      for (const open of body.querySelectorAll<HTMLElement>('.gloss-open:not(:popover-open)')) open.showPopover();
      for (const note of body.querySelectorAll<HTMLElement>('.gloss[data-for]')) {
        const actions = actionsFor(note);
        if (actions) {
          note.append(actions);
          added.push(actions);
        }
      }
      // The text's blocks take a caret, so words are selected with Shift and the arrows as well as the pointer;
      // nothing typed there changes them (beforeinput is cancelled), and Tab goes on to Party, Date and Figure.
      for (const block of body.querySelectorAll<HTMLElement>(':scope > :not(aside)')) {
        block.contentEditable = 'true';
        block.spellcheck = false;
        block.setAttribute('aria-readonly', 'true');
        editable.push(block);
      }
      body.addEventListener('beforeinput', refuseInput);
      const drafts = body.querySelectorAll('.gloss-draft').length;
      const left = `${drafts} draft${drafts === 1 ? '' : 's'} to review.`;
      const keys = drafts > 0 ? ' Keys: j and k go from draft to draft, a accepts, r rejects, e edits.' : '';
      if (!restoreLastSave(left)) say(`Review mode: ${left}${keys} Select words in the text to annotate them.`);
      document.addEventListener('selectionchange', onSelection);
    }

    function leave(): void {
      sessionStorage.removeItem(KEPT_ON);
      sessionStorage.removeItem(LAST_SAVE);
      undecorate();
    }

    /** The page as it was before review: no buttons, no caret, no status. */
    function undecorate(): void {
      for (const block of editable.splice(0)) {
        block.removeAttribute('contenteditable');
        block.removeAttribute('spellcheck');
        block.removeAttribute('aria-readonly');
      }
      body?.removeEventListener('beforeinput', refuseInput);
      removeKeys();
      document.removeEventListener('selectionchange', onSelection);
      for (const node of added.splice(0)) node.remove();
      selectionBar.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
      opened = undefined;
    }

    app.onToggled(({ state }) => (state ? void enter() : leave()));
    if (sessionStorage.getItem(KEPT_ON)) app.toggleState({ state: true });
  },
});

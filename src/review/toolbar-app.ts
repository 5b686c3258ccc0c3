/**
 * The review mode of a note's page under `npm run dev` (a dev toolbar app): Accept, Edit and Reject beside each
 * draft, Edit and Delete beside each annotation, and Party, Date and Figure for words selected in the text. Each
 * opens or sends an edit to the dev server (review-service.ts), which checks the note as it would be and writes
 * it; the page reloads with the change once the notes loader has it.
 */
import { defineToolbarApp } from 'astro/toolbar';
import type { FormField } from './form-fields.ts';
import type { AnnotationKind, FieldValue, NoteEdit } from './note-edits.ts';
import type { ReviewProblem, ReviewReply, ReviewRequest } from './review-service.ts';
import { REVIEW_CSS } from './review-style.ts';

const APP = 'gloss-review';
/** Review stays on across the reloads that show each change. */
const KEPT_ON = `${APP}:on`;
type Opened = Extract<ReviewReply, { op: 'open' }>;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function problemList(problems: readonly ReviewProblem[]): HTMLElement {
  const list = element('ul', { class: 'gloss-review-problems' });
  for (const problem of problems)
    list.append(element('li', {}, problem.message, problem.fix ? ` (fix: ${problem.fix})` : ''));
  return list;
}

/** The value a field sends: empty is "take it out"; a number stays a number where the file had one. */
function valueOf(field: FormField, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, was: unknown) {
  if (field.input === 'checkbox') return (input as HTMLInputElement).checked || undefined;
  const text = input.value.trim();
  if (text === '') return undefined;
  if (field.input === 'number') return Number(text.replaceAll(',', ''));
  if (field.input === 'list')
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return typeof was === 'number' && /^-?\d+$/.test(text) ? Number(text) : text;
}

function inputFor(
  field: FormField,
  id: string,
  value: unknown,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const common = { id, name: field.name };
  if (field.input === 'choice') {
    const select = element('select', common);
    for (const option of field.options ?? []) select.append(element('option', { value: option }, option));
    select.value = typeof value === 'string' ? value : (field.options?.[0] ?? '');
    return select;
  }
  if (field.input === 'checkbox') {
    const box = element('input', { ...common, type: 'checkbox' });
    box.checked = value === true;
    return box;
  }
  if (field.input === 'list' || field.input === 'long-text') {
    const area = element('textarea', { ...common, rows: field.input === 'list' ? '3' : '2' });
    area.value = Array.isArray(value) ? value.join('\n') : value === undefined ? '' : String(value);
    return area;
  }
  const input = element('input', { ...common, type: field.input === 'number' ? 'text' : 'text' });
  if (field.input === 'number') input.inputMode = 'decimal';
  input.value = value === undefined || value === null ? '' : String(value);
  return input;
}

export default defineToolbarApp({
  init(_canvas, app, server) {
    const slug = /\/notes\/([^/]+)\/$/.exec(location.pathname)?.[1];
    const body = document.querySelector<HTMLElement>('.note-body');
    const waiting = new Map<number, (reply: ReviewReply) => void>();
    let next = 1;
    server.on<ReviewReply & { request: number }>(`${APP}:reply`, ({ request, ...reply }) => {
      waiting.get(request)?.(reply as ReviewReply);
      waiting.delete(request);
    });
    const ask = (request: ReviewRequest): Promise<ReviewReply> =>
      new Promise((resolve) => {
        const request_ = next++;
        waiting.set(request_, resolve);
        server.send(`${APP}:request`, { ...request, request: request_ });
      });

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(REVIEW_CSS);
    let opened: Opened | undefined;
    const added: Element[] = [];
    const editable: HTMLElement[] = [];
    const refuseInput = (event: Event): void => event.preventDefault();
    const status = element('p', { class: 'gloss-review-status', role: 'status' });

    const say = (text: string): void => {
      status.textContent = text;
    };

    async function send(edit: NoteEdit, op: 'check' | 'save' = 'save'): Promise<ReviewReply> {
      if (!opened || !slug) throw new Error('review is not open');
      const reply = await ask({ op, slug, seen: opened.seen, edit });
      if (reply.ok && 'seen' in reply) opened.seen = reply.seen;
      return reply;
    }

    /** The form of one annotation, new or not. Escape (the dialog's own) closes it, writing nothing. */
    function openForm(kind: AnnotationKind, id: string, values: Record<string, unknown>, isNew: boolean): void {
      if (!opened) return;
      const fields = opened.forms[kind];
      const title = `${isNew ? 'New' : 'Edit'} ${kind}: ${id}`;
      const dialog = element('dialog', { class: 'gloss-review-form', 'aria-labelledby': `${APP}-title` });
      const form = element('form', { method: 'dialog' });
      const problems = element('div', { class: 'gloss-review-alert', id: `${APP}-problems`, role: 'alert' });
      const inputs = new Map<FormField, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
      form.append(element('h2', { id: `${APP}-title` }, title));
      for (const field of fields) {
        const inputId = `${APP}-field-${field.name}`;
        const input = inputFor(field, inputId, values[field.name]);
        inputs.set(field, input);
        const hint = field.input === 'list' ? element('span', { class: 'gloss-review-hint' }, ' (one a line)') : '';
        const label = element('label', { for: inputId }, field.label, field.required ? ' (required)' : '', hint);
        form.append(element('p', { class: `gloss-review-field gloss-review-${field.input}` }, label, input));
      }
      const save = element('button', { type: 'submit', value: 'save' }, 'Save');
      const cancel = element('button', { type: 'button' }, 'Cancel');
      form.append(problems, element('p', { class: 'gloss-review-buttons' }, save, cancel));
      dialog.append(form);
      document.body.append(dialog);
      const edit = (): NoteEdit => ({
        op: 'save',
        kind,
        id,
        fields: Object.fromEntries(
          [...inputs].map(([field, input]) => [field.name, valueOf(field, input, values[field.name])]),
        ) as Record<string, FieldValue>,
      });
      const show = (reply: ReviewReply): void => {
        problems.replaceChildren(...(reply.ok ? [] : [problemList(reply.problems)]));
        // A field the check refuses says so, and points at what the check said.
        const refused = new Set(reply.ok ? [] : reply.problems.map((problem) => problem.field));
        for (const [field, input] of inputs) {
          if (refused.has(field.name)) {
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', problems.id);
          } else {
            input.removeAttribute('aria-invalid');
            input.removeAttribute('aria-describedby');
          }
        }
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      form.addEventListener('input', () => {
        clearTimeout(timer);
        // What the check would refuse, shown while the author types; nothing is written.
        timer = setTimeout(() => void send(edit(), 'check').then(show), 300);
      });
      cancel.addEventListener('click', () => dialog.close());
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        clearTimeout(timer);
        void send(edit()).then((reply) => {
          show(reply);
          if (!reply.ok) return;
          dialog.close();
          say(`Saved ${id}; the page shows it in a moment.`);
        });
      });
      dialog.addEventListener('close', () => dialog.remove());
      dialog.showModal();
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
      const act = (edit: NoteEdit, done: string) => () =>
        void send(edit).then((reply) => say(reply.ok ? done : reply.problems.map((p) => p.message).join('; ')));
      const edit = button('Edit', () => openForm(annotation.kind, id, annotation.fields, false));
      const buttons = note.classList.contains('gloss-draft')
        ? [
            button('Accept', act({ op: 'accept', id }, `Accepted ${id}.`)),
            edit,
            button('Reject', act({ op: 'reject', id }, `Rejected ${id}.`)),
          ]
        : [edit, button('Delete', act({ op: 'delete', id }, `Deleted ${id}.`))];
      return element('p', { class: 'gloss-review-actions' }, ...buttons);
    }

    /** Party, Date and Figure for the words selected, just after their paragraph, next in the tab order. */
    const selectionBar = element('div', {
      class: 'gloss-review-selection',
      role: 'group',
      'aria-label': 'Annotate the selected words',
    });
    for (const kind of ['party', 'date', 'figure'] as const) {
      const name = kind.charAt(0).toUpperCase() + kind.slice(1);
      const control = element('button', { type: 'button' }, name);
      control.addEventListener('mousedown', (event) => event.preventDefault());
      control.addEventListener('click', () => void annotateSelection(kind));
      selectionBar.append(control);
    }
    let selected: { quote: string; before: string; after: string } | undefined;

    async function annotateSelection(kind: AnnotationKind): Promise<void> {
      if (!slug || !selected) return;
      const reply = await ask({ op: 'prefill', slug, kind, selection: selected });
      if (!reply.ok || reply.op !== 'prefill') {
        say(reply.ok ? '' : reply.problems.map((p) => p.message).join('; '));
        return;
      }
      openForm(kind, reply.prefilled.id, reply.prefilled.fields, true);
    }

    function onSelection(): void {
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      const within = (node: Node): boolean =>
        !!body?.contains(node) &&
        !(node instanceof Element ? node : node.parentElement)?.closest('aside, .gloss-review-selection');
      if (!range || range.collapsed || !body || !within(range.startContainer) || !within(range.endContainer)) {
        if (!selectionBar.contains(document.activeElement)) selectionBar.remove();
        return;
      }
      const block = [...body.children].find((child) => child.contains(range.startContainer));
      if (!block) return;
      const part = (from: Node, fromOffset: number, to: Node, toOffset: number): string => {
        const piece = document.createRange();
        piece.setStart(from, fromOffset);
        piece.setEnd(to, toOffset);
        return piece.toString();
      };
      selected = {
        quote: range.toString(),
        before: part(block, 0, range.startContainer, range.startOffset).slice(-80),
        after: part(range.endContainer, range.endOffset, block, block.childNodes.length).slice(0, 80),
      };
      if (selectionBar.previousElementSibling !== block) block.after(selectionBar);
    }

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
      say(
        `Review mode: ${drafts} draft${drafts === 1 ? '' : 's'} to review. Select words in the text to annotate them.`,
      );
      document.addEventListener('selectionchange', onSelection);
    }

    function leave(): void {
      sessionStorage.removeItem(KEPT_ON);
      for (const block of editable.splice(0)) {
        block.removeAttribute('contenteditable');
        block.removeAttribute('spellcheck');
        block.removeAttribute('aria-readonly');
      }
      body?.removeEventListener('beforeinput', refuseInput);
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

/**
 * The review form of one annotation, new or not, in a modal dialog: a labelled field for each field of its kind
 * (from the note schema: see form-fields.ts), what the check would refuse shown while the author types, Save and
 * Cancel. Escape (the dialog's own) closes it, writing nothing.
 */
import type { FormField } from './form-fields.ts';
import { REVIEW_APP } from './review-app.ts';
import type { AnnotationKind, FieldValue, NoteEdit } from './note-edits.ts';
import type { ReviewProblem, ReviewReply } from './review-service.ts';

const APP = REVIEW_APP;

/** An element of the page, with its attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
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

/**
 * The value a field sends: empty is `null`, "take it out" (JSON would drop an undefined one, and the field would
 * be left as it was); a number stays a number where the file had one.
 */
function valueOf(field: FormField, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, was: unknown) {
  if (field.input === 'checkbox') return (input as HTMLInputElement).checked || null;
  const text = input.value.trim();
  if (text === '') return null;
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

/** The form of one annotation, new or not. Escape (the dialog's own) closes it, writing nothing. */
export function openReviewForm(options: {
  kind: AnnotationKind;
  id: string;
  values: Record<string, unknown>;
  isNew: boolean;
  fields: readonly FormField[];
  /** Sends the edit to the dev server: to check it only, or to save it (which says so, and shows it). */
  send: (edit: NoteEdit, op: 'check' | 'save') => Promise<ReviewReply>;
}): void {
  const { kind, id, values, isNew, fields, send } = options;
  const title = `${isNew ? 'New' : 'Edit'} ${kind}: ${id}`;
  const dialog = element('dialog', { class: 'gloss-review-form', 'aria-labelledby': `${APP}-title` });
  const form = element('form', { method: 'dialog' });
  const problems = element('div', { class: 'gloss-review-alert', id: `${APP}-problems`, role: 'alert' });
  const inputs = new Map<FormField, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
  form.append(element('h2', { id: `${APP}-title` }, title));
  // The id is the passage's address (#id): changed here, the check refuses one taken or malformed, and a
  // published one is kept among the annotation's former ids, so its links still land.
  const idInput = element('input', { id: `${APP}-field-id`, name: 'id', type: 'text', spellcheck: 'false' });
  idInput.value = id;
  form.append(
    element(
      'p',
      { class: 'gloss-review-field gloss-review-text' },
      element('label', { for: idInput.id }, 'Id', element('span', { class: 'gloss-review-hint' }, ' (the link: #id)')),
      idInput,
    ),
  );
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
    id: isNew ? idInput.value.trim() || id : id,
    ...(!isNew && idInput.value.trim() && idInput.value.trim() !== id ? { newId: idInput.value.trim() } : {}),
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
    void send(edit(), 'save').then((reply) => {
      show(reply);
      if (reply.ok) dialog.close();
    });
  });
  dialog.addEventListener('close', () => dialog.remove());
  dialog.showModal();
}

/** Review's edits to a note file: only the lines of the annotation touched change, everything else byte for byte. */
import { describe, expect, test } from 'vitest';
import { editNote } from '../../src/review/note-edits.ts';

const NOTE = [
  '---',
  '# A comment the author keeps',
  "title: 'A deal'",
  'tags: [cloud, chips]',
  'parties:',
  '  - id: openai',
  '    name: OpenAI # the lab',
  '    kind: organization',
  '    aliases: [the lab]',
  'dates:',
  '  - id: in-may',
  '    date: 2025-05',
  '    label: The talks began',
  '    quote: in May',
  '    draft: true',
  'figures:',
  '  - id: ten-billion',
  '    value: 10000000000',
  '    unit: USD',
  '    label: Revenue run rate',
  '    quote: $10 billion',
  '    draft: true',
  '---',
  '',
  'OpenAI began talks in May.  ',
  'Its run rate is $10 billion.',
  '',
].join('\n');

/** The lines of `after` that are not in `before`, and those of `before` gone from `after`, in order. */
function diff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

describe('editNote', () => {
  test('accepting a draft takes out its draft line alone', () => {
    expect(diff(NOTE, editNote(NOTE, { op: 'accept', id: 'in-may' }))).toEqual({
      removed: ['    draft: true'],
      added: [],
    });
  });

  test('rejecting a draft removes it and records its words under rejected', () => {
    const after = editNote(NOTE, { op: 'reject', id: 'ten-billion' });
    expect(after).not.toContain('id: ten-billion');
    expect(after).toContain('rejected:\n  - type: figure\n    quote: $10 billion\n---');
    // Everything before the figures is as it was, the text too.
    expect(after.startsWith(NOTE.slice(0, NOTE.indexOf('figures:')))).toBe(true);
    expect(after.endsWith(NOTE.slice(NOTE.indexOf('---\n\nOpenAI')))).toBe(true);
  });

  test('a second rejection joins the first; a list left empty says so', () => {
    const once = editNote(NOTE, { op: 'reject', id: 'ten-billion' });
    const twice = editNote(once, { op: 'reject', id: 'in-may' });
    expect(twice).toContain('dates: []\nfigures: []\nrejected:\n  - type: figure\n    quote: $10 billion\n');
    expect(twice).toContain('  - type: date\n    quote: in May\n---');
  });

  test('saving changes the fields changed, keeps the others as written, and marks the annotation reviewed', () => {
    const after = editNote(NOTE, {
      op: 'save',
      kind: 'date',
      id: 'in-may',
      fields: { date: '2025-05-14', label: 'The talks began', quote: 'in May', basis: '' },
    });
    expect(diff(NOTE, after)).toEqual({
      removed: ['    date: 2025-05', '    label: The talks began', '    quote: in May', '    draft: true'],
      added: ['    date: 2025-05-14', '    label: The talks began', '    quote: in May'],
    });
  });

  test('a field the annotation did not have goes where the form puts it, not after its last line', () => {
    const unlabelled = NOTE.replace('    label: The talks began\n', '');
    const after = editNote(unlabelled, {
      op: 'save',
      kind: 'date',
      id: 'in-may',
      fields: { date: '2025-05', label: 'The talks began', approximate: false, basis: '', quote: 'in May' },
    });
    expect(after).toContain(
      '    date: 2025-05\n    label: The talks began\n    approximate: false\n    quote: in May\n',
    );
  });

  test('a flow list saved unchanged stays a flow list, and comments stay', () => {
    const after = editNote(NOTE, {
      op: 'save',
      kind: 'party',
      id: 'openai',
      fields: { name: 'OpenAI', kind: 'organization', aliases: ['the lab'], role: 'The maker of ChatGPT' },
    });
    expect(diff(NOTE, after)).toEqual({ removed: [], added: ['    role: The maker of ChatGPT'] });
  });

  test('a new annotation goes at the end of its list', () => {
    const after = editNote(NOTE, {
      op: 'save',
      kind: 'party',
      id: 'google-cloud',
      fields: { name: 'Google Cloud', kind: 'organization', role: null },
    });
    expect(diff(NOTE, after)).toEqual({
      removed: [],
      added: ['  - id: google-cloud', '    name: Google Cloud', '    kind: organization'],
    });
  });

  test('line endings, a byte-order mark and the text are kept byte for byte', () => {
    const crlf = `\uFEFF${NOTE.replaceAll('\n', '\r\n')}`;
    const after = editNote(crlf, { op: 'accept', id: 'in-may' });
    expect(after).toBe(crlf.replace('    draft: true\r\n', ''));
  });

  test('an annotation the note no longer has is refused, saying so', () => {
    expect(() => editNote(NOTE, { op: 'reject', id: 'gone' })).toThrow('the note has no annotation "gone"');
  });

  test('all the drafts named are accepted, or rejected and recorded, in one edit', () => {
    const accepted = editNote(NOTE, { op: 'accept-all', ids: ['in-may', 'ten-billion'] });
    expect(accepted).toBe(NOTE.replaceAll('    draft: true\n', ''));
    const rejected = editNote(NOTE, { op: 'reject-all', ids: ['in-may', 'ten-billion'] });
    expect(rejected).toContain('dates: []\nfigures: []\nrejected:\n  - type: date\n    quote: in May\n');
    expect(rejected).toContain('  - type: figure\n    quote: $10 billion\n---');
    expect(() => editNote(NOTE, { op: 'accept-all', ids: ['openai'] })).toThrow('"openai" is no draft');
  });

  test('accepting takes out what the suggestion said of itself: its confidence and evidence', () => {
    const suggested = NOTE.replace(
      '    draft: true\n',
      '    draft: true\n    confidence: 0.7\n    evidence: named twice\n',
    );
    expect(editNote(suggested, { op: 'accept', id: 'in-may' })).toBe(NOTE.replace('    draft: true\n', ''));
  });

  test('an id changed in the form: a published one is kept among the former ids, a new one is not', () => {
    const save = { op: 'save', kind: 'party', id: 'openai', newId: 'open-ai', fields: {} } as const;
    expect(editNote(NOTE, save, { published: () => true })).toBe(
      NOTE.replace('  - id: openai\n', '  - id: open-ai\n').replace(
        '    aliases: [the lab]\n',
        '    aliases: [the lab]\n    formerIds:\n      - openai\n',
      ),
    );
    expect(diff(NOTE, editNote(NOTE, save, { published: () => false }))).toEqual({
      removed: ['  - id: openai'],
      added: ['  - id: open-ai'],
    });
    expect(() => editNote(NOTE, { ...save, newId: 'in-may' })).toThrow(
      'another annotation of the note has the id "in-may"',
    );
  });

  test('a draft saved with other words is not suggested again for the words it was suggested for', () => {
    const after = editNote(NOTE, {
      op: 'save',
      kind: 'date',
      id: 'in-may',
      fields: { quote: 'talks in May', date: '2025-05', label: 'The talks began' },
    });
    expect(after).toContain('    quote: talks in May\n');
    expect(after).toContain('rejected:\n  - type: date\n    quote: in May\n');
  });
});

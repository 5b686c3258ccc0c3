import { describe, expect, test } from 'vitest';
import { noteSchema } from '../../src/schemas/note.ts';

const valid = {
  title: 'A note',
  source: { publisher: 'Example News', url: 'https://example.org/a', published: '2025-06' },
  parties: [{ id: 'openai', name: 'OpenAI', kind: 'organization' }],
  dates: [{ id: 'deal', date: '2025-05', label: 'Deal closed', quote: 'in May' }],
  figures: [{ id: 'revenue', value: 10e9, unit: 'USD', label: 'Revenue', quote: '$10 billion' }],
};

const issuesOf = (input: unknown) => {
  const result = noteSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('noteSchema', () => {
  test('normalises a valid note into one canonical shape', () => {
    const note = noteSchema.parse(valid);
    expect(note.parties[0]).toMatchObject({ type: 'party', quote: 'OpenAI', aliases: [] });
    expect(note.dates[0]).toMatchObject({
      type: 'date',
      approximate: false,
      date: { iso: '2025-05', precision: 'month' },
    });
    expect(note.figures[0]).toMatchObject({ type: 'figure', value: 10_000_000_000 });
    expect(note.tags).toEqual([]);
  });

  test('reads unquoted YAML dates as the author wrote them', () => {
    const note = noteSchema.parse({
      ...valid,
      source: { published: new Date(Date.UTC(2025, 5, 11)) },
      dates: [{ id: 'year', date: 2025, label: 'That year', quote: 'this year' }],
    });
    expect(note.source?.published).toMatchObject({ iso: '2025-06-11', precision: 'day' });
    expect(note.dates[0]?.date).toMatchObject({ iso: '2025', precision: 'year' });
  });

  test('rejects unknown fields, missing fields and wrong types, each at its path', () => {
    const issues = issuesOf({
      title: 'x',
      parties: [{ id: 'a', name: 'A', kind: 'company', qoute: 'A' }],
      dates: [{ id: 'b', date: '2025-02-30', quote: 'then' }],
      figures: [{ id: 'c', value: '10', unit: 'usd', label: 'L', quote: 'q' }],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'parties.0.kind', message: expect.stringContaining('organization') },
        { path: 'parties.0', message: expect.stringContaining('qoute') },
        { path: 'dates.0.date', message: expect.stringContaining('does not exist') },
        { path: 'figures.0.value', message: expect.stringContaining('expected number') },
        { path: 'figures.0.unit', message: 'money units are ISO 4217 codes in capitals: write "USD", not "usd"' },
      ]),
    );
  });

  test('a date or figure may have no label: the pages say it with the words of its passage', () => {
    const issues = issuesOf({
      title: 'x',
      dates: [{ id: 'b', date: '2025-02', quote: 'in February' }],
      figures: [{ id: 'c', value: 10, unit: 'USD', quote: '$10' }],
    });
    expect(issues).toEqual([]);
    expect(issuesOf({ title: 'x', dates: [{ id: 'b', date: '2025-02', quote: 'then', label: ' ' }] })).toEqual([
      { path: 'dates.0.label', message: expect.any(String) },
    ]);
  });

  test('rejects ids that are not lowercase-hyphenated or are used twice', () => {
    const issues = issuesOf({
      title: 'x',
      parties: [{ id: 'Open_AI', name: 'A', kind: 'other' }],
      dates: [{ id: 'same', date: '2025', label: 'l', quote: 'q' }],
      figures: [{ id: 'same', value: 1, unit: 'x', label: 'l', quote: 'q' }],
    });
    expect(issues).toEqual([
      { path: 'parties.0.id', message: expect.stringContaining('lowercase letters') },
      { path: 'figures.0.id', message: expect.stringContaining('already used by dates[0]') },
    ]);
  });

  test('accepts only absolute http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://example.org']) {
      expect(issuesOf({ title: 'x', source: { url } })).toEqual([
        { path: 'source.url', message: expect.stringContaining('absolute http(s) URL') },
      ]);
    }
  });

  test('rejects a figure value that is not a finite number', () => {
    for (const value of [Infinity, Number.NaN]) {
      expect(issuesOf({ ...valid, figures: [{ ...valid.figures[0], value }] })).toHaveLength(1);
    }
  });
});

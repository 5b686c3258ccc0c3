/**
 * The note checker on one fixture note per kind of mistake (tests/fixtures/bad-notes): each problem is reported
 * with its file, line, annotation, field and fix, all of them in one run.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { noteChecker } from '../../src/check/check-note.ts';
import { checkNotes } from '../../src/check/check-notes.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { notesIn } from '../notes.ts';
import { formatReport, type CheckResult, type LocatedProblem } from '../../src/check/report.ts';
import { defaultSite } from '../support/default-site.ts';

const FOLDER = 'tests/fixtures/bad-notes';
let result: CheckResult;
beforeAll(async () => {
  result = await checkNotes(FOLDER, defaultSite, { lock: null });
});

const problemsOf = (name: string): LocatedProblem[] =>
  result.problems.filter((problem) => problem.file === `${FOLDER}/${name}.md`);

describe('the note checker', () => {
  test('reports every problem of every note in one run, and nothing else', () => {
    expect(result.notes).toBe(14);
    expect(new Set(result.problems.map((problem) => problem.file)).size).toBe(13);
  });

  test('a quote that is not in the text: the closest passage, the difference, the paragraph', () => {
    expect(problemsOf('quote-not-found')).toEqual([
      {
        file: `${FOLDER}/quote-not-found.md`,
        line: 8,
        kind: 'figure',
        id: 'run-rate',
        field: 'quote',
        message:
          'quote "$10 billon" was not found; closest: "$10 billion" (paragraph 1), which differs as $10 bill{+i+}on',
        fix: 'write quote: "$10 billion" if that is the passage meant, or correct the text',
      },
    ]);
  });

  test('a quote that matches several places: each place in context, and how to narrow it', () => {
    const [problem] = problemsOf('quote-ambiguous');
    expect(problem).toMatchObject({ line: 7, kind: 'date', id: 'signing', field: 'quote' });
    expect(problem?.message).toContain(
      'matches 2 places: (1) paragraph 1: … of $10 billion in June 2025. «In May», OpenAI',
    );
    expect(problem?.message).toContain('(2) paragraph 1: …y, OpenAI signed with Google. «In May», Google signed too.');
    expect(problem?.fix).toMatch(/add a prefix .* or a suffix/);
  });

  test('a prefix or suffix that matches nothing: what does stand around the quote', () => {
    expect(problemsOf('prefix-not-found')).toMatchObject([
      { line: 8, id: 'signing', field: 'prefix', message: expect.stringContaining('never with prefix "Back in"') },
      { line: 13, id: 'google-signs', field: 'suffix', message: expect.stringContaining('«Google» signed too.') },
    ]);
  });

  test('a party whose name and aliases never occur', () => {
    expect(problemsOf('party-never-named')).toMatchObject([
      {
        line: 4,
        kind: 'party',
        id: 'microsoft',
        message: 'the text never names this party: none of "Microsoft", "MSFT" occurs in it',
      },
    ]);
  });

  test('unknown, missing and mistyped fields', () => {
    expect(problemsOf('unknown-field')).toMatchObject([
      {
        line: 4,
        id: 'signing',
        field: 'quote',
        message: 'required field `quote` is missing',
        fix: 'add `quote:` here',
      },
      { line: 7, id: 'signing', field: 'qoute', message: 'unknown field `qoute`', fix: 'did you mean `quote`?' },
      { line: 10, id: 'run-rate', field: 'value', message: 'expected number, received "ten billion"' },
    ]);
  });

  test('ids that are malformed, used twice, or taken by a heading', () => {
    expect(problemsOf('bad-ids')).toMatchObject([
      { line: 4, kind: 'party', id: 'Open_AI', field: 'id', fix: 'write it as "open-ai"' },
      {
        line: 11,
        kind: 'figure',
        id: 'google',
        message: expect.stringContaining('already used by parties[1]'),
        fix: 'give one of the two annotations another id',
      },
      { line: 17, kind: 'date', id: 'the-deal', message: expect.stringContaining('also the id of a heading') },
    ]);
  });

  test('dates that do not exist or are not ISO 8601, non-finite figures, money in the wrong case, bad URLs', () => {
    expect(problemsOf('bad-values')).toMatchObject([
      { line: 4, field: 'source.url', message: expect.stringContaining('absolute http(s) URL') },
      { line: 5, field: 'source.published', message: '"2025-02-30" does not exist: 2025-02 has days 01 to 28' },
      {
        line: 8,
        id: 'announcement',
        message:
          '"2025-13" has month 13; months run from 01 to 12 (21 to 32 are seasons, 33 to 36 quarters, 37 to 39 thirds, 40 and 41 halves of the year)',
      },
      { line: 12, id: 'signing', message: expect.stringContaining('"May 2025" is not an ISO 8601 date') },
      { line: 17, id: 'run-rate', field: 'value', message: 'expected a finite number, received Infinity' },
      {
        line: 18,
        id: 'run-rate',
        field: 'unit',
        message: 'money units are ISO 4217 codes in capitals: write "USD", not "usd"',
      },
    ]);
  });

  test('an archived copy: its address, its date and its fields, each quoted as written with its mend', () => {
    expect(problemsOf('bad-archive')).toEqual([
      expect.objectContaining({
        line: 6,
        field: 'source.archived.url',
        message: expect.stringContaining('"web.archive.org/web/20250611093000/https://example.org/article"'),
        fix: 'write the full address, starting with https://',
      }),
      expect.objectContaining({
        line: 7,
        field: 'source.archived.date',
        message:
          '"2025-06" is not a full date: write the day the copy was made, as 2025-06-11, or the moment as 2025-06-11T09:30:00Z',
        fix: 'write the day the archive made the copy, as YYYY-MM-DD, or the moment, as YYYY-MM-DDTHH:MM:SSZ',
      }),
      expect.objectContaining({
        line: 8,
        field: 'source.archived.when',
        message: 'unknown field `when`',
        fix: 'the fields allowed here are: url, date',
      }),
    ]);
  });

  test('a value outside a list: quoted as written, with the closest allowed value', () => {
    expect(problemsOf('bad-kind')).toMatchObject([
      {
        line: 6,
        id: 'openai',
        field: 'kind',
        message:
          'kind "organisation" is not one of organization, person, product, initiative, group, place, other; did you mean "organization"?',
        fix: 'write `kind: organization`',
      },
      { line: 9, id: 'google', message: expect.stringMatching(/^kind "company" is not one of .*other$/) },
    ]);
  });

  test('a refused value is quoted back as it was written', () => {
    expect(problemsOf('bad-values')[0]?.message).toMatch(/^url "javascript:alert\(1\)": must be an absolute/);
    expect(problemsOf('bad-ids')[0]?.message).toMatch(/^id "Open_AI": use lowercase letters/);
  });

  test('two passages that partly overlap', () => {
    expect(problemsOf('overlap')).toMatchObject([
      {
        line: 13,
        kind: 'date',
        id: 'june',
        message: expect.stringContaining('partly overlaps the passage of figure "run-rate"'),
      },
    ]);
  });

  test('a YAML syntax error, with its line; a note without a body; two notes with the same page', () => {
    expect(problemsOf('yaml-error')).toMatchObject([{ line: 6, message: expect.stringContaining('not valid YAML') }]);
    expect(problemsOf('no-body')).toMatchObject([{ line: 2, message: 'the note has no text after its frontmatter' }]);
    expect(problemsOf('same-page')).toMatchObject([
      { line: 1, message: `this note would have the same page, /notes/same-page/, as ${FOLDER}/Same page.md` },
    ]);
  });

  test('prints one block per problem, without stack traces or raw Zod output', () => {
    const report = formatReport(result);
    expect(report).toContain(
      `${FOLDER}/unknown-field.md:7  date "signing"  field \`qoute\`\n  unknown field \`qoute\`\n  fix: did you mean \`quote\`?`,
    );
    expect(report).not.toMatch(/\bat .*\.ts:\d+|"code":|ZodError/);
    expect(report).toMatch(/26 problems in 13 notes\.$/);
  });

  test('says all is well when it is, counting notes and annotations', async () => {
    const good = await checkNotes('tests/fixtures/site-notes', defaultSite, { lock: null });
    expect(good.problems).toEqual([]);
    const annotations = notesIn('tests/fixtures/site-notes').reduce((sum, note) => sum + note.annotations.length, 0);
    expect(formatReport(good)).toBe(`3 notes checked: all ${annotations} annotations are anchored.`);
  });
});

describe('a YAML error points at the line that is wrong', () => {
  const cases: Array<[string, string, number]> = [
    ['an unclosed quote', 'title: "A deal\nsummary: Two firms agree.\n', 2],
    ['an unclosed bracket', 'title: A deal\ntags: [cloud, chips\nsummary: Two firms agree.\n', 3],
    ['a key given twice', 'title: A deal\ntitle: The deal\n', 3],
    ['a tab as indentation', 'title: A deal\nsource:\n\tpublisher: Wire\n', 4],
  ];
  test.each(cases)('%s', async (_, yaml, line) => {
    const check = noteChecker(await createNoteRenderer(defaultSite));
    const checked = await check('note.md', `---\n${yaml}---\n\nTwo firms agree.\n`);
    expect(checked.problems).toMatchObject([{ line, message: expect.stringContaining('not valid YAML') }]);
  });
});

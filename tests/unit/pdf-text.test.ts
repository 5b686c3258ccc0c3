/**
 * Text copied from a PDF, on a capture written for it: running headers, footers and page numbers, sentences across
 * a page's break, short lines that repeat, a numbered list, and words split at a line's end.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { unwrapPdfText } from '../../src/capture/text/pdf-text.ts';
import { importPlainText } from '../../src/capture/text/plain-text.ts';
import { joinAtHyphen, wordsOf } from '../../src/capture/text/split-words.ts';

const capture = readFileSync('tests/fixtures/captures/grid-report-pdf.txt', 'utf8');

test('no sentence of the text is lost, and only the pages’ own lines are cut', () => {
  const imported = importPlainText(capture);
  if ('error' in imported) throw new Error(imported.error);
  expect(imported.title).toBe('Grid Resilience Review 2025');
  expect(imported.paragraphs).toEqual([
    'Summary',
    'Most customers saw fewer outages this year. The operator replaced 1,200 km of overhead line with underground cable instead of repairing it, and outages caused by storms fell by a third. Faults on the northern lines fell by 8 percent.',
    'Outlook',
    'The review looks at the long-term plan and the well-known risks of a hot summer. The network in Baden-Württemberg, run by a partner, cut its faults by 8 percent.',
    '12.50 euros a month is what the average household pays for the network.',
    'Repairs were planned with the regional authorities, who asked for a single timetable for the works, so that roads would not be closed twice; the timetable was agreed in March. Faults on the southern lines fell by 8 percent.',
    'Outlook',
    'The plan has three steps:',
    '1. Survey every line built before 1980.',
    '2. Replace the lines that fail the survey, starting with the oldest.',
    '3. Report on progress each quarter.',
    "The board expects the work to take five years and to cost £2.4 billion, paid for by the regulator's settlement. The last of the lines will be buried by the end of the decade, when the network will be able to carry twice the present load, and the operator will publish its costs each year. The costs of the first year will be reviewed by the regulator.",
    'Outlook',
    'Next year the operator will report again.',
  ]);
  expect(imported.cut).toEqual([
    'Eastern Grid Operator',
    '1',
    'Grid Resilience Review 2025 2',
    'Grid Resilience Review 2025 3',
    'Grid Resilience Review 2025 4',
    'Grid Resilience Review 2025 5',
  ]);
});

test('every word of the capture is in the text or among the lines cut', () => {
  const { blocks, cut } = unwrapPdfText(capture.split('\n'));
  const kept = [...blocks, ...cut].join(' ').replace(/-/g, '');
  for (const word of capture.replace(/-\n/g, '').match(/[\p{L}\d]+/gu) ?? []) expect(kept).toContain(word);
});

test('a number alone on a line is a page number only if it could count the pages', () => {
  const { blocks, cut } = unwrapPdfText([
    'The plan runs to',
    '2030',
    'and beyond it.',
    '1',
    'The board met',
    '12',
    'times.',
    '2',
    'The end.',
    '3',
  ]);
  expect(cut).toEqual(['1', '2', '3']);
  expect(blocks.join(' ')).toBe('The plan runs to 2030 and beyond it. The board met 12 times. The end.');
});

test.each([
  ['in-', 'stead of', 'instead of'],
  ['out-', 'ages fell', 'outages fell'],
  ['re-', 'viewed', 'reviewed'],
  ['long-', 'term plan', 'long-term plan'],
  ['well-', 'known risks', 'well-known risks'],
  ['Baden-', 'Württemberg', 'Baden-Württemberg'],
  ['self-', 'employed', 'self-employed'],
])('"%s / %s" is "%s"', (before, after, joined) => {
  expect(joinAtHyphen(before, after, wordsOf(''))).toBe(joined);
});

test('a word the text writes with its hyphen keeps it, and one it writes whole is joined', () => {
  expect(joinAtHyphen('a follow-', 'up', wordsOf('the follow-up came'))).toBe('a follow-up');
  expect(joinAtHyphen('die Netz-', 'betreiber', wordsOf('die Netzbetreiber'))).toBe('die Netzbetreiber');
});

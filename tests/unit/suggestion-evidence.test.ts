/**
 * What each suggestion rests on: a party's name kept whole, its kind from the cues in and around it and the
 * evidence in words; a label that stands alone or none; durations, stretches and "now" that are no dates.
 */
import { describe, expect, test } from 'vitest';
import { findParties } from '../../src/suggest/parties/suggest-parties.ts';
import { appositiveAfter, cleanClause } from '../../src/suggest/label-clause.ts';
import { isNoDate, speaksOfFuture, yearOfMonth } from '../../src/suggest/dates/date-context.ts';

/** Each paragraph a run, as a note's text is. */
function parties(paragraphs: string[], language = 'en') {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const runs = paragraphs.map((paragraph) => {
    const run = { start, end: start + paragraph.length };
    start = run.end + 2;
    return run;
  });
  return findParties(text, runs, language);
}
const names = (found: ReturnType<typeof parties>) => found.map(({ name, kind }) => `${name}: ${kind}`);

describe('party names', () => {
  test('are never cut at an initial, an abbreviation or a legal form with its point', () => {
    expect(
      names(
        parties([
          'Marcus T. Reyes joined the U.S. Department of Energy from Kessler Rowe & Co. last year, said Reyes.',
          'Kessler Rowe & Co. declined to comment.',
        ]),
      ),
    ).toEqual([
      'Marcus T. Reyes: person',
      'U.S. Department of Energy: organization',
      'Kessler Rowe & Co.: organization',
    ]);
  });

  test('keep a legal form after a comma, and a shorter name is an alias', () => {
    const [corvalis] = parties(['Corvalis Robotics, Inc. will buy it. Corvalis said the deal would close soon.']);
    expect(corvalis).toMatchObject({ name: 'Corvalis Robotics, Inc.', kind: 'organization', aliases: ['Corvalis'] });
  });

  test('are no heading, shouted sentence, contact block, single letter or word that only opens a sentence', () => {
    expect(
      parties([
        'Strategic Rationale',
        'THIS PRESS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS ABOUT CORVALIS AND FJORDLINE.',
        'Media contact: Dana Whitfield, +1 512 555 0199, dana@example.com',
        'AUSTIN, Texas -- Meanwhile the plan B went ahead. Where it goes, nobody knows.',
      ]).map(({ name }) => name),
    ).toEqual(['Texas']);
  });
});

describe('party kinds and evidence', () => {
  test('a legal form, a title, "said X", a model number, a plan, a group, a place after a preposition', () => {
    const found = parties([
      'Fjordline Sensing ASA makes the FL-4 sensor in Trondheim.',
      '"It works," said Kari Nygaard, chief executive of Fjordline Sensing ASA.',
      'The Open Aisle program pays for it, the Energy Workers’ Alliance said. CEO Ingrid Solheim agreed.',
    ]);
    expect(names(found)).toEqual([
      'Fjordline Sensing ASA: organization',
      'FL-4: product',
      'Trondheim: place',
      'Kari Nygaard: person',
      'Open Aisle: initiative',
      'Energy Workers’ Alliance: group',
      'Ingrid Solheim: person',
    ]);
    const fjordline = found[0];
    expect(fjordline?.evidence).toMatch(/^named 2 times; a legal form: ASA/);
    expect(fjordline?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(found.find(({ name }) => name === 'Ingrid Solheim')?.evidence).toContain('a title: CEO');
  });

  test('in German, a person after the role before it, a company with its legal form, a town after "in"', () => {
    expect(
      names(
        parties(
          ['Thermwerk-Chefin Sabine Lorenz sprach in Hünfeld. Die Kaltenbrunn Robotics AG baut dort eine Halle.'],
          'de',
        ),
      ),
    ).toEqual(['Sabine Lorenz: person', 'Hünfeld: place', 'Kaltenbrunn Robotics AG: organization']);
  });

  test('a country named in passing is no party', () => {
    expect(
      parties(['Le fabricant lyonnais Valmora vend aussi en Espagne et en France.'], 'fr').map((p) => p.name),
    ).toEqual(['Valmora']);
  });
});

describe('labels', () => {
  test('a clause that stands alone is the label; a quotation or a dateline is none', () => {
    expect(cleanClause('Corvalis shipped ', '4,600 robots', ' in 2025, up 38% from 2024.')).toBe(
      'Corvalis shipped 4,600 robots in 2025',
    );
    expect(cleanClause('"We spun it out in ', 'early 2024', '," said Kari Nygaard.')).toBeUndefined();
    expect(cleanClause('AUSTIN, Texas, ', 'March 3, 2026', ' /Meridian Newswire/ -- Corvalis')).toBeUndefined();
  });

  test('where none stands alone, no label: the author is not given a fragment to erase', () => {
    expect(cleanClause('Claims fell by ', '23 percent', ', he found.')).toBe('Claims fell by 23 percent');
    expect(cleanClause('« Nous y sommes », dit-elle ', 'en 2024', '.')).toBeUndefined();
  });

  test("a party's role is an appositive after it, or nothing", () => {
    expect(appositiveAfter(', chief executive of Halvorsen Energy, said on Monday')).toBe(
      'Chief executive of Halvorsen Energy',
    );
    expect(appositiveAfter(' said the deal was good')).toBeUndefined();
    expect(appositiveAfter(', a small producer in Spokane, said')).toBe('A small producer in Spokane');
    expect(appositiveAfter(', an engineer at Fjordline, said')).toBe('An engineer at Fjordline');
    expect(appositiveAfter(', presidente de Oleocampo Sur, dijo')).toBe('Presidente de Oleocampo Sur');
    // A clause, an auxiliary's verb phrase or a time is no role.
    for (const after of [
      ', and promised the county 620 jobs.',
      ', would go back into new batteries.',
      ', this summer, said',
      ', die ab 2027 liefern soll, sagte',
      ', à Poligny, a dit',
      ', a consacré sa thèse à ce déclin.',
      ', durante el acto, dijo',
      ', starting in the third quarter, said',
    ])
      expect(appositiveAfter(after), after).toBeUndefined();
  });
});

describe('words that are no dates', () => {
  test('durations and ages in four languages, stretches of time, now and today, a morning', () => {
    for (const [words, before] of [
      ['pendant quatre ans', ''],
      ['de 66 años', 'un agricultor '],
      ['für 25 Jahre', 'gilt '],
      ['next five months', 'over the '],
      ['derniers mois', 'les '],
      ['heute', ''],
      ['mañana', 'por la '],
    ] as const)
      expect(isNoDate(words, before, ''), words).toBe(true);
    expect(isNoDate('two years later', '', '')).toBe(false);
    expect(isNoDate('hace dos años', '', '')).toBe(false);
  });

  test('words that count from now on look ahead, in four languages; a plain past does not', () => {
    for (const sentence of [
      "Le chantier doit être achevé d'ici juin",
      'La ligne sera ouverte à partir de juin',
      'Die Anlage liefert ab Juni Strom',
      'Las obras empiezan el próximo mes de junio',
      'La planta abrirá a partir de junio',
    ])
      expect(speaksOfFuture(sentence), sentence).toBe(true);
    for (const sentence of ['The plant opened in June', 'Die Anlage lieferte im Juni Strom', 'La obra empezó en junio'])
      expect(speaksOfFuture(sentence), sentence).toBe(false);
  });

  test("a month without its year is the last before the article's, unless the sentence looks ahead", () => {
    const article = { year: 2026, month: 1 };
    expect(yearOfMonth(11, article, false)).toBe(2025);
    expect(yearOfMonth(2, article, true)).toBe(2026);
    expect(yearOfMonth(1, article, false)).toBe(2026);
  });
});

/**
 * Suggested dates and figures: the finders on the phrases authors meet, the suggestions measured against notes
 * annotated by hand (their annotations stripped, then suggested again), and `npm run suggest --write` keeping
 * the note as it was around what it adds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { suggestAnnotations, type Suggestion } from '../../src/authoring/suggest-annotations.ts';
import { findDates } from '../../src/authoring/suggest-dates.ts';
import { findFigures } from '../../src/authoring/suggest-figures.ts';
import { findParties } from '../../src/authoring/suggest-parties.ts';
import { parsePartialDate, type PartialDate } from '../../src/values/partial-date.ts';
import { noteChecker } from '../../src/loading/check-note.ts';
import { readNote } from '../../src/loading/read-note.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { noteSchema } from '../../src/schemas/note.ts';

const june2025 = parsePartialDate('2025-06-11') as PartialDate;
const check = noteChecker(await createNoteRenderer());

describe('dates', () => {
  const dateOf = (text: string, reference: PartialDate | undefined = june2025) =>
    findDates(text, reference).found.map(({ start, end, date, approximate }) => ({
      words: text.slice(start, end),
      iso: date.iso,
      approximate,
    }));

  /** Each date found, as its words and its date. */
  const found = (text: string, language = 'en') =>
    findDates(text, june2025, undefined, language).found.map(({ start, end, date }) => [
      text.slice(start, end),
      date.iso,
    ]);

  test.each([
    ['It was finalized in May after talks.', 'May', '2025-05'],
    ['Spending will rise this year.', 'this year', '2025'],
    ['Its exclusivity lasted until January.', 'January', '2025-01'],
    ['The board met yesterday.', 'yesterday', '2025-06-10'],
    ['It opened on 3 March 2024 in Lyon.', 'on 3 March 2024', '2024-03-03'],
    ['The firm was founded in 2019 by two engineers.', 'in 2019', '2019'],
  ])('%s → %s is %s, at the precision the words give', (text, words, iso) => {
    expect(dateOf(text)).toEqual([{ words, iso, approximate: false }]);
  });

  test('a vague year is a year, approximate', () => {
    expect(dateOf('Since its launch in late 2022, demand grew.')).toEqual([
      { words: 'late 2022', iso: '2022', approximate: true },
    ]);
  });

  test('without the article’s date, relative dates are skipped and said to be, dated ones still found', () => {
    const search = findDates('It was agreed in May and announced on 3 March 2024.', undefined);
    expect(search.found.map((date) => date.date.iso)).toEqual(['2024-03-03']);
    expect(search.skipped).toEqual(['May']);
  });

  test('a time of day or "now" is no date; a weekday alone is the one before the article, saying so', () => {
    expect(dateOf('At 10:03 the market opened.')).toEqual([]);
    expect(dateOf('The plant now makes chips.')).toEqual([]);
    const [friday] = findDates('The vote was held on Friday.', june2025).found;
    expect(friday?.date.iso).toBe('2025-06-06');
    expect(friday?.basis).toContain("the Friday of the article's date (2025-06-11) or the one before it");
    // The article's own weekday is that day: news of the day.
    expect(findDates('The vote was held on Wednesday.', june2025).found[0]?.date.iso).toBe('2025-06-11');
  });

  test('a date counted from the story is counted from the last date the text named, across paragraphs', () => {
    const first = findDates('The ruling came on 12 March 2021.', june2025);
    const [later] = findDates('Two weeks later the board resigned.', june2025, first.lastNamed).found;
    expect(later?.date.iso).toBe('2021-03-26');
    expect(later?.basis).toContain('counted from 2021-03-12');
    // Counted from a year, it is known to the year at best.
    const year = findDates('The bonus came in 2022.', june2025);
    expect(findDates('Two weeks later the board met.', june2025, year.lastNamed).found[0]?.date.iso).toBe('2022');
    // Without a date named before it, it stays relative to the article, and a date after the article is flagged.
    expect(findDates('The launch is set for next month.', june2025).found[0]?.basis).toContain(
      "after the article's date",
    );
  });

  test('a note in French, German or Spanish gets its dates, months named alone included', () => {
    expect(found('Finalisé en mai, signé le 3 mars 2024. Depuis 2019, elle grandit.', 'fr')).toEqual([
      ['mai', '2025-05'],
      ['3 mars 2024', '2024-03-03'],
      ['2019', '2019'],
    ]);
    expect(found('Am 3. März 2024 unterzeichnet, im Mai abgeschlossen.', 'de')).toEqual([
      ['Am 3. März 2024', '2024-03-03'],
      ['Mai', '2025-05'],
    ]);
    expect(found('Se cerró en mayo.', 'es')).toEqual([['mayo', '2025-05']]);
  });

  test('a fiscal year named by its month alone is left alone; one with its end date is that date', () => {
    expect(dateOf('Revenue for the year to March rose.')).toEqual([]);
    expect(dateOf('Profits rose in the year to 31 December 2024.').map((date) => date.iso)).toEqual(['2024-12-31']);
  });

  test('a duration is no date', () => {
    for (const text of ['The contract ran for four years.', 'It was built in a day.', 'Talks lasted two weeks.'])
      expect(dateOf(text)).toEqual([]);
  });

  test('seasons and quarters get their own precision (EDTF), with or without a year, in four languages', () => {
    expect(
      found('It opened in the spring of 2019, grew in the third quarter of 2022, in Q4 2022 and 2023 Q1.'),
    ).toEqual([
      ['spring of 2019', '2019-21'],
      ['third quarter of 2022', '2022-35'],
      ['Q4 2022', '2022-36'],
      ['2023 Q1', '2023-33'],
    ]);
    // Against the article's date (11 June 2025): last summer is over, this quarter is the second.
    expect(found('Sales fell last summer; this quarter beats last quarter, and the fourth quarter is next.')).toEqual([
      ['last summer', '2024-22'],
      ['this quarter', '2025-34'],
      ['last quarter', '2025-33'],
      ['the fourth quarter', '2025-36'],
    ]);
    expect(findDates('Next winter will tell.', june2025).found[0]?.basis).toContain("after the article's date");
    expect(found('Au printemps 2019, puis au troisième trimestre 2022 et au T3 2023.', 'fr')).toEqual([
      ['printemps 2019', '2019-21'],
      ['troisième trimestre 2022', '2022-35'],
      ['T3 2023', '2023-35'],
    ]);
    expect(found('Im dritten Quartal 2022 und im Frühjahr 2019.', 'de')).toEqual([
      ['dritten Quartal 2022', '2022-35'],
      ['Frühjahr 2019', '2019-21'],
    ]);
    expect(found('En el tercer trimestre de 2022 y en la primavera de 2019.', 'es')).toEqual([
      ['tercer trimestre de 2022', '2022-35'],
      ['primavera de 2019', '2019-21'],
    ]);
    // A date counted from the story is not counted from a season.
    const spring = findDates('It opened in the spring of 2019.', june2025);
    expect(spring.found[0]?.date.iso).toBe('2019-21');
    expect(spring.lastNamed).toBeUndefined();
  });
});

describe('figures', () => {
  test.each([
    ['a run rate of $10 billion', '$10 billion', 10000000000, 'USD'],
    ['raised US$16 billion', 'US$16 billion', 16000000000, 'USD'],
    ['a round of €3.5m', '€3.5m', 3500000, 'EUR'],
    ['a fine of £40,000', '£40,000', 40000, 'GBP'],
    ['spent 1.2 trillion yen', '1.2 trillion yen', 1200000000000, 'JPY'],
    ['owns 12.5 percent of it', '12.5 percent', 12.5, '%'],
    ['rose 4.5% on Monday', '4.5%', 4.5, '%'],
    ['according to three sources', 'three sources', 3, 'sources'],
    ['it has 450 million users', '450 million users', 450000000, 'users'],
    ['hired 1,200 engineers', '1,200 engineers', 1200, 'engineers'],
    ['it has 450 million active users', '450 million active users', 450000000, 'active users'],
    ['when one million new users joined', 'one million new users', 1000000, 'new users'],
    ['a plant of 1.2 GW', '1.2 GW', 1.2, 'GW'],
    ['batteries storing 40 MWh', '40 MWh', 40, 'MWh'],
    ['it emitted 3 million tonnes of it', '3 million tonnes', 3000000, 'tonnes'],
    ['a line of 12 km', '12 km', 12, 'km'],
    ['an office of 450 m² in Lyon', '450 m²', 450, 'm²'],
  ])('%s', (text, words, value, unit) => {
    expect(
      findFigures(text).map(({ start, end, ...figure }) => ({ words: text.slice(start, end), ...figure })),
    ).toEqual([{ words, value, unit, approximate: false }]);
  });

  test('simple fractions are shares in percent, a third approximate; a part of a year is no share', () => {
    const found = (text: string) =>
      findFigures(text).map(({ start, end, value, approximate }) => [text.slice(start, end), value, approximate]);
    expect(found('Half of the staff left and a third of the plants closed.')).toEqual([
      ['Half', 50, false],
      ['a third', 33.3, true],
    ]);
    expect(found('Two-thirds of users and three quarters of firms agreed; one in five did not.')).toEqual([
      ['Two-thirds', 66.7, true],
      ['three quarters', 75, false],
      ['one in five', 20, false],
    ]);
    expect(found('In a quarter of 2022 and the first half of 2024, sales rose.')).toEqual([]);
  });

  test('French, German and Spanish number forms, scale and currency words', () => {
    const found = (text: string, language: string) =>
      findFigures(text, language).map(({ start, end, value, unit }) => [text.slice(start, end), value, unit]);
    expect(
      found(
        'Elle a atteint 1,5 %, 6,5 gigawatts, 500 000 tonnes, 15 milliards d’euros et 2 300 emplois le 3 mars.',
        'fr',
      ),
    ).toEqual([
      ['1,5 %', 1.5, '%'],
      ['6,5 gigawatts', 6.5, 'GW'],
      ['500 000 tonnes', 500000, 't'],
      ['15 milliards d’euros', 15000000000, 'EUR'],
      ['2 300 emplois', 2300, 'emplois'],
    ]);
    expect(found('Es kostet 1.234,5 Mio. € und 3 Prozent, 12 Jahre lang.', 'de')).toEqual([
      ['1.234,5 Mio. €', 1234500000, 'EUR'],
      ['3 Prozent', 3, '%'],
    ]);
    // A German count is a number before a capitalised plural, an adjective or none between; a number after a
    // paragraph's or a page's word ("Absatz 5 Satz 2") counts nothing, and what follows the noun is no part of it.
    expect(found('Rund 3 Millionen Menschen, laut Absatz 5 Satz 2, und 2 Millionen neue Kunden.', 'de')).toEqual([
      ['3 Millionen Menschen', 3000000, 'Menschen'],
      ['2 Millionen neue Kunden', 2000000, 'Kunden'],
    ]);
    expect(found('Rund 3.200 Mitarbeiter bangen, 280 Stellen sollten wegfallen, Seite 12 Tabellen.', 'de')).toEqual([
      ['3.200 Mitarbeiter', 3200, 'Mitarbeiter'],
      ['280 Stellen', 280, 'Stellen'],
    ]);
    expect(found('Invirtió 3 mil millones de dólares en 2 años.', 'es')).toEqual([
      ['3 mil millones de dólares', 3000000000, 'USD'],
    ]);
  });

  test('years, durations and times are not counted as figures', () => {
    expect(findFigures('In 2025 models took three years and 10 days.')).toEqual([]);
    expect(findFigures('3 of the sources said the 2024 t target held.')).toEqual([]);
  });
});

describe('parties', () => {
  const partiesIn = (text: string) =>
    findParties(text, [{ start: 0, end: text.length }]).map(({ name, kind, aliases, quote }) => ({
      name,
      kind,
      aliases,
      ...(quote ? { quote } : {}),
    }));

  test('names, split at a possessive and a title, each once, a person with the shorter name the text uses', () => {
    expect(
      partiesIn("Despite OpenAI's ChatGPT, Google CEO Ada Okafor said Google would wait. Later, Okafor smiled."),
    ).toEqual([
      { name: 'OpenAI', kind: 'other', aliases: [] },
      { name: 'ChatGPT', kind: 'other', aliases: [] },
      { name: 'Google', kind: 'organization', aliases: [] },
      { name: 'Ada Okafor', kind: 'person', aliases: ['Okafor'] },
    ]);
  });

  test('an abbreviation in brackets is the words it stands for', () => {
    expect(partiesIn('Its chips, known as tensor processing units (TPUs), are rented.')).toEqual([
      { name: 'Tensor processing units', kind: 'other', aliases: ['TPUs'], quote: 'tensor processing units (TPUs)' },
    ]);
  });

  test('months, weekdays and words that only open a sentence are not names', () => {
    expect(partiesIn('In May the board met on Monday. Revenue fell. Still, the firm grew.')).toEqual([]);
  });

  test('in French, sentence words are no parties and a name keeps its apostrophes and hyphens', () => {
    // A country named once ("En France") is where the story happens, not one of its parties.
    const text =
      "Ce projet, porté par TotalEnergies à Gonfreville-l'Orcher, inquiète Bruxelles. Nous attendons. En France, le débat continue.";
    expect(findParties(text, [{ start: 0, end: text.length }], 'fr').map(({ name }) => name)).toEqual([
      'TotalEnergies',
      "Gonfreville-l'Orcher",
      'Bruxelles',
    ]);
  });

  test('names keep their particles, titled people are persons, and units, quarters and prefixes are no parties', () => {
    const names = (text: string) => partiesIn(text).map(({ name, kind }) => `${name}: ${kind}`);
    expect(names('The Court of Appeal ruled. Lord Justice Hale agreed with Judge Marsh.')).toEqual([
      'Court of Appeal: organization',
      'Hale: person',
      'Marsh: person',
    ]);
    expect(names('Hester van Buren joined the Department for Education.')).toEqual([
      'Hester van Buren: person',
      'Department for Education: organization',
    ]);
    expect(names('Jan Koum founded WhatsApp in a garage.')[0]).toBe('Jan Koum: person');
    // A department named for a list of fields is one name; three companies in a list are three.
    expect(names('The Department for Environment, Food and Rural Affairs said it would act.')).toEqual([
      'Department for Environment, Food and Rural Affairs: organization',
    ]);
    expect(names('Google, Microsoft and Amazon agreed.').length).toBe(3);
    expect(names('The firm raised US$16 billion in Q3 and built 40 MWh of storage.')).toEqual([]);
  });

  test("a company's shorter names are aliases of its legal name; a unit's name is a party of its own", () => {
    const text =
      'Castellan Water Holdings posted a loss. Castellan Water, its main unit, cut jobs, and Castellan said more would go. Google Cloud and Google agreed.';
    expect(
      findParties(text, [{ start: 0, end: text.length }]).map(({ name, aliases }) => `${name} [${aliases.join(', ')}]`),
    ).toEqual(['Castellan Water Holdings [Castellan Water, Castellan]', 'Google Cloud []', 'Google []']);
  });

  test('a sentence may start with a name whose first word compromise reads as a verb, before "of" or "for"', () => {
    const names = (text: string) => findParties(text, [{ start: 0, end: text.length }]).map(({ name }) => name);
    expect(names('Bank of England officials met. Instead of Lumen, Board of Trade staff came.')).toEqual([
      'Bank of England',
      'Lumen',
      'Board of Trade',
    ]);
  });

  test('in German, a lone word is a name when it is listed with a name and has no article', () => {
    const names = (text: string) => findParties(text, [{ start: 0, end: text.length }], 'de').map(({ name }) => name);
    expect(names('Der Strom fließt von Hessen und Rheinland-Pfalz nach Sachsen-Anhalt oder Thüringen.')).toEqual([
      'Hessen',
      'Rheinland-Pfalz',
      'Sachsen-Anhalt',
      'Thüringen',
    ]);
    expect(names('Es geht um die Netze und TenneT, um Wirtschaft und Klimaschutz.')).toEqual(['TenneT']);
  });

  test('in French and Spanish, an institution keeps its adjectives and complement, without the article before it', () => {
    const names = (text: string, language: string) =>
      findParties(text, [{ start: 0, end: text.length }], language).map(({ name, kind }) => `${name}: ${kind}`);
    expect(
      names(
        "Selon la Commission européenne, le rachat est permis. L'Autorité de la concurrence a tranché, comme le Conseil d'État et la Banque de France.",
        'fr',
      ),
    ).toEqual([
      'Commission européenne: organization',
      'Autorité de la concurrence: organization',
      "Conseil d'État: organization",
      'Banque de France: organization',
    ]);
    expect(names("La Cour de cassation et l'Agence internationale de l'énergie ont suivi.", 'fr')).toEqual([
      'Cour de cassation: organization',
      "Agence internationale de l'énergie: organization",
    ]);
    // A verb after the name ends it; so does another institution joined by "et".
    expect(names('La Commission européenne autorise le rachat.', 'fr')).toEqual([
      'Commission européenne: organization',
    ]);
    expect(
      names('El Banco de España y la Comisión Nacional de los Mercados y la Competencia lo aprobaron.', 'es'),
    ).toEqual(['Banco de España: organization', 'Comisión Nacional de los Mercados y la Competencia: organization']);
  });
});

/** A hand-annotated note's text and date, with the suggestions made for it once its annotations are stripped. */
async function suggestedFor(path: string) {
  const raw = readFileSync(path, 'utf8');
  const file = readNote(path, raw);
  const byHand = noteSchema.parse(file.data);
  const strippedText = `---\ntitle: ${JSON.stringify(byHand.title)}\n${byHand.source?.published ? `source:\n  published: ${byHand.source.published.iso}\n` : ''}---\n${file.body}`;
  const checked = await check(path, strippedText);
  const anchors = checked.rendered?.anchoring.anchors;
  if (!anchors || !checked.note) throw new Error(`${path} did not render`);
  return { byHand, suggestions: suggestAnnotations(checked.note, anchors) };
}

/** The same date, at the precision the text supports: a suggested year counts for a hand-made month of that year. */
const sameDate = (suggested: Suggestion, date: PartialDate) =>
  suggested['date'] === date.iso || (suggested['approximate'] === true && suggested['date'] === String(date.year));

describe.each([
  ['tests/fixtures/site-notes/openai-google-cloud.md', 'a news article in US dollars, dated by month and year'],
  ['tests/fixtures/site-notes/crowded-paragraph.md', 'a company report with a table and a year ahead'],
  ['tests/fixtures/cross-notes/chip-plans.md', 'a short note in euros, dated to the day and by "next year"'],
])('suggestions for %s (%s)', (path) => {
  test('find every date and figure written by hand, and few that were not', async () => {
    const { byHand, suggestions } = await suggestedFor(path);
    const dates = suggestions.dates;
    const figures = suggestions.figures;
    const missedDates = byHand.dates.filter((date) => !dates.some((s) => sameDate(s, date.date)));
    const missedFigures = byHand.figures.filter(
      (figure) => !figures.some((s) => s['value'] === figure.value && s['unit'] === figure.unit),
    );
    expect({ missedDates: missedDates.map((d) => d.quote), missedFigures: missedFigures.map((f) => f.quote) }).toEqual({
      missedDates: [],
      missedFigures: [],
    });
    const extra =
      dates.filter((s) => !byHand.dates.some((date) => sameDate(s, date.date))).length +
      figures.filter((s) => !byHand.figures.some((f) => s['value'] === f.value && s['unit'] === f.unit)).length;
    expect(extra * 3).toBeLessThanOrEqual(dates.length + figures.length);
    for (const suggestion of [...dates, ...figures, ...suggestions.parties]) expect(suggestion['draft']).toBe(true);
  });
});

describe('suggested parties, against the notes written by hand', () => {
  const namesOf = (party: { name: string; aliases: string[] }) =>
    [party.name, ...party.aliases].map((n) => n.toLowerCase());
  const matched = async (path: string) => {
    const { byHand, suggestions } = await suggestedFor(path);
    const found = byHand.parties.filter((party) =>
      suggestions.parties.some((s) => namesOf(party).includes(String(s['name']).toLowerCase())),
    );
    const all = suggestions.parties.length + suggestions.dates.length + suggestions.figures.length;
    const extra = suggestions.parties.filter(
      (s) => !byHand.parties.some((party) => namesOf(party).includes(String(s['name']).toLowerCase())),
    );
    return { found: found.length, of: byHand.parties.length, extra: extra.length, all };
  };

  test('the news article: at least 9 of its 11 parties, and no more than one suggestion in three that it lacks', async () => {
    const { found, of, extra, all } = await matched('tests/fixtures/site-notes/openai-google-cloud.md');
    expect(of).toBe(11);
    expect(found).toBeGreaterThanOrEqual(9);
    expect(extra * 3).toBeLessThanOrEqual(all);
  });
});

describe('npm run suggest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-suggest-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/suggest.ts', ...args], { encoding: 'utf8', env: process.env });

  test('--write adds drafts after what the note has, keeping its comments, order and text; the check refuses them', async () => {
    const path = join(folder, 'deal.md');
    const before = [
      '---',
      '# The deal, as reported.',
      'title: A deal',
      'source:',
      '  published: 2025-06-11 # the capture’s date',
      'figures:',
      '  - id: run-rate # checked by hand',
      '    value: 10000000000',
      '    unit: USD',
      '    label: Run rate',
      '    quote: $10 billion',
      '---',
      '',
      'OpenAI reported a run rate of $10 billion. The deal was finalized in May, three sources said.',
      '',
    ].join('\n');
    writeFileSync(path, before);
    const result = run(path, '--write');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('0 parties, 1 date and 1 figure suggested, each marked draft: true.');
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(before.slice(0, before.indexOf('    quote: $10 billion')))).toBe(true);
    expect(after).toContain('# The deal, as reported.');
    expect(after).toContain('  - id: run-rate # checked by hand');
    expect(
      after.endsWith('OpenAI reported a run rate of $10 billion. The deal was finalized in May, three sources said.\n'),
    ).toBe(true);
    const checked = await check(path, after);
    expect(checked.problems).toMatchObject([
      { message: '2 annotations are drafts (suggested, not yet reviewed)', onlyInBuild: true },
    ]);
    const reviewed = await check(path, after.replaceAll('    draft: true\n', ''));
    expect(reviewed.problems).toEqual([]);
  });

  test('without a date for the article, relative dates are left alone and the author is told why', () => {
    const path = join(folder, 'undated.md');
    writeFileSync(path, '---\ntitle: Undated\n---\n\nThe deal was finalized in May, on 3 March 2024.\n');
    const result = run(path);
    expect(result.stdout).toContain('date: 2024-03-03');
    expect(result.stdout).not.toContain('quote: in May');
    expect(result.stdout).toContain(
      'Left alone, because the note has no source.published to resolve them against: "May".',
    );
  });

  test('a note with problems is refused until it is mended', () => {
    const path = join(folder, 'broken.md');
    writeFileSync(path, '---\ntitle: Broken\ndates:\n  - id: x\n---\n\nText.\n');
    const result = run(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('mend the note first');
    expect(readFileSync(path, 'utf8')).toBe('---\ntitle: Broken\ndates:\n  - id: x\n---\n\nText.\n');
  });
});

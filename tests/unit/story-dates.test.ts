/** Dates told in the story's own time, and weekdays that name no date. */
import { expect, test } from 'vitest';
import { findDates } from '../../src/suggest/dates/suggest-dates.ts';
import { parsePartialDate, type PartialDate } from '../../src/values/partial-date.ts';

const article = parsePartialDate('2025-06-12') as PartialDate;
const datesIn = (text: string): string[][] =>
  findDates(text, article).found.map((date) => [text.slice(date.start, date.end), date.date.iso]);

test('"That August" in a story of 2021 is August 2021, not the article’s year', () => {
  expect(datesIn('The plant opened in 2021. That August, workers walked out.')).toEqual([
    ['in 2021', '2021'],
    ['August', '2021-08'],
  ]);
  const [, august] = findDates('The plant opened in 2021. That August, workers walked out.', article).found;
  expect(august?.basis).toBe('"August", in the year of 2021, the date the text named before it');
});

test('a weekday said of every week, or a word that only looks like one, is no date', () => {
  expect(datesIn('She goes fishing on Sunday afternoons.')).toEqual([]);
  expect(datesIn('They met on Sundays and every Monday.')).toEqual([]);
  expect(datesIn('He sat on the board. The index sat at 5,000 points.')).toEqual([]);
  // A weekday of the news is still the one before the article's date.
  expect(datesIn('The board met on Wednesday.')).toEqual([['on Wednesday', '2025-06-11']]);
});

test('a fiscal year named by its last day alone gives no year, and its day is never read as one', () => {
  expect(datesIn('In the year to 31 December, claims fell.')).toEqual([]);
  expect(datesIn('Claims fell in the year to 31 December 2024.').map(([, iso]) => iso)).toEqual(['2024-12-31']);
});

const inLanguage = (text: string, language: string): string[][] =>
  findDates(text, article, undefined, language).found.map((date) => [text.slice(date.start, date.end), date.date.iso]);

test('years and seasons counted from the story’s last date, in French, German and Spanish', () => {
  expect(
    inLanguage('Promise à la fermeture à l’été 2021, la papeterie tient. Deux ans plus tard, elle embauche.', 'fr'),
  ).toEqual([
    ['été 2021', '2021-22'],
    ['Deux ans plus tard', '2023'],
  ]);
  expect(
    inLanguage('Le tribunal valide la reprise le 17 décembre 2022. Le printemps suivant, elle redémarre.', 'fr'),
  ).toEqual([
    ['17 décembre 2022', '2022-12-17'],
    ['Le printemps suivant', '2023-21'],
  ]);
  expect(inLanguage('Im Jahr 2022 wurden weniger verkauft als im Jahr davor.', 'de')).toEqual([
    ['2022', '2022'],
    ['im Jahr davor', '2021'],
  ]);
  expect(inLanguage('Ganó 84 millones en 2024, frente a 52 millones del año anterior.', 'es')).toEqual([
    ['2024', '2024'],
    ['del año anterior', '2023'],
  ]);
});

test('a season alone is the next one where the sentence looks ahead; a comparison with the year before is none', () => {
  expect(inLanguage('Die Firma hat zugesagt, bis zum Herbst eine Zufahrt zu bauen.', 'de')).toEqual([
    ['bis zum Herbst', '2025-23'],
  ]);
  expect(inLanguage('Im Herbst war es ruhig.', 'de')).toEqual([]);
  expect(inLanguage('Umsatz deutlich über Vorjahr.', 'de')).toEqual([]);
  expect(inLanguage('Hace dos años la explanada estaba vacía.', 'es')).toEqual([['Hace dos años', '2023']]);
});

test('a day without its year, in the month the paragraph has just named, is in that month’s year', () => {
  expect(datesIn('The plant opened in 2021. That August, the trouble began. On August 14, a worker fell.')).toEqual([
    ['in 2021', '2021'],
    ['August', '2021-08'],
    ['August 14', '2021-08-14'],
  ]);
  expect(datesIn('In June 2024 the plant closed. It reopened on Wednesday.')).toEqual([
    ['June 2024', '2024-06'],
    ['on Wednesday', '2025-06-11'],
  ]);
});

test('a weekday of every month is no date, in French as in English', () => {
  expect(inLanguage('Le démonstrateur ouvre chaque premier mardi du mois.', 'fr')).toEqual([]);
});

test('this, the last and the next season from the article’s date, in French, German and Spanish', () => {
  // The article is of 12 June 2025: the last autumn is 2024's, the next spring 2026's.
  expect(inLanguage('Cet été, les prix ont grimpé ; l’automne dernier, ils baissaient.', 'fr')).toEqual([
    ['Cet été', '2025-22'],
    ['l’automne dernier', '2024-23'],
  ]);
  expect(inLanguage('Im nächsten Frühjahr soll die Halle stehen.', 'de')).toEqual([
    ['Im nächsten Frühjahr', '2026-21'],
  ]);
  expect(inLanguage('Este invierno y el verano pasado fueron secos.', 'es')).toEqual([
    ['Este invierno', '2025-24'],
    ['el verano pasado', '2024-22'],
  ]);
  // After words that only look ahead, the season is the next one whatever the verb; "en hiver" alone is a habit's.
  expect(inLanguage('Serienproduktion ab Frühjahr', 'de')).toEqual([['ab Frühjahr', '2026-21']]);
  expect(inLanguage('Los precios bajarán antes del verano.', 'es')).toEqual([['antes del verano', '2025-22']]);
  expect(inLanguage('En hiver, les vaches restent à l’étable.', 'fr')).toEqual([]);
  expect(inLanguage('Les travaux reprendront en automne.', 'fr')).toEqual([['en automne', '2025-23']]);
});

test('a month after the article’s, in a sentence whose present tense schedules it, is of the article’s year', () => {
  expect(inLanguage('Die Serienproduktion beginnt im August.', 'de')).toEqual([['August', '2025-08']]);
  expect(inLanguage('Im September beginnen die ersten Auszubildenden.', 'de')).toEqual([['September', '2025-09']]);
  // In the past tense it is the year before's.
  expect(inLanguage('Im September begannen die ersten Auszubildenden.', 'de')).toEqual([['September', '2024-09']]);
});

test('a year in brackets, opening a list’s line, or opening a German sentence before its verb', () => {
  expect(inLanguage('Isarbrücke Moosburg (1976) und Talbrücke Peiting.', 'de')).toEqual([['1976', '1976']]);
  expect(inLanguage('2001: Bundesverdienstkreuz am Bande', 'de')).toEqual([['2001', '2001']]);
  expect(inLanguage('1967 trat er in die Firma ein.', 'de')).toEqual([['1967', '1967']]);
  // A number before a capitalised noun is a count in German.
  expect(inLanguage('1800 Mitarbeiter streikten.', 'de')).toEqual([]);
});

test('the year said around a month, and a weekday said to come', () => {
  // Against an article of 12 June 2025.
  expect(inLanguage('Lo compramos en marzo del año pasado.', 'es')).toEqual([['marzo', '2024-03']]);
  expect(inLanguage('Volverá el próximo enero.', 'es')).toEqual([['enero', '2026-01']]);
  expect(inLanguage('Le conseil se réunira mardi prochain.', 'fr')).toEqual([['mardi prochain', '2025-06-17']]);
  expect(inLanguage('Réunion publique le jeudi 2 octobre à 19 h, de 7 h à midi.', 'fr')).toEqual([
    ['jeudi 2 octobre', '2025-10-02'],
  ]);
});

test('this month, and a half of the year without its year', () => {
  expect(inLanguage('Les compteurs arrivent ce mois-ci.', 'fr')).toEqual([['ce mois-ci', '2025-06']]);
  expect(inLanguage('Les travaux commenceront au second semestre.', 'fr')).toEqual([['second semestre', '2025-41']]);
  expect(datesIn('Orders should recover in the second half.')).toEqual([['the second half', '2025-41']]);
  // "from a year earlier" compares; it dates nothing.
  expect(datesIn('Sales rose 9% from a year earlier.')).toEqual([]);
});

test('a weekday said last or next is never the article’s own, and a named day keeps the nearest year', () => {
  // 12 June 2025 is a Thursday.
  expect(inLanguage('La rectora lo anunció el pasado jueves.', 'es')).toEqual([['pasado jueves', '2025-06-05']]);
  // "next" before a month and a day counts nothing from the year the story named before it.
  expect(datesIn('The strike of 2009 was long. A hearing is set for next Wednesday, June 18.')).toContainEqual([
    'next Wednesday, June 18',
    '2025-06-18',
  ]);
  // Hours are a duration in every language: "una ruta de tres horas" dates nothing.
  expect(inLanguage('Una ruta de tres horas por el Maestrazgo.', 'es')).toEqual([]);
});

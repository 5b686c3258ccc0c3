/**
 * Suggested figures: money, percentages, counts and quantities, in English, French, German and Spanish forms.
 */
import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/suggest/suggest-figures.ts';

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

  test('a scale alone takes the currency named before it; an adjective before a count, in French and Spanish', () => {
    const found = (text: string, language: string) =>
      findFigures(text, language).map(({ start, end, value, unit }) => [text.slice(start, end), value, unit]);
    expect(found('Facturó 38 millones de euros; luego cayó por debajo de los 19 millones.', 'es')).toEqual([
      ['38 millones de euros', 38000000, 'EUR'],
      ['19 millones', 19000000, 'EUR'],
    ]);
    expect(found('La cifra: 19 millones.', 'es')).toEqual([]);
    expect(found('Unos 60 pequeños propietarios vendieron sus fincas.', 'es')).toEqual([
      ['60 pequeños propietarios', 60, 'propietarios'],
    ]);
  });

  test('counts written out from five, energy and volume symbols, old currencies, in French, German and Spanish', () => {
    const found = (text: string, language: string) =>
      findFigures(text, language).map(({ start, end, value, unit }) => [text.slice(start, end), value, unit]);
    expect(found('Des coupures dans onze communes et deux banques ; 120 mètres cubes par an.', 'fr')).toEqual([
      ['onze communes', 11, 'communes'],
      ['120 mètres cubes', 120, 'm³'],
    ]);
    expect(found('Fünf Spiele, zehn Reinraumlinien, 48 Millionen D-Mark und 18.000 Quadratmetern.', 'de')).toEqual([
      ['Fünf Spiele', 5, 'Spiele'],
      ['zehn Reinraumlinien', 10, 'Reinraumlinien'],
      ['48 Millionen D-Mark', 48000000, 'DEM'],
      ['18.000 Quadratmetern', 18000, 'm²'],
    ]);
    // German names both genders; a length in metres is in metres whatever its case.
    expect(found('Rund 120 Polizistinnen und Polizisten; der Pegel lag bei 4,82 Metern.', 'de')).toEqual([
      ['120 Polizistinnen und Polizisten', 120, 'Polizistinnen und Polizisten'],
      ['4,82 Metern', 4.82, 'm'],
    ]);
    // An ordinal is no count: "die zweiten Hälfte" counts nothing, nor do numbers under five written out.
    expect(found('In der zweiten Hälfte kamen zwei Töchter.', 'de')).toEqual([]);
    expect(found('Paneles de 450 W, 5,4 kWp y 7.820 kWh al año.', 'es')).toEqual([
      ['450 W', 450, 'W'],
      ['5,4 kWp', 5.4, 'kWp'],
      ['7.820 kWh', 7820, 'kWh'],
    ]);
  });

  test('years, durations and times are not counted as figures', () => {
    expect(findFigures('In 2025 models took three years and 10 days.')).toEqual([]);
    expect(findFigures('3 of the sources said the 2024 t target held.')).toEqual([]);
  });
});

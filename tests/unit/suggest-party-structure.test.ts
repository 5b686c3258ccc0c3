/**
 * Suggested parties read by their structure, on invented texts: institutions whose names list their fields, legal
 * forms with points and ampersands, a title and an affiliation, a trial's and a filing's terms, acronyms with a
 * place, groups named by their cause, and countries that are markets or actors.
 */
import { describe, expect, test } from 'vitest';
import { findParties } from '../../src/suggest/parties/suggest-parties.ts';

const partiesIn = (text: string, language = 'en') =>
  findParties(text, [{ start: 0, end: text.length }], language).map(({ name, kind }) => ({ name, kind }));
const names = (text: string, language = 'en') => partiesIn(text, language).map(({ name }) => name);

describe('parties by their structure', () => {
  test('an institution whose name lists its fields is one party, its pieces none', () => {
    expect(names('El Ministerio de Minas, Energía y Agua aprobó ayer el decreto.', 'es')).toEqual([
      'Ministerio de Minas, Energía y Agua',
    ]);
    expect(names('Das Landesministerium für Bildung, Kultur und Sport lehnt den Antrag ab.', 'de')).toEqual([
      'Landesministerium für Bildung, Kultur und Sport',
    ]);
    expect(names("Le ministère de l'Industrie, de la Mer et de l'Artisanat a publié un arrêté.", 'fr')).toEqual([
      "ministère de l'Industrie, de la Mer et de l'Artisanat",
    ]);
    expect(names('La Consejería de Turismo, Cultura y Deporte convoca ayudas.', 'es')).toEqual([
      'Consejería de Turismo, Cultura y Deporte',
    ]);
    // A list of parties after an institution is no list of its fields.
    expect(names('El Banco de Chile, Perú y Bolivia firmaron.', 'es')).toEqual(['Banco de Chile']);
    expect(names('La Agencia de Seguridad y Calidad Portuaria investiga el vertido.', 'es')).toEqual([
      'Agencia de Seguridad y Calidad Portuaria',
    ]);
  });

  test('a legal form with points or an ampersand ends the name, and is never a party alone', () => {
    expect(names('La almazara Aceites del Valle Alto S. Coop. And. exporta a Francia.', 'es')).toContain(
      'Aceites del Valle Alto S. Coop. And.',
    );
    expect(
      names('Según Conservas Brisamar S.L., las ventas crecen. La firma Hormigones Tajo S.A. cerró.', 'es'),
    ).toEqual(['Conservas Brisamar S.L.', 'Hormigones Tajo S.A.']);
    expect(names('La firma Vidrios Ebro, S.A.U. cerró.', 'es')).toEqual(['Vidrios Ebro, S.A.U.']);
    expect(names('Racheté par le groupe de BTP Morel & Fils, le réseau compte 900 salariés.', 'fr')).toEqual([
      'Morel & Fils',
    ]);
    const german = partiesIn(
      'Die Sägewerk Lindner GmbH & Co. KG liefert. Der Verein Netzwerk Heimatwald Oberland e.V. protestiert.',
      'de',
    );
    expect(german).toEqual([
      { name: 'Sägewerk Lindner GmbH & Co. KG', kind: 'organization' },
      { name: 'Netzwerk Heimatwald Oberland e.V.', kind: 'organization' },
    ]);
  });

  test('a title and an affiliation are split into the person and the institution; a role alone is none', () => {
    expect(
      partiesIn(
        'Professor Helga Marsden of the University of Brackwater said the data were clear. ' +
          'The Chief Operating Officer of Quillon Foods agreed. The Medical Officer did not. ' +
          'Professor of Geology Ruth Okonjo, of Fenwick College, was there.',
      ),
    ).toEqual([
      { name: 'Helga Marsden', kind: 'person' },
      { name: 'University of Brackwater', kind: 'organization' },
      { name: 'Quillon Foods', kind: 'other' },
      { name: 'Ruth Okonjo', kind: 'person' },
      { name: 'Fenwick College', kind: 'organization' },
    ]);
  });

  test("a trial's and a filing's capitalised terms are no parties in English", () => {
    const text =
      'Torvane Therapeutics Inc. said its Phase 2 study met the primary endpoint at Week 24 on the Itch Area and ' +
      'Severity Index. The agency granted Fast Track designation, and a New Drug Application follows. On Day 8 ' +
      'doses rose. Investors cheered. A Conference Call and Webcast follow. Priority Review is likely.';
    expect(names(text)).toEqual(['Torvane Therapeutics Inc.']);
  });

  test("a drug's code is no party, a product's model number is", () => {
    expect(names('Patients received BXT-2207, an oral inhibitor, or placebo. The Tessel 200 unit ships next.')).toEqual(
      ['Tessel 200'],
    );
  });

  test('an acronym with a place is an organisation, and so is an agency', () => {
    expect(partiesIn('Los sindicatos agrarios ASAJA Teruel y UPA Soria piden ayudas.', 'es')).toEqual([
      { name: 'ASAJA Teruel', kind: 'organization' },
      { name: 'UPA Soria', kind: 'organization' },
    ]);
  });

  test('a group named by its cause is one party', () => {
    expect(partiesIn('La Plataforma en Defensa del Valle Verde convoca una marcha.', 'es')).toEqual([
      { name: 'Plataforma en Defensa del Valle Verde', kind: 'group' },
    ]);
  });

  test('a German plan or alliance named after its kind, without quotation marks, is the name after the kind', () => {
    expect(
      partiesIn('Das Förderprogramm Zukunft Westerwald hilft Firmen. Das Aktionsbündnis Klares Wasser ruft auf.', 'de'),
    ).toEqual([
      { name: 'Zukunft Westerwald', kind: 'initiative' },
      { name: 'Klares Wasser', kind: 'group' },
    ]);
  });

  test('a country or a continent is kept when it is a market, acts or comes back, not when it is named in passing', () => {
    expect(partiesIn('Exports to Canada and Oceania rose. Canada remains the first market, ahead of Oceania.')).toEqual(
      [
        { name: 'Canada', kind: 'place' },
        { name: 'Oceania', kind: 'place' },
      ],
    );
    expect(names('Las ventas en Portugal crecen. Portugal es el segundo mercado.', 'es')).toEqual(['Portugal']);
    expect(names('Sales in the U.S. doubled, and the U.S. is now its first market.')).toEqual(['U.S.']);
    expect(names('In Portugal it rained. The meeting ended late.')).toEqual([]);
    // Named twice, a country is one of the story's places, as authors keep it.
    expect(names('In Portugal it rained. The meeting in Portugal ended.')).toEqual(['Portugal']);
  });

  test("a first name of the text's language makes a person, where compromise knows none", () => {
    expect(partiesIn('Oberbürgermeister Jürgen Hartl zeigte sich enttäuscht.', 'de')).toEqual([
      { name: 'Jürgen Hartl', kind: 'person' },
    ]);
    expect(partiesIn('La directora, Nuria Campos, ha explicado el plan.', 'es')).toEqual([
      { name: 'Nuria Campos', kind: 'person' },
    ]);
    // A first name before a particle is no person's, nor one after a company's word.
    expect(partiesIn('Los Llanos de Zafra sufren la sequía.', 'es')).not.toContainEqual({
      name: 'Llanos de Zafra',
      kind: 'person',
    });
    expect(partiesIn("Elle a été conseillée par le cabinet d'avocats Ravel Lenoir.", 'fr')).toEqual([
      { name: 'Ravel Lenoir', kind: 'organization' },
    ]);
  });

  test("a place is read from a region's word before it or from brackets after a town", () => {
    expect(partiesIn('Apples grow in eastern Oregon and northern Idaho, where it snows.')).toContainEqual({
      name: 'Idaho',
      kind: 'place',
    });
    expect(partiesIn('Réuni mardi à Poligny (Jura), le comité a voté. Le lait du Jura est cher.', 'fr')).toContainEqual(
      {
        name: 'Jura',
        kind: 'place',
      },
    );
    expect(partiesIn('La cooperativa agrupa a socios en la comarca de La Loma y de otras.', 'es')).toContainEqual({
      name: 'La Loma',
      kind: 'place',
    });
  });

  test('streets and squares with their word, clubs, towns joined by a particle, German structures and towns', () => {
    expect(names('Le marché déménage place de la République, puis rue Pasteur.', 'fr')).toEqual([
      'place de la République',
      'rue Pasteur',
    ]);
    expect(partiesIn('Der SV Eintracht Wehrberg schlug den FC Rot-Weiß Kaltenbach.', 'de')).toEqual([
      { name: 'SV Eintracht Wehrberg', kind: 'organization' },
      { name: 'FC Rot-Weiß Kaltenbach', kind: 'organization' },
    ]);
    expect(partiesIn('Elle fut maire de Vallon-sur-Arnon pendant dix ans.', 'fr')).toEqual([
      { name: 'Vallon-sur-Arnon', kind: 'place' },
    ]);
    expect(partiesIn('Die Stadt Wehrberg zahlt; die Talbrücke Ammerschlucht steht.', 'de')).toEqual([
      { name: 'Stadt Wehrberg', kind: 'organization' },
      { name: 'Talbrücke Ammerschlucht', kind: 'place' },
    ]);
    // A language's name and a compass point's word, alone, are no parties; a month's short name neither.
    expect(names('She took a degree in English and read the new Western on Nov. 3.')).toEqual([]);
  });

  test('a person named again by a first surname or a first name has them as aliases, not as parties', () => {
    expect(names('Lucía Ferrer Ibáñez dirige el grupo. Ferrer lo explica; Lucía sonríe.', 'es')).toEqual([
      'Lucía Ferrer Ibáñez',
    ]);
  });
});

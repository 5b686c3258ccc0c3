/**
 * Suggested parties: names split at possessives and titles, abbreviations spelt out, aliases, institutions and
 * German names.
 */
import { describe, expect, test } from 'vitest';
import { findParties } from '../../src/suggest/parties/suggest-parties.ts';

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

  test('in German, a role before two words, a place listed after one, the sort of institution before a name', () => {
    const kinds = (text: string) =>
      findParties(text, [{ start: 0, end: text.length }], 'de').map(({ name, kind }) => `${name}: ${kind}`);
    expect(
      kinds('„Wir bleiben“, sagt Betriebsratschef Jürgen Maas. Man treffe sich, sagte Sprecher Hauke Janssen.'),
    ).toEqual(['Jürgen Maas: person', 'Hauke Janssen: person']);
    expect(kinds('Das Werk hat Standorte in Hessen und Thüringen, Speicher in Sachsen-Anhalt und in Bayern.')).toEqual([
      'Hessen: place',
      'Thüringen: place',
      'Sachsen-Anhalt: place',
      'Bayern: place',
    ]);
    expect(kinds('Das Kölner Marktforschungsinstitut Heizwerte rechnet mit mehr Absatz.')).toEqual([
      'Heizwerte: organization',
    ]);
  });

  test('a name in quotation marks after the word for its kind is a party of that kind, in any language', () => {
    const kinds = (text: string, language: string) =>
      findParties(text, [{ start: 0, end: text.length }], language).map(({ name, kind }) => `${name}: ${kind}`);
    expect(
      kinds('Die Bürgerinitiative „Salz bleibt Salz“ klagt. Das Strategieprogramm „Fokus 2030“ läuft.', 'de'),
    ).toEqual(['Salz bleibt Salz: group', 'Fokus 2030: initiative']);
    expect(kinds('Le collectif « Chaleur juste » proteste ; la marque « Vosgia Kraft » aussi.', 'fr')).toEqual([
      'Chaleur juste: group',
      'Vosgia Kraft: product',
    ]);
    expect(kinds('Er sagte: „Wir gehen nicht.“ Die Firma schweigt.', 'de')).toEqual([]);
    expect(kinds('The union “We will not accept this” campaign', 'en')).toEqual([]);
  });

  test('what the text calls a name, after an adjective or a comma, gives its kind; a building with its number is a place', () => {
    const kinds = (text: string, language: string) =>
      findParties(text, [{ start: 0, end: text.length }], language).map(({ name, kind }) => `${name}: ${kind}`);
    expect(
      kinds('La marca propia Mágina Verde se vende; dice el portavoz de la plataforma vecinal Huelma Respira.', 'es'),
    ).toEqual(['Mágina Verde: product', 'Huelma Respira: group']);
    expect(kinds('Llegó a través del programa Agua y Olivo, con municipios de Sierra Mágina.', 'es')).toEqual([
      'Agua y Olivo: initiative',
      'Sierra Mágina: place',
    ]);
    expect(kinds('Un distributeur alsacien, Rhinpack, achète ; l’intersyndicale de Calora proteste.', 'fr')).toEqual([
      'Rhinpack: organization',
      'intersyndicale de Calora: group',
    ]);
    expect(kinds('Rhinpack achètera 18 000 tonnes de Vosgia Kraft par an.', 'fr')).toContain('Vosgia Kraft: product');
    expect(kinds('Its sulfate, sold under the name LoopPure, left Building 4 every week.', 'en')).toEqual([
      'LoopPure: product',
      'Building 4: place',
    ]);
  });

  test('in English, a people’s word and a compass point are no parties, a local council keeps its places, initials are an alias', () => {
    const names = (text: string) =>
      findParties(text, [{ start: 0, end: text.length }]).map(({ name, kind, aliases }) =>
        [name, kind, ...aliases].join(': '),
      );
    expect(
      names('It is owned by the Dutch utility Vennhoven Energie, and works with Redcar and Cleveland council.'),
    ).toEqual(['Vennhoven Energie: organization', 'Redcar and Cleveland council: organization']);
    expect(
      names(
        'Heat rules in the West are weak, said the Occupational Safety and Health Administration. It was fined by OSHA.',
      ),
    ).toEqual(['Occupational Safety and Health Administration: organization: OSHA']);
    expect(names('Sales fell in Europe and rose in Europe again, then in Europe.')).toEqual(['Europe: place']);
  });

  test('a release’s dateline names no party; a town after its preposition may end in -chen', () => {
    const names = (text: string, language: string) =>
      findParties(text, [{ start: 0, end: text.length }], language).map(({ name }) => name);
    expect(names('Lyon, le 10 février 2026 – La société Valmora lève des fonds.', 'fr')).toEqual(['Valmora']);
    expect(names('Die Entwickler treffen sich mit den Kollegen aus München.', 'de')).toEqual(['München']);
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
    // A union, an institute with a second complement ("et de la qualité"), a university in lower case, a government.
    expect(
      names(
        "La Confédération paysanne du Doubs et l'Institut national de l'origine et de la qualité ont répondu à l'université de Rouen Normandie.",
        'fr',
      ),
    ).toEqual([
      'Confédération paysanne du Doubs: organization',
      "Institut national de l'origine et de la qualité: organization",
      'université de Rouen Normandie: organization',
    ]);
    expect(names('El Gobierno de Aragón y la Fundación Ibercaja firmaron el acuerdo.', 'es')).toEqual([
      'Gobierno de Aragón: organization',
      'Fundación Ibercaja: organization',
    ]);
  });
});

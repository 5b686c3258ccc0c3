/**
 * A company's or an institution's shorter names, as aliases of its full one: "Castellan Water Holdings", then
 * "Castellan Water" and "Castellan"; "l'Autorité" after "l'Autorité de la concurrence"; "Calora" of "Réseaux
 * Calora". Only under a legal or institution's name, or one made of a company's words: "Google Cloud" and "Google"
 * are two parties; and never a place named in an institution's complement ("Huelma" of "Ayuntamiento de Huelma").
 */
import type { Party } from '../../schemas/party.ts';
import { isInstitution } from './institution-names.ts';
import { hasLegalForm, isOrganisationWord } from './party-evidence.ts';

/** The last word of a company's legal name. */
const CORPORATE_FORM =
  / (?:Holdings|Group|Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|LLP|Company|Co|SA|AG|GmbH|SE|NV|BV|SpA|SAS)\.?$/;
const COMPLEMENT = /^(?:de|del|des|du|of|for|la|le|los|las|für|von)$/;
/** Institutions named with their town after them ("Universität Wien"); a company's word is not one ("Réseaux Calora"). */
const SEATED =
  /^(?:Universit\p{L}*|Hochschule|College|Institut\p{L}*|Museum|Library|Hospital|Klinikum|Gymnasium|School|Schule|Stadt|Gemeinde|Landkreis)$/u;

interface Named {
  name: string;
  kind: Party['kind'];
  aliases: string[];
}

/** Whether `short` is a shorter name of `full`: its first words, or one word of it that is no complement's. */
function shortens(short: string, full: string): boolean {
  if (full.startsWith(short) && /^[ ,]/.test(full.slice(short.length))) return true;
  if (short.includes(' ')) return false;
  const words = full.split(' ');
  const at = words.indexOf(short);
  // "München" of "Technische Hochschule München": the seat named after an institution's word is a place.
  const seat = at === words.length - 1 && SEATED.test(words[at - 1] ?? '');
  return at > 0 && !COMPLEMENT.test(words[at - 1] ?? '') && !seat;
}

export function aliasShorterNames(parties: Named[], language: string): void {
  for (const party of parties) {
    if (party.kind === 'person' || party.kind === 'place') continue;
    const company = parties
      .filter(
        (other) =>
          other !== party &&
          (CORPORATE_FORM.test(other.name) ||
            hasLegalForm(other.name) ||
            isInstitution(other.name, language) ||
            other.name.split(' ').some(isOrganisationWord)) &&
          shortens(party.name, other.name),
      )
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (company && !company.aliases.includes(party.name)) company.aliases.push(party.name);
    // "OSHA" after "Occupational Safety and Health Administration": the initials of a longer name.
    const spelt = /^\p{Lu}{2,6}$/u.test(party.name) && parties.find((other) => initials(other.name) === party.name);
    if (spelt && !spelt.aliases.includes(party.name)) spelt.aliases.push(party.name);
  }
}

/** The capitals that start a name's words ("OSHA"), when it has three words or more. */
const initials = (name: string): string =>
  name.split(' ').length < 3
    ? ''
    : name
        .split(' ')
        .map((word) => (/^\p{Lu}/u.test(word) ? word[0] : ''))
        .join('');

/** "Ferry" named alone after "Élodie Ferry": a person's last name, when the text names it alone too. */
export function lastNamedAlone(name: string, counts: ReadonlyMap<string, { total: number }>): string | undefined {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const given = /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '');
  return given && words.length >= 2 && words.length <= 3 && (counts.get(last)?.total ?? 0) > 0 ? last : undefined;
}

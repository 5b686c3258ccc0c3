/**
 * Institutions named the French or Spanish way, where only the first word is capitalised:
 * "la Commission européenne", "l'Autorité de la concurrence", "Banque centrale européenne", "Comisión nacional
 * de los mercados". A name whose first word is an institution's ("Commission", "Autorité", "Banco") runs on over
 * the adjectives after it and one complement ("de la concurrence"); an elided article before it ("L'Autorité")
 * is no part of it.
 */

import type { Party } from '../../schemas/party.ts';
import { isRegionName } from './party-evidence.ts';

interface InstitutionWords {
  /** The words an institution's name starts with. */
  heads: RegExp;
  /** Endings of the adjectives such a name carries ("européenne", "nacional"). */
  adjective: RegExp;
  /** What starts its complement ("de la", "des", "del"). */
  complement: RegExp;
  /** Words that end it: verbs and small words that never belong to a name. */
  stop: ReadonlySet<string>;
  /** Institutions written in lower case before their capitalised complement: "ministère de l'Économie". */
  lowerHeads: string;
  /** What joins such an institution to its complement ("de l'", "des"). */
  lowerLeads: string;
  /** Kinds written in lower case just before a name, which they are part of: "plan Avenir Papier". */
  directHeads: string;
}

// prettier-ignore
const WORDS: Record<string, InstitutionWords> = {
  fr: {
    heads: /^(?:Commission|Autorité|Agence|Plateforme|Coordination|Mouvement|Banque|Cour|Conseil|Tribunal|Ministère|Assemblée|Parlement|Office|Institut|Caisse|Direction|Haute|Comité|Fédération|Union|Organisation|Conférence|Société|Compagnie|Centre|Bureau|Inspection|Observatoire|Fonds|Chambre|Agence|Mission|Confédération|Alliance|Association|Syndicat|Académie|Fondation|Groupement|Réseau|Université|École|Préfecture|Communauté|Agglomération)$/,
    adjective: /(?:é|ée|és|ées|al|ale|aux|ales|ique|iques|enne|ennes|anne|annes|ien|ienne|iens|ais|aise|elle|el|aire|aires|if|ive|ieur|ieure|ier|ière|ière|ain|aine)$/,
    complement: /^(?:de la|de l['’]|des|du|de|d['’])$/,
    lowerHeads: String.raw`ministère|université|secrétariat d['’]État|commissariat|tribunal de commerce|tribunal administratif|tribunal judiciaire|tribunal|conseil départemental|conseil régional|intersyndicale|syndicat|collectif|association`,
    directHeads: 'plan|programme|collectif|dispositif|projet|label|association|fonds',
    lowerLeads: String.raw`de la |de l['’]|des |du |de |d['’]`,
    stop: new Set(['a', 'ont', 'est', 'sont', 'et', 'ou', 'qui', 'que', 'dont', 'mais', 'le', 'la', 'les', 'un', 'une',
      'en', 'au', 'aux', 'pour', 'par', 'sur', 'dans', 'avec', 'selon', 'son', 'sa', 'ses', 'a-t-elle', 'ce', 'cette']),
  },
  es: {
    heads: /^(?:Comisión|Autoridad|Agencia|Consejería|Conselleria|Departamento|Secretaría|Delegación|Plataforma|Coordinadora|Movimiento|Banco|Tribunal|Consejo|Ministerio|Congreso|Parlamento|Instituto|Oficina|Dirección|Comité|Federación|Unión|Organización|Sociedad|Compañía|Centro|Fondo|Servicio|Junta|Corte|Cámara|Gobierno|Confederación|Asociación|Universidad|Fundación|Alianza|Consorcio|Diputación|Ayuntamiento|Sindicato|Colegio|Academia)$/,
    adjective: /(?:al|ales|ano|ana|anos|anas|ico|ica|icos|icas|ario|aria|arios|arias|ivo|iva|ado|ada|ense|eño|eña|ero|era|ior)$/,
    complement: /^(?:de la|de los|de las|del|de|para la|para el|para los|para)$/,
    lowerHeads: 'ministerio|universidad|secretaría de Estado|juzgado|tribunal|sindicato|asociación|plataforma',
    directHeads: '(?!)',
    lowerLeads: 'de la |de los |de las |del |de ',
    stop: new Set(['ha', 'han', 'es', 'son', 'y', 'o', 'que', 'pero', 'el', 'la', 'los', 'las', 'un', 'una', 'en',
      'al', 'por', 'para', 'con', 'según', 'su', 'sus', 'este', 'esta']),
  },
};

/** Each language's lower-case institutions, before a name ("ministère de l'") and starting one, compiled once. */
const LOWER_HEADS = new Map(
  Object.entries(WORDS).map(([language, { lowerHeads, lowerLeads, directHeads }]) => [
    language,
    {
      before: new RegExp(
        String.raw`(?:^|[\s(]|\p{L}['’])((?:${lowerHeads}) (?:${lowerLeads})|(?:${directHeads}) )$`,
        'u',
      ),
      starting: new RegExp(String.raw`^(?:${lowerHeads}) `, 'u'),
    },
  ]),
);

const LOWER_WORD = /^\p{Ll}[\p{L}-]*/u;
/** Verb endings that read as an adjective's ("remitiera", "financiera"): the first are verbs. */
const VERB_FORM = /(?:iera|ieran|ieron|aron|aba|aban|ait|aient|ent)$/u;
const GROUP_HEAD = /^(?:Plataforma|Coordinadora|Movimiento|Plateforme|Coordination|Mouvement)$/;
/** Fields listed after a complement: ", Comercio y Turismo", ", Pêche et Alimentation". */
const ARTICLE = String.raw`(?:de la |de l['’]|de los |de las |del |des |du |de |d['’]|la |el |los |las |le |les |l['’])`;
const FIELD_LIST = new RegExp(
  String.raw`^(?:, ${ARTICLE}?\p{Lu}[\p{L}-]+)+,? (?:y|e|et|i|and) ${ARTICLE}?\p{Lu}[\p{L}-]+`,
  'u',
);
/** At most this many words are added after the institution's first one. */
const MOST_WORDS = 6;

/** Where an institution's name that starts at `start` and reads `name` so far really ends, with its words. */
export function institutionName(
  text: string,
  start: number,
  name: string,
  language: string,
): { start: number; name: string } | undefined {
  const words = WORDS[language];
  if (!words) return undefined;
  // "L'Autorité": the article is the sentence's, not the name's.
  const lowered = LOWER_HEADS.get(language)?.before.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (lowered) {
    // "ministère de la Transition énergétique": the adjectives after its capitalised words are the name's.
    const adjectives = new RegExp(String.raw`^(?: (?!${[...words.stop].join('|')}\b)\p{Ll}+)*`, 'u');
    const more = (adjectives.exec(text.slice(start + name.length, start + name.length + 60))?.[0] ?? '')
      .split(' ')
      .filter((word, index) => index === 0 || (words.adjective.test(word) && !VERB_FORM.test(word)));
    const kept = more.findIndex((word, index) => index > 0 && !words.adjective.test(word));
    let adjective = (kept < 0 ? more : more.slice(0, kept)).join(' ');
    // "plan Chaleur verte": after a kind and one name, an adjective of any ending.
    const next = / (\p{Ll}{3,8})\b/u.exec(text.slice(start + name.length, start + name.length + 12))?.[1];
    const direct = !/ /.test(lowered.trim()) && !name.includes(' ');
    if (!adjective && direct && next && !words.stop.has(next) && !VERB_FORM.test(next) && !/(?:é|er|ir)$/.test(next))
      adjective = ` ${next}`;
    // "ministère de l'Agriculture, de la Pêche et de l'Alimentation": the fields it lists are its name's.
    const listed = adjective ? '' : (FIELD_LIST.exec(text.slice(start + name.length))?.[0] ?? '');
    return { start: start - lowered.length, name: `${lowered}${name}${adjective}${listed}` };
  }
  const elided = /^[LDld]['’]/.exec(name)?.[0].length ?? 0;
  const head = name.slice(elided).split(' ')[0] ?? '';
  if (!words.heads.test(head)) return elided ? { start: start + elided, name: name.slice(elided) } : undefined;
  let end = start + name.length;
  let added = 0;
  // "Banque de France" has its complement already.
  let complemented = / \p{Ll}/u.test(name);
  /** The noun of the complement added here, when one was: only it may be joined by a second one. */
  let complementNoun = complemented ? /\s(\p{Lu}[\p{L}-]+)$/u.exec(name)?.[1] : undefined;
  let joinedNoun: string | undefined; // the last noun joined, its adjective may follow ("y Control Alimentario")
  for (;;) {
    const rest = text.slice(end);
    const space = /^ /.exec(rest);
    if ((!space && !rest.startsWith(', ')) || added >= MOST_WORDS) break;
    const next = LOWER_WORD.exec(rest.slice(1))?.[0];
    // An adjective after the head or after the complement's noun.
    if (next && words.adjective.test(next) && !words.stop.has(next) && !VERB_FORM.test(next)) {
      end += 1 + next.length;
      added++;
      continue;
    }
    // After a capitalised complement, its capitalised adjective ("para la Transición Ecológica") and a place's
    // complement ("des Scop du Grand Est").
    const capitalised = /^ (?:(?:du|de la|del|de) )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?/u.exec(rest)?.[0];
    const listed = complementNoun && /^\p{Lu}/u.test(complementNoun) ? FIELD_LIST.exec(rest)?.[0] : undefined;
    // "de Industria, Comercio y Turismo" is the name's; "de España, Francia y Portugal", a list of parties, is not.
    const fields = listed?.split(/[ ,']+/) ?? [];
    if (listed && !fields.some((word) => words.heads.test(word) || isRegionName(word, language))) {
      end += listed.length;
      added += 2;
      joinedNoun = listed.split(' ').at(-1);
      complementNoun = undefined;
      continue;
    }
    const adjectiveOf = complementNoun ?? joinedNoun;
    // "Communauté de communes du Val de Brenne", "Union des commerçants et artisans de Saint-Aubin": after a
    // complement in lower case, a place's complement ends the name.
    if (capitalised && adjectiveOf && /^\p{Ll}/u.test(adjectiveOf) && /^ (?:du|de la|del|de) /u.test(capitalised)) {
      end += capitalised.length;
      added += 2;
      complementNoun = /(\p{Lu}[\p{L}-]+)$/u.exec(capitalised)?.[1];
      joinedNoun = undefined;
      continue;
    }
    if (capitalised && adjectiveOf && /^\p{Lu}/u.test(adjectiveOf)) {
      const word = capitalised.trim();
      const adjective = !word.includes(' ') && words.adjective.test(word.toLowerCase());
      if (adjective || /^ (?:du|de la|del|de) /u.test(capitalised)) {
        end += capitalised.length;
        added += 2;
        complementNoun = undefined;
        joinedNoun = undefined;
        continue;
      }
    }
    if (complemented) {
      // "de los Mercados y la Competencia": a second noun joined to the complement's, written as it is.
      // "de l'origine et de la qualité": the second may have its own "de".
      const joined =
        /^ (?:y|e|et|i)(?: (?:de la|du|des|del|de los|de las|de) | de l['’]| (?:la|el|los|las|le|les|il|lo|gli|o|a|os|as) | )(\p{L}[\p{L}-]{2,})/u.exec(
          rest,
        );
      const noun = joined?.[1] ?? '';
      const sameCase = /^\p{Lu}/u.test(noun) === /^\p{Lu}/u.test(complementNoun ?? '');
      // Not another institution ("le Conseil d'État et la Banque de France" are two).
      if (!joined || !complementNoun || !sameCase || words.heads.test(noun) || words.stop.has(noun.toLowerCase()))
        break;
      complementNoun = undefined;
      joinedNoun = noun;
      end += joined[0].length;
      added += 2;
      continue;
    }
    // One complement: "de la concurrence", "des marchés financiers", "de l'énergie".
    const complement =
      /^ (de la|de los|de las|de l['’]|para la|para el|para los|\p{Ll}+['’]|\p{Ll}+)(\s?)(\p{L}[\p{L}-]*)/u.exec(rest);
    if (!complement) break;
    const [whole, lead = '', gap = '', noun = ''] = complement;
    // "Plataforma en Defensa del …", "Mouvement pour …": a group's cause is its name's.
    const cause = GROUP_HEAD.test(head) && /^(?:en|pour|por|contra|contre|pro)$/.test(lead) && /^\p{Lu}/u.test(noun);
    if (
      (!words.complement.test(lead) && !cause) ||
      (gap === '' && !/['’]$/.test(lead)) ||
      words.stop.has(noun.toLowerCase())
    )
      break;
    if (noun.length < 3) break;
    end += whole.length;
    added += 2;
    complemented = true;
    complementNoun = noun;
  }
  return { start: start + elided, name: text.slice(start + elided, end) };
}

/** "Department for Environment" before ", Food and Rural Affairs": an English institution that names a list. */
const LISTING_HEAD =
  /^(?:Department|Ministry|Office|Secretary|Commission|Committee|Agency|Council|Institute|Board|Bureau|Authority) (?:for|of) /;
const CAPITALISED = String.raw`\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*`;
const LISTED = new RegExp(String.raw`^(?:, ${CAPITALISED})*,? and ${CAPITALISED}`, 'u');

/** The whole name of an English institution whose name lists its fields, when the words after `name` do. */
export function listingInstitution(text: string, start: number, name: string): string | undefined {
  if (!LISTING_HEAD.test(name)) return undefined;
  const listed = LISTED.exec(text.slice(start + name.length, start + name.length + 120))?.[0];
  return listed ? `${name}${listed}` : undefined;
}

/** True when a name starts with an institution's word in this language: it is an organisation. */
export const isInstitution = (name: string, language: string): boolean => {
  const first = name.split(' ')[0] ?? '';
  return (WORDS[language]?.heads.test(first) ?? false) || (LOWER_HEADS.get(language)?.starting.test(name) ?? false);
};

/** The last word of an English institution's name ("… and Health Administration"). */
const ENDS_INSTITUTION =
  /\b(?:Administration|Agency|Authority|Commission|Council|Association|Alliance|Union|Board|Service|Services|Institute|Foundation|Affairs)$/;
/** An English institution named for a field, which may list a second ("Division of Public and Behavioral Health"). */
const OF_FIELD =
  /\b(?:Department|Division|Ministry|Office|Bureau|Institute|Board|Secretary|Agency|Commission|School|College|Centre|Center) (?:of|for) \p{Lu}/u;

const LOCAL_BODY = /^ (?:(?:county|borough|city|district|town|parish) )?council\b/;

/** Two names joined by "and" that make one institution's: "Occupational Safety" and "Health Administration". */
export function joinedByAnd<P extends { name: string; start: number; end: number; kind: Party['kind'] }>(
  text: string,
  parties: P[],
): P[] {
  const joined: P[] = [];
  for (const party of [...parties].sort((a, b) => a.start - b.start)) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, party.start) : '';
    // "Redcar and Cleveland council": a local authority named in lower case after its places.
    const body = between === ' and ' ? (LOCAL_BODY.exec(text.slice(party.end))?.[0] ?? '') : '';
    if (previous && body) {
      joined[joined.length - 1] = {
        ...previous,
        name: `${previous.name} and ${party.name}${body}`,
        end: party.end + body.length,
        kind: 'organization',
      };
      continue;
    }
    if (
      previous &&
      between === ' and ' &&
      !previous.name.includes(' and ') &&
      (ENDS_INSTITUTION.test(party.name) || OF_FIELD.test(previous.name))
    ) {
      joined[joined.length - 1] = { ...previous, name: `${previous.name} and ${party.name}`, end: party.end };
      continue;
    }
    joined.push(party);
  }
  return joined;
}

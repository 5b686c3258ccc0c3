/**
 * What a suggested party is and why: each cue the text gives (a legal form, an institution's word, a first name,
 * a title, "said X", a model number, a place's preposition, how often it is named) sets its kind and adds to how
 * sure the suggestion is, in words a reviewer can check ("named 4 times; a legal form: ASA"). A name the text
 * gives no cue for is no suggestion at all.
 */
import type { Party } from '../schemas/party.ts';

export interface PartyJudgement {
  kind: Party['kind'];
  /** 0 to 1. */
  confidence: number;
  /** The cues, in short words. */
  evidence: string;
}

export interface PartyContext {
  /** How many times the text names it (its aliases included). */
  mentions: number;
  /** The text just before and just after its first mention. */
  before: string;
  after: string;
  /** The title or role word written before it ("CEO", "Chefin"), if any. */
  title?: string | undefined;
  /** What the language's tagger says of the name, where one knows it (compromise, in English). */
  tagged?: Party['kind'] | undefined;
  /** True when its first word is a first name. */
  firstName: boolean;
  /** True when the name is a country or region name in the text's language (from Intl). */
  region: boolean;
  /** True when it is written mid-sentence at least once (a capital there is a name's). */
  midSentence: boolean;
  /** Its last word, named alone elsewhere ("Ferry" after "Élodie Ferry"): how a person is named again. */
  lastNamedAlone?: string | undefined;
  language: string;
}

const LEGAL_FORM =
  /(?:^|[\s,])(Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|LLP|Co|AG|GmbH|SE|KG|e\.V|SA|S\.A|SAS|SARL|SL|S\.L|AS|ASA|AB|Oy|NV|BV|SpA|Srl)\.?$|& (?:Co|Fils|Associés|Söhne|Sons|Partners|Cie)\.?$/u;
/** Words a company's or an institution's name is made of, in English, French, German and Spanish. */
const ORGANISATION =
  /(?:^|\s)(Holdings?|Group|Groupe|Gruppe|Grupo|Bank|Banque|Banco|Caja|Capital|Kapital|Partners|Securities|Energy|Energie|Energía|Énergie|Power|Robotics|Systems|Technologies|Labs|Sensing|Sensorik|Recycling|Paper|Papeteries|Infra|Réseaux|Redes|Solar|Motors|Industries|Industrie|Fonds|Fund|Agency|Administration|Department|Division|Ministry|Council|Commission|Kommission|Comisión|Court|University|Université|Universidad|Institute|Office|Authority|Autorité|Board|Diputación|Ayuntamiento|Junta|Consejo|Ministerio|Ministère|ministère|Région|Métropole|Landkreis|Bolsa|tribunal|Tribunal)(?=\s|$)/u;
/** A German institution's word ends the first word: "Bundesnetzagentur", "Oberverwaltungsgericht". */
const GERMAN_INSTITUTION =
  /^\p{Lu}\p{L}*(?:agentur|amt|behörde|ministerium|gericht|kommission|bank|verband|kasse)(?:\s|$)/u;
const GROUP =
  /(?:^|\s)(Union|Unión|Alliance|Association|Asociación|Associação|Verein|Residents|Neighbors|Neighbours|Workers|Gewerkschaft|Sindical|syndicat|intersyndicale|collectif|Collectif|Coalition|Bürgerinitiative|IG|Plataforma|Colectivo)(?=\s|$|['’])/u;
const INITIATIVE =
  /(?:^|\s)(Plan|plan|Programme|Program|Programm|Initiative|Strategy|Strategie|Wasserstoffstrategie|Estrategia|Stratégie|Campaign|Campagne|Fokus|Horizonte)(?=\s|$)|\p{Ll}(?:strategie|programm|initiative|offensive)$/u;
/** A model number: letters and digits that are no year ("FL-4", "Atlas 9", "Tessel 200"). */
const MODEL = /(?:^|[\s-])(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?$|^\p{Lu}{1,4}-\d/u;
const PLAN_YEAR = /\s(?:19|20)\d\d$/;
/** Speech said of a person ("said Kari Nygaard", "Kari Nygaard said"), by language. */
const SAID: Record<string, { before: RegExp; after: RegExp }> = {
  en: { before: /\b(?:said|says|told|according to|added|explained)\s$/, after: /^,?\s(?:said|says|told|added)\b/ },
  fr: {
    before: /\b(?:dit|explique|ajoute|selon|déclare|souligne|affirme|estime)\s$/,
    after: /^,?\s(?:a dit|explique|dit|a déclaré|estime)\b/,
  },
  de: { before: /\b(?:sagte|sagt|so|erklärte|betonte|laut)\s$/, after: /^,?\s(?:sagte|sagt|erklärte|betonte)\b/ },
  es: {
    before: /\b(?:dijo|afirmó|explicó|señaló|según|asegura|explica|dice)\s$/,
    after: /^,?\s(?:dijo|afirmó|explicó|señaló)\b/,
  },
};
/** "X said in a statement": an organisation speaking. */
const STATEMENT = /^,?\s(?:said|says) in a (?:statement|release)|^ (?:a annoncé|hat angekündigt|anunció)\b/;
/** "chief executive of", "directora de": a person's role, after a comma. */
const ROLE_AFTER =
  /^,\s(?:the\s|its\s|la\s|le\s|el\s|die\s|der\s)?(?:\p{Ll}+\s){0,3}(?:executive|officer|director|founder|president|chair|manager|spokes\w+|head|minister|mayor|professor|analyst|resident|engineer|directeur|directrice|présidente?|fondatrice|fondateur|porte-parole|maire|Chef\w*|Leiter\w*|Sprecher\w*|Geschäftsführer\w*|Gründer\w*|director[a]?|president[a]?|portavoz|alcalde(?:sa)?|consejer[oa]|fundador[a]?)\b/u;
/** A preposition of place just before, with no article: "in Trondheim", "à Metz", "nach Bayern", "en Zaragoza". */
const PLACE_BEFORE: Record<string, RegExp> = {
  en: /\b(?:in|near|outside|from)\s$/,
  fr: /(?:^|\s)(?:à|près de|en|depuis)\s$/,
  de: /\b(?:in|nach|aus|bei)\s$/,
  es: /\b(?:en|de|desde)\s$/,
};
const BASED_AFTER = /^(?:-based|,\s(?:Texas|Norway|Nevada|California|[A-Z]{2})\b)/;

const join = (cues: string[]): string => cues.join('; ');

// Longer than most functions here: each cue is a line, in the order a reviewer would weigh them.
export function judgeParty(name: string, context: PartyContext): PartyJudgement | undefined {
  const { mentions, before, after, title, tagged, firstName, region, lastNamedAlone } = context;
  const language = context.language in SAID ? context.language : 'en';
  const cues: string[] = [];
  const kinds: Array<Party['kind']> = [];
  const cue = (kind: Party['kind'] | undefined, words: string): void => {
    if (kind) kinds.push(kind);
    cues.push(words);
  };
  const legal = LEGAL_FORM.exec(name);
  if (legal) cue('organization', `a legal form: ${(legal[1] ?? legal[0]).trim()}`);
  const group = GROUP.exec(name);
  if (group) cue('group', `a group's word: ${group[1]}`);
  const organisation = ORGANISATION.exec(name) ?? GERMAN_INSTITUTION.exec(name);
  if (organisation && !group) cue('organization', `an organisation's word: ${organisation[1] ?? name.split(' ')[0]}`);
  const initiative = INITIATIVE.exec(name) ?? INITIATIVE.exec(`${/(\p{L}+)\s$/u.exec(before)?.[1] ?? ''} `);
  if (initiative && !legal && !group) cue('initiative', `a plan's word: ${(initiative[1] ?? name).trim()}`);
  else if (PLAN_YEAR.test(name) && !legal) cue('initiative', "a plan's year");
  else if (MODEL.test(name) && !legal) cue('product', 'a model number');
  if (title) cue('person', `a title: ${title}`);
  if (firstName && name.includes(' ')) cue('person', `a first name: ${name.split(' ')[0]}`);
  if (STATEMENT.test(after)) cue('organization', 'speaks in a statement');
  else if ((SAID[language]?.before.test(before) || SAID[language]?.after.test(after)) && name.includes(' '))
    cue('person', 'quoted');
  if (ROLE_AFTER.test(after) && name.includes(' ') && !legal && !organisation) cue('person', 'a role after it');
  if (lastNamedAlone && !legal && !organisation && !group) cue('person', `named again as ${lastNamedAlone}`);
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) && !name.includes(' ')) cue(undefined, 'written as a brand');
  if (region) cue('place', 'a country or region');
  else if (!name.includes(' ') && (PLACE_BEFORE[language]?.test(before) || BASED_AFTER.test(after)))
    cue('place', 'after a preposition of place');
  if (tagged && tagged !== 'other') cue(tagged, `known as a ${tagged === 'organization' ? 'organisation' : tagged}`);
  if (mentions >= 2) cues.unshift(`named ${mentions} times`);
  if (cues.length === 0 && !context.midSentence) return undefined;
  if (cues.length === 0) cues.push('named once, with capitals mid-sentence');
  // The kind the first cue gives (the name's own words come before what stands around it).
  const kind = kinds[0] ?? 'other';
  const agreeing = kinds.filter((other) => other === kind).length;
  const confidence = Math.min(
    0.95,
    0.3 + 0.15 * agreeing + (mentions >= 2 ? 0.15 : 0) + (mentions >= 4 ? 0.1 : 0) - (kind === 'other' ? 0.1 : 0),
  );
  return { kind, confidence: Math.round(confidence * 100) / 100, evidence: join(cues) };
}

/** True when a name ends with a company's legal form ("Fjordline Sensing AS", "Vernet & Fils"). */
export const hasLegalForm = (name: string): boolean => LEGAL_FORM.test(name);

const regions = new Map<string, ReadonlySet<string>>();
/** The names of countries and regions in a language, from Intl ("Norway", "Alemania", "Deutschland"). */
export function isRegionName(name: string, language: string): boolean {
  let names = regions.get(language);
  if (!names) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    names = new Set(
      letters.flatMap((a) => letters.map((b) => display.of(`${a}${b}`))).filter((n): n is string => Boolean(n)),
    );
    regions.set(language, names);
  }
  return names.has(name);
}

/** How many times the text names it, as a whole word. */
export function timesNamed(text: string, names: readonly string[]): number {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped})(?![\\p{L}\\p{N}])`, 'gu'))].length;
}

/** A word companies' names are made of ("Capital", "Partners", "Energie"). */
export const isOrganisationWord = (word: string): boolean => ORGANISATION.test(word) && !/^\p{Ll}/u.test(word);

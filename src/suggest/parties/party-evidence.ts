/**
 * What a suggested party is and why: each cue the text gives (a legal form, an institution's word, a first name,
 * a title, "said X", a model number, a place's preposition, how often it is named) sets its kind and adds to how
 * sure the suggestion is, in words a reviewer can check ("named 4 times; a legal form: ASA"). A name the text
 * gives no cue for is no suggestion at all.
 */
import type { Party } from '../../schemas/party.ts';
import { endingLegalForm } from './name-structure.ts';
import { ACRONYM_NAME, regionActs } from './region-cues.ts';

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
  /** The text just before and just after each of its mentions, the first first. */
  around: ReadonlyArray<{ before: string; after: string }>;
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
  /** The word for its kind that the text writes before it in quotation marks ("Bürgerinitiative „…“"). */
  called?: { kind: Party['kind']; word: string } | undefined;
  language: string;
}

const LEGAL_FORM =
  /(?:^|[\s,])(Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|LLP|Co|AG|GmbH|SE|KG|e\.V|SA|S\.A|SAS|SARL|SL|S\.L|AS|ASA|AB|Oy|NV|BV|SpA|Srl)\.?$|& (?:Co|Fils|Associés|Söhne|Sons|Partners|Cie)\.?$/u;
/** Words a company's or an institution's name is made of, in English, French, German and Spanish. */
const ORGANISATION =
  /(?:^|\s)(Holdings?|Group|Groupe|Gruppe|Grupo|Bank|Banque|Banco|Caja|Capital|Kapital|Partners|Securities|Energy|Energie|Energía|Eléctrica|Électricité|Énergie|Power|Robotics|Systems|Technologies|Labs|Sensing|Sensorik|Recycling|Paper|Papeteries|Infra|Réseaux|Redes|Solar|Motors|Industries|Industrie|Fonds|Fund|Agency|Agencia|Agence|Instituto|Administration|Department|Division|Ministry|Council|Commission|Kommission|Comisión|Court|University|Université|Universidad|Institute|College|Hospital|Academy|Office|Authority|Autorité|Board|Diputación|Ayuntamiento|Junta|Consejo|Ministerio|Ministère|ministère|Région|Métropole|Landkreis|Bolsa|tribunal|Tribunal|council|Foundation|Fondation|Fundación|Fundação|Stiftung|Cooperative|Coopérative|Cooperativa|Genossenschaft|Committee|Comité|Conservancy|Trust|Society|Federation|Fédération|Federación|Chamber|Chambre|Cámara|Kammer|Universität|Hochschule|Library|Museum|Church|School|Schools|Gallery|Theatre|Theater|Orchestra|Agglo|Bibliothèque|Musée|Biblioteca|Museo)(?=\s|$)/u;
/** A sports club's prefix: "SV Eintracht Wehrberg", "FC Rot-Weiß Kaltenbach", "TuS Hemmerde 09", "CD Tenerife". */
const CLUB =
  /^(?:SV|FC|SC|TuS|TSV|VfB|VfL|VfR|SpVgg|SG|FSV|BSC|SSV|ASV|CF|CD|UD|SD|RC|AS|OGC|AC|US|AFC|SSC|Borussia|Eintracht|Fortuna|Real|Atlético|Deportivo|Racing|Olympique|Stade)\s\p{Lu}/u;
/** A French town whose name joins its parts with a particle: "Vallon-sur-Arnon", "Saint-Aubin-des-Prés". */
const FRENCH_TOWN =
  /^\p{Lu}[\p{L}']+(?:-\p{Lu}[\p{L}']+)*-(?:sur|sous|en|lès|lez|les|le|la|de|des|du|aux|d['’]\p{Lu})[-\p{L}']*$/u;
/** A German institution's word ends the first word: "Bundesnetzagentur", "Ernst-Abbe-Hochschule". */
const GERMAN_INSTITUTION =
  /^\p{Lu}[\p{L}-]*(?:agentur|amt|behörde|ministerium|gericht|kommission|bank|verband|kasse|direktion|[Hh]ochschule|[Uu]niversität|[Ss]tiftung|[Gg]enossenschaft|[Kk]ammer|[Ss]chule|[Gg]ymnasium)(?:\s|$)|^(?:Stadt|Gemeinde|Landkreis|Gebrüder)\s\p{Lu}/u;
/** A German structure or state named after its word: "Talbrücke Ammerschlucht", "Freistaat Thüringen". */
const GERMAN_PLACE = /^(?:Freistaat|\p{Lu}\p{Ll}*(?:brücke|straße|platz|stadion|tunnel|bahnhof|talsperre))\s\p{Lu}/u;
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
  en: /\b(?:in|near|outside|city of|town of|village of)\s$/,
  fr: /(?:^|\s)(?:à|près de|en|ville de|commune de|village de)\s$/,
  de: /\b(?:in|nach|aus|bei|Stadt|Gemeinde)\s$/,
  es: /\b(?:en|de|ciudad de|municipio de|localidad de|pueblo de|provincia de)\s$/,
};
/** A region or a place's word before it: "northern Idaho", "la vallée de la Risle", "la comarca de La Loma". */
const PLACE_NOUN_BEFORE =
  /(?:\b(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|valley of|region of|province of|county of|state of)|(?:^|\s)(?:vallée|région|département|province|canton|commune|comarca|provincia|región|valle|municipio|comunidad autónoma)\s(?:de la|de l['’]|du|des|de|del|de los|de las)|(?:^|\s)(?:la région|le département|la province|la comarca|la provincia|la región)|(?:^|\s)(?:Region|Landkreis|Kreis|Bundesland|Freistaat|Tal der|Tal des))\s$/u;
/** A place named in brackets after another: "Poligny (Jura)", "Jena (Thüringen)". */
const BRACKETED_PLACE = { before: /\p{Lu}[\p{L}-]+ \($/u, after: /^\)/ };
/** The last word of a place's name in English ("Harlan Flats", "Redcar Bay", "Central Valley"). */
const GEOGRAPHY =
  /\s(Flats|Bay|Valley|Hills|Heights|Springs|Beach|County|Island|Islands|Lake|River|Mountains?|Coast|Peninsula|Gulf|Sea|Canyon|Creek|Falls)$|^(?:Saint|Sainte|San|Santa|Sankt|Bad|Sierra|Monte|Valle|Río|Lago|Puerto|Cabo|Mont|Lac|Île|Pic|Mount|Lake|Cape)[- ]\p{Lu}|^(?:Building|Hall|Bâtiment|Edificio|Nave|Gebäude|Halle|Tower|Terminal|Pier|Dock)\s\d+$/u;
/** A place described after a comma: "Coatham, the village closest to the plant", "Huelma, un pueblo de". */
const PLACE_AFTER =
  /^,\s(?:the|a|an|le|la|l['’]|un|une|el|una|die|das|der|ein|eine)\s(?:\p{Ll}+\s)?(?:village|town|city|county|district|suburb|port|region|ville|village|commune|bourg|quartier|région|pueblo|ciudad|localidad|municipio|comarca|aldea|Stadt|Gemeinde|Dorf|Kreisstadt|Region)\b/u;
/** A company described after a comma: "Valmora, concepteur et fabricant lyonnais", "Nortéa, a maker of". */
const COMPANY_AFTER =
  /^,\s(?:the |a |an |un |une |le |la |el |der |die |ein |eine )?(?:\p{Ll}+ )?(?:maker|manufacturer|developer|provider|operator|supplier|company|firm|regulator|watchdog|agency|authority|régulateur|regulador|Aufsicht|Behörde|concepteur|fabricant|éditeur|opérateur|fournisseur|spécialiste|filiale|gestionnaire|fabricante|proveedor|operador|empresa|compañía|distribuidora|Hersteller|Anbieter|Betreiber|Spezialist|Tochter)/u;
/** Plans and programmes named after their kind ("the Open Aisle program", "el programa Raíces Solares"). */
const INITIATIVE_BEFORE =
  /(?:^|\s)(?:program|programme|initiative|scheme|project|campaign|plan|programa|proyecto|iniciativa|dispositif|projet|Programm|Projekt|Initiative|Kampagne|\p{Lu}\p{Ll}+(?:programm|projekt|kampagne))(?:\s\p{Ll}+)?,?\s$/u;
const INITIATIVE_AFTER =
  /^(?:\s|,\s(?:the|a|an|its|le|la|l['’]|el|un|une|das|die|der)\s(?:[\p{L}-]+\s){0,2})(?:program|programme|initiative|scheme|project|campaign|pledge|fund|programa|proyecto|iniciativa|plan|dispositif|projet|Programm|Projekt)\b/u;
/** A person's role just before the name, a comma or none between: "chief executive Kari Nygaard". */
const ROLE_BEFORE =
  /(?:executive|officer|director|founder|president|chair(?:man|woman)?|manager|spokes(?:man|woman|person)|minister|mayor|professor|analyst|secretary|directeur|directrice|président|présidente|fondateur|fondatrice|porte-parole|maire|délégué|déléguée|consejero delegado|consejera delegada|director|directora|presidente|presidenta|portavoz|alcalde|alcaldesa|fundador|fundadora|Geschäftsführer|Geschäftsführerin|Vorstandschef|Vorstandschefin|Sprecher|Sprecherin|Bürgermeister|Bürgermeisterin|\p{Ll}chef|\p{Ll}chefin|\p{Ll}leiter|\p{Ll}leiterin|\p{Ll}meister|\p{Ll}meisterin|\p{Ll}minister|\p{Ll}ministerin|\p{Ll}präsident|\p{Ll}präsidentin)(?:\s(?:général|générale|general|ejecutivo|ejecutiva))?,?\s$/u;
/** Products named after their kind ("the GridStack battery", "la marca Mágina Verde"). */
const PRODUCT_BEFORE =
  /(?:^|\s)(?:brand|model|product|marca|modelo|producto|marque|modèle|gamme|produit|Marke|Modell|Produkt|(?:under|sous|bajo|unter) (?:the|le|el|dem) (?:name|nom|nombre|Namen)(?: de)?)(?:\s\p{Ll}+)?,?\s$|\d\s(?:tonnes|tons|kilos|litres|liters|barrels|units|unités|unidades|toneladas|Tonnen|Stück|Liter)\s(?:of\s|de\s|d['’])?$/u;
const PRODUCT_AFTER =
  /^\s(?:system|systems|platform|battery|batteries|sensor|module|robot|robots|product|brand|line|range|process|software|app|units?|device|kit)\b/u;
/** What a text calls a company just before its name ("the Oslo-based maker", "la société", "die Firma"). */
const COMPANY_BEFORE =
  /(?:^|\s)(?:company|firm|group|maker|manufacturer|operator|start-?up|retailer|developer|supplier|utility|insurer|lender|investor|fund|société|groupe|entreprise|fabricant|opérateur|industriel|cabinet|banque|fonds|papetier|chain|supermarket|retailer|cadena|gestionnaire|distributeur|fournisseur|empresa|grupo|compañía|cooperativa|firma|distribuidora|comercializadora|fondo|Unternehmen|Konzern|Hersteller|Firma|Versorger|Betreiber|Investor|\p{L}+institut|\p{L}+gesellschaft)(?:\s(?:de |d['’])?\p{Ll}[\p{L}-]+){0,2},?\s$/u;
/** What a text calls a group of people just before its name ("the union", "le collectif", "die Bürgerinitiative"). */
const GROUP_BEFORE =
  /(?:^|\s)(?:union|campaign group|residents' group|collectif|syndicat|association|colectivo|plataforma|sindicato|asociación|Bürgerinitiative|Initiative|Gewerkschaft|Verein|Bündnis|\p{Lu}\p{Ll}+bündnis)(?:\s\p{Ll}+)?,?\s$/u;
/** A person's honorific ("Mme Ferry", "Frau Vogt", "Sra. Aguilar"). */
const HONORIFIC = /(?:^|\s)(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Frau|Herr|Sra?\.|señora|señor|doña|don)\s$/u;
const BASED_AFTER = /^(?:-based|,\s(?:Texas|Norway|Nevada|California|[A-Z]{2})\b)/;

/** The kind most cues give; of those as many, the first given. */
function mostCommon(kinds: ReadonlyArray<Party['kind']>): Party['kind'] {
  let best: Party['kind'] = 'other';
  let most = 0;
  for (const kind of kinds) {
    const count = kinds.filter((other) => other === kind).length;
    if (count > most) [best, most] = [kind, count];
  }
  return best;
}

// Longer than most functions here: each cue is a line, in the order a reviewer would weigh them.
export function judgeParty(name: string, context: PartyContext): PartyJudgement | undefined {
  const { mentions, around, title, tagged, firstName, region, lastNamedAlone } = context;
  const before = around[0]?.before ?? '';
  const anyBefore = (pattern: RegExp | undefined): boolean => around.some((mention) => pattern?.test(mention.before));
  const anyAfter = (pattern: RegExp | undefined): boolean => around.some((mention) => pattern?.test(mention.after));
  const language = context.language in SAID ? context.language : 'en';
  const cues: string[] = [];
  const kinds: Array<Party['kind']> = [];
  const cue = (kind: Party['kind'] | undefined, words: string): void => {
    if (kind) kinds.push(kind);
    cues.push(words);
  };
  if (context.called) cue(context.called.kind, `after its kind's word: ${context.called.word}`);
  const legal = LEGAL_FORM.exec(name) ?? endingLegalForm(name);
  if (legal) cue('organization', `a legal form: ${(legal[1] ?? legal[0]).trim()}`);
  const group = GROUP.exec(name);
  if (group) cue('group', `a group's word: ${group[1]}`);
  // A plan's word first: "Plan de Redes 2030" is a plan, whatever its words name.
  const initiative = INITIATIVE.exec(name) ?? INITIATIVE.exec(`${/(\p{L}+)\s$/u.exec(before)?.[1] ?? ''} `);
  if (initiative && !legal && !group) cue('initiative', `a plan's word: ${(initiative[1] ?? name).trim()}`);
  // "UPA Ourense", "IG Bau": an acronym and a place's or a field's word name an organisation (a union's too).
  const organisation = ORGANISATION.exec(name) ?? GERMAN_INSTITUTION.exec(name) ?? ACRONYM_NAME.exec(name);
  if (organisation && !group) cue('organization', `an organisation's word: ${organisation[1] ?? name.split(' ')[0]}`);
  else if (PLAN_YEAR.test(name) && !legal) cue('initiative', "a plan's year");
  else if (MODEL.test(name) && !legal && !GEOGRAPHY.test(name)) cue('product', 'a model number');
  if (CLUB.test(name) && !legal) cue('organization', `a club's name: ${name.split(' ')[0]}`);
  if (FRENCH_TOWN.test(name) && !legal && !organisation) cue('place', "a town's name: joined by a particle");
  const geography = GEOGRAPHY.exec(name);
  if (geography && !legal && !organisation) cue('place', `a place's word: ${geography[1] ?? name.split(/[- ]/)[0]}`);
  else if (GERMAN_PLACE.test(name)) cue('place', `a place's word: ${name.split(' ')[0]}`);
  // What the name's own words say settles its kind; what stands around it is weighed after.
  const named = kinds.length;
  const single = !name.includes(' ');
  if (region) cue('place', 'a country or region');
  else if (anyAfter(PLACE_AFTER)) cue('place', 'called a place');
  else if (anyBefore(PLACE_NOUN_BEFORE)) cue('place', "after a region's word");
  else if (around.some(({ before, after }) => BRACKETED_PLACE.before.test(before) && BRACKETED_PLACE.after.test(after)))
    cue('place', 'in brackets after a place');
  else if (single && (anyBefore(PLACE_BEFORE[language]) || anyAfter(BASED_AFTER)))
    cue('place', 'after a preposition of place');
  if (anyBefore(INITIATIVE_BEFORE) || anyAfter(INITIATIVE_AFTER)) cue('initiative', 'called a plan');
  if (anyBefore(PRODUCT_BEFORE) || anyAfter(PRODUCT_AFTER)) cue('product', 'called a product');
  if (title) cue('person', `a title: ${title}`);
  if (anyBefore(COMPANY_BEFORE) || anyAfter(COMPANY_AFTER)) cue('organization', 'called a company');
  if (anyBefore(GROUP_BEFORE)) cue('group', 'called a group');
  // After what the text calls it: "le cabinet d'avocats Ravel Lenoir" is a firm, whatever its first word. A first
  // name before a particle ("Llanos de Zafra") names a place as often as a person.
  if (firstName && /^\S+ \p{Lu}/u.test(name)) cue('person', `a first name: ${name.split(' ')[0]}`);
  if (anyBefore(HONORIFIC)) cue('person', 'an honorific');
  if (!single && anyBefore(ROLE_BEFORE)) cue('person', 'a role before it');
  if (anyAfter(STATEMENT)) cue('organization', 'speaks in a statement');
  else if ((anyBefore(SAID[language]?.before) || anyAfter(SAID[language]?.after)) && name.includes(' '))
    cue('person', 'quoted');
  if (anyAfter(/^, (?:the|a|an|its|le|la|l['’]|un|une|el|der|die|das|ein|eine) \p{Ll}[^,.;]{1,40},/u))
    cue(undefined, 'described after a comma');
  if (anyAfter(ROLE_AFTER) && name.includes(' ') && !legal && !organisation) cue('person', 'a role after it');
  if (lastNamedAlone && !legal && !organisation && !group) cue('person', `named again as ${lastNamedAlone}`);
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) && !name.includes(' ')) cue(undefined, 'written as a brand');
  if (tagged && tagged !== 'other')
    cue(tagged, `known as ${tagged === 'organization' ? 'an organisation' : `a ${tagged}`}`);
  // An abbreviation named once, and never spelt out, is a term's more often than a party's ("EBIT", "IPC").
  const lower = name.replace(/[^\p{Ll}]/gu, '').length;
  if (/^\p{Lu}\p{L}+$/u.test(name) && lower <= 1 && mentions < 2 && kinds.length === 0) return undefined;
  // A German compound named once on no cue ("die EBIT-Marge") is a noun as often as a name; one listed with
  // another name ("nach Bayern und Baden-Württemberg") is one.
  const listed = anyBefore(/(?:und|oder|sowie|,)\s$/u) || anyAfter(/^,?\s(?:und|oder|sowie)\s\p{Lu}/u);
  const compound = /^\p{L}+-\p{L}/u.test(name) && !name.includes(' ');
  if (context.language === 'de' && compound && mentions < 2 && !kinds.length && !listed) return undefined;
  // A country named in passing is where the story happens, not one of its parties; one that acts, or is a
  // market, is one ("exports to Chile", "Chile's regulator").
  const market = region && around.some((mention) => regionActs(mention, language));
  if (market) cue('place', 'a market or an actor');
  if (region && !market && mentions < 2 && kinds.every((other) => other === 'place')) return undefined;
  if (mentions >= 2) cues.unshift(`named ${mentions} times`);
  if (cues.length === 0 && !context.midSentence) return undefined;
  if (cues.length === 0) cues.push('named once, with capitals mid-sentence');
  const kind = kinds[0] !== undefined && named > 0 ? kinds[0] : mostCommon(kinds);
  const agreeing = kinds.filter((other) => other === kind).length;
  const confidence = Math.min(
    0.95,
    0.3 + 0.15 * agreeing + (mentions >= 2 ? 0.15 : 0) + (mentions >= 4 ? 0.1 : 0) - (kind === 'other' ? 0.1 : 0),
  );
  // A place named once, on no cue of its own, is as often the story's setting: one the reviewer may reject at once.
  const passing = kind === 'place' && mentions < 2 && named === 0;
  const sure = passing ? Math.min(confidence, 0.45) : confidence;
  return {
    kind,
    confidence: Math.round(sure * 100) / 100,
    evidence: (passing ? [...cues, 'named once'] : cues).join('; '),
  };
}

/** True when a name ends with a company's legal form ("Fjordline Sensing AS", "Vernet & Fils"). */
export const hasLegalForm = (name: string): boolean => LEGAL_FORM.test(name);

const regions = new Map<string, ReadonlySet<string>>();
// prettier-ignore
const M49 = ['001', '002', '005', '009', '013', '019', '021', '029', '030', '034', '035', '039', '053', '142', '143',
  '145', '150', '151', '154', '155', '419'];
/** The names of countries and regions in a language, from Intl ("Norway", "Alemania", "Deutschland"). */
export function isRegionName(name: string, language: string): boolean {
  let names = regions.get(language);
  if (!names) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    // And the continents and world regions of UN M.49 ("Europe", "Asia", "Latin America").
    const codes = [...letters.flatMap((a) => letters.map((b) => `${a}${b}`)), ...M49];
    names = new Set(codes.map((code) => display.of(code)).filter((n): n is string => Boolean(n)));
    regions.set(language, names);
  }
  return names.has(name) || (language === 'en' && /^(?:U\.S\.|U\.K\.|USA|UK)$/.test(name));
}

const namesPattern = (names: readonly string[]): RegExp => {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped})(?![\\p{L}\\p{N}])`, 'gu');
};

/** How many times the text names it, as a whole word. */
export const timesNamed = (text: string, names: readonly string[]): number =>
  [...text.matchAll(namesPattern(names))].length;

/** The words around each place the text names it. */
export const mentionsOf = (text: string, names: readonly string[]): Array<{ before: string; after: string }> =>
  [...text.matchAll(namesPattern(names))].map((match) => {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    return { before: text.slice(Math.max(0, at - 40), at), after: text.slice(end, end + 60) };
  });

/** A word companies' names are made of ("Capital", "Partners", "Energie"). */
export const isOrganisationWord = (word: string): boolean => ORGANISATION.test(word) && !/^\p{Ll}/u.test(word);

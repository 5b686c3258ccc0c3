/**
 * What a name's own structure says, read by the party suggestions: a legal form written with points or an
 * ampersand ("S. Coop. And.", "GmbH & Co. KG", "e.V."), which ends a company's name and is never one alone; a
 * person's role ("Chief Executive Officer", "Medical Officer"), which is no party, before the person or before the
 * institution after "of"; and the capitalised terms of a trial or a filing ("Phase 3", "Week 16", "Fast Track",
 * "… Severity Index"), which name no party at all.
 */
import { isFirstName } from './name-words.ts';

/** Legal forms written with points or an ampersand, the longest first, in English, French, German and Spanish. */
// prettier-ignore
const LEGAL_FORMS = ['GmbH & Co. KGaA', 'GmbH & Co. KG', 'AG & Co. KGaA', 'AG & Co. KG', 'SE & Co. KG', '& Co. KGaA',
  '& Co. KG', 'Sdad. Coop. And.', 'S. Coop. And.', 'S. Coop. Galega', 'S. Coop. Ltda.', 'S. Coop.', 'Soc. Coop.',
  'S.A.U.', 'S.L.U.', 'S.L.L.', 'S.L.P.', 'S.A.T.', 'S.C.A.', 'S.A.S.U.', 'S.A.S.', 'S.C.O.P.', 'S.à r.l.', 'S.à.r.l.',
  'S.A.', 'S.L.', 'S.C.', 'S.p.A.', 'S.r.l.', 'N.V.', 'B.V.', 'L.L.C.', 'L.P.', 'P.L.C.', 'e. V.', 'e.V.', 'e.G.', 'eG',
  'gGmbH', 'GmbH', 'mbH', 'KGaA', 'AG', 'KG', 'SE', 'SAS', 'SARL', 'SCOP', '& Co.', '& Cie.', '& Cie', '& Fils',
  '& Sons', '& Partners', 'Inc.', 'Corp.', 'Ltd.', 'Co.'];
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LEGAL_FORM_AT = new RegExp(String.raw`^(?:${LEGAL_FORMS.map(escape).join('|')})(?![\p{L}\p{N}])`, 'u');

/**
 * The legal form that ends a name at or across `end`, starting at one of the words given (their places in `text`),
 * as the index of the word it starts at and where it ends; undefined when none does. A form that is the first word
 * has no name before it: index 0 says so.
 */
export function legalFormEnd(
  text: string,
  words: ReadonlyArray<{ at: number }>,
  end: number,
): { index: number; end: number } | undefined {
  for (let index = Math.max(0, words.length - 4); index < words.length; index++) {
    const at = words[index]?.at ?? 0;
    // "… Keller GmbH & Co. KG": an ampersand form starts just after the word before it.
    const form = LEGAL_FORM_AT.exec(text.slice(at, at + 24))?.[0];
    if (form && at + form.length >= end) return { index, end: at + form.length };
  }
  // "Ecobau Talheim e.V.", "Cerámica Ruiz, S.A.U.": a form after the last word, with its points.
  const after = /^,? /.exec(text.slice(end))?.[0].length ?? 0;
  const form = LEGAL_FORM_AT.exec(text.slice(end + after, end + after + 24))?.[0];
  if (form && after > 0) return { index: words.length, end: end + after + form.length };
  return undefined;
}

/** A legal form alone ("& Co.", "S.A.", "e.V."): never a party. */
export const isLegalFormAlone = (name: string): boolean =>
  new RegExp(`${LEGAL_FORM_AT.source}$`, 'u').test(name.trim()) || /^&/.test(name);

/** Words a role is made of ("Chief Executive Officer", "Senior Vice President", "Medical Officer", "Professor"). */
const ROLE_WORD =
  /^(?:Chief|Executive|Officer|Operating|Financial|Medical|Scientific|Science|Technology|Technical|Commercial|Marketing|Business|Development|Research|Clinical|Regulatory|Legal|Strategy|Strategic|Investor|Relations|Communications|Corporate|Affairs|Vice|Senior|Deputy|General|Managing|Director|President|Chairman|Chairwoman|Chair|Head|Manager|Partner|Founder|Co-Founder|Co-founder|Secretary|Treasurer|Counsel|Principal|Investigator|Lead|Global|Regional|Professor|Prof|Associate|Assistant|Adjunct|Emeritus|Fellow|Lecturer|Dean|Rector|Provost|Officer)$/;
/** True when every word is a role's: "Chief Operating Officer", "Medical Officer" (no party of their own). */
export const isRolePhrase = (words: readonly string[]): boolean =>
  words.length > 0 && words.every((word) => ROLE_WORD.test(word));

/** Words that open an institution named after "of": "University of …", "the Institute …". */
const INSTITUTION_AFTER_OF =
  /^(?:the )?(?:University|Université|Universidad|Universität|Institute|Institut|Instituto|College|School|Hospital|Clinic|Centre|Center|Department|Academy|Foundation|Society|Laboratory|Museum|Council|Agency|Ministry|Bank|Board|Association|Federation|Union|Company|Corporation|Group|[\p{Lu}][\p{L}-]+ (?:University|Institute|College|Hospital|Inc|Ltd|Pharma|Pharmaceuticals|Therapeutics|Biosciences|Group|Holdings|Corporation|Company))\b/u;

/** The first word of a term of a trial, a study or a document, before its number ("Phase 3", "Week 16"). */
const NUMBERED_TERM =
  /^(?:Phase|Week|Day|Month|Year|Hour|Cohort|Part|Stage|Grade|Level|Tier|Class|Step|Arm|Visit|Cycle|Dose|Section|Article|Chapter|Figure|Table|Appendix|Annex|Item|Rule|Schedule|Exhibit|Page|Type|Series|Round|Wave|Category|Study|Trial|Protocol|Amendment|Note|Footnote|Slide|Question)(?: (?:[IVX]+|\d+[a-z]?|[A-D])(?:\/(?:[IVX]+|\d+))?)?$/;
/** The last word of a term of a trial, a filing or a scale: "… Severity Index", "… License Application". */
const TERM_END =
  /(?:^|\s)(?:Index|Score|Scale|Assessment|Questionnaire|Endpoint|Endpoints|Application|Designation|Approval|Review|Track|Therapy|Exemption|Authorization|Authorisation|Criteria|Inventory|Call|Webcast|Meeting|Statements?|Relations|Outcomes?|Response|Remission|Events?|Survival|Efficacy|Safety|Tolerability|Disease|Syndrome|Dermatitis|Area)$/;
/** Lower-case words that say a capitalised phrase before them was a designation or a measure. */
const TERM_AFTER =
  /^ (?:designation|designations|status|score|scores|scale|index|application|endpoint|endpoints|criteria|submission|pathway)\b/;
/** A drug's or a gene's code: capitals and a number of two digits or more ("BXT-2207", "TRK42"). */
const CODE = /^\p{Lu}{2,5}-?\d{2,6}[A-Z]?$/u;
const DRUG_AFTER =
  /^.{0,40}\b(?:drug|candidate|compound|antibody|inhibitor|agonist|antagonist|mutations?|gene|mg|doses?|dosing|treatment|therapy|patients|placebo|tablets?|injection)\b/is;
/** A regulator's pathways, capitalised in a release: "Priority Review", "Accelerated Approval". */
const REGULATORY =
  /^(?:Fast Track|Priority Review|Standard Review|Accelerated Approval|Conditional Approval|Orphan Drug|Emergency Use|Breakthrough Device|Real-World Evidence|Topline Results?|Top-line Results?|Primary Endpoint|Secondary Endpoints?)$/;
/** Headings and audiences of a press release, capitalised but no party ("Investors", "Media Contact"). */
const RELEASE_WORDS =
  /^(?:Investors?|Investor Contacts?|Media|Media Contacts?|Contacts?|Analysts?|Patients?|Shareholders?)$/;

/**
 * True when an English name is a term of a trial, a filing or a release rather than a party: what it is written as,
 * and what follows it in the text (" and Severity Index", " designation").
 */
export function isTermNotParty(name: string, after: string): boolean {
  if (NUMBERED_TERM.test(name) || RELEASE_WORDS.test(name) || REGULATORY.test(name)) return true;
  if (TERM_END.test(name) && !/\s(?:Inc|Ltd|Corp|LLC|plc)\.?$/.test(name)) return true;
  if (TERM_AFTER.test(after)) return true;
  // "BXT-2207, an oral inhibitor": a drug's or a gene's code, no party.
  if (CODE.test(name) && DRUG_AFTER.test(after)) return true;
  // "Eczema Area" of "Eczema Area and Severity Index": the first half of a term joined by "and".
  const joined = /^ and ((?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
  return joined !== undefined && TERM_END.test(joined);
}

const LEGAL_FORM_END = new RegExp(String.raw`(?:^|\s)(${LEGAL_FORMS.map(escape).join('|')})$`, 'u');
/** The legal form a name ends with, written with its points ("S. Coop. And.", "e.V."), as a match. */
export const endingLegalForm = (name: string): RegExpExecArray | null => LEGAL_FORM_END.exec(name);

/**
 * Whether a run splits at "of": after a role ("Chief Operating Officer of …"), which is no party, or after a person
 * named with a title or a first name, before an institution ("Lena Brandt of the University of …").
 */
export function splitAtOf(
  words: ReadonlyArray<{ word: string }>,
  titled: boolean,
  rest: string,
): 'role' | 'person' | undefined {
  if (words.length === 0) return undefined;
  if (isRolePhrase(words.map(({ word }) => word))) return 'role';
  const person = titled || isFirstName(words[0]?.word ?? '');
  return person && INSTITUTION_AFTER_OF.test(rest.trimStart()) ? 'person' : undefined;
}

/** The parties of an English text that are no trial's, filing's or release's terms. */
export const withoutTerms = <P extends { name: string; end: number }>(parties: P[], text: string): P[] =>
  parties.filter((party) => !isTermNotParty(party.name, text.slice(party.end, party.end + 50)));

/**
 * A family's firm ("Vernet & Fils", "Okafor & Sons") is named by its surname, or a first name and a surname: a
 * sector's word before it ("le groupe de BTP Vernet & Fils") is no part of it.
 */
export function familyFirm<W extends { word: string }>(words: W[], form: string): W[] {
  if (!/^ ?& (?:Fils|Sons|Söhne|Hijos|Figli|Filhos)\b/u.test(form) || words.length < 2) return words;
  return isFirstName(words.at(-2)?.word ?? '') ? words.slice(-2) : words.slice(-1);
}

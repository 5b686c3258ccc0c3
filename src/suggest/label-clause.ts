/**
 * A suggestion's label, and a party's role: given only where the words around a passage stand alone as one (a
 * clause with no quotation or dateline in it, an appositive after a name), else left out for the author. The
 * pages say an unlabelled date or figure with the text's own words (src/site/passage-excerpt.ts), so an empty
 * label costs the reviewer nothing, where a fragment costs a rewrite.
 */

const MAX_LABEL_LENGTH = 80;

/** Where a clause ends: a semicolon, colon, dash or bracket, or a comma that is not inside a number. */
const BOUNDARY = /[;:()\u2013\u2014]|,(?!\d)|\s-\s/;
const BOUNDARIES = new RegExp(BOUNDARY.source, 'g');

/**
 * What marks words as a fragment an author would erase: a quotation, a dateline's dashes or slashes, a clause cut
 * before the words its last conjunction joins ("… arrived at the plant in September 2024 and").
 */
const FRAGMENT = /["“”«»„]|--|\s\/|\/\s|^[\p{Ll},;]|\d,\d?\p{L}|\s(?:and|or|but|et|ou|mais|und|oder|aber|y|o|pero)$/u;

/**
 * The clause around a passage when it stands alone as a label: the whole clause fits, and it is no quotation,
 * dateline or cut clause. Otherwise none: an empty label is better than a fragment.
 */
export function cleanClause(before: string, passage: string, after: string): string | undefined {
  const squash = (text: string): string => text.replace(/\s+/g, ' ');
  const head = squash(before);
  const cut = [...head.matchAll(BOUNDARIES)].at(-1);
  const left = cut ? head.slice((cut.index ?? 0) + cut[0].length) : head;
  const tail = squash(after);
  const end = tail.search(BOUNDARY);
  const right = end >= 0 ? tail.slice(0, end) : tail;
  const clause = `${left}${squash(passage)}${right}`.replace(/[.!?…\s]+$/, '').trim();
  if (clause.length > MAX_LABEL_LENGTH || clause.split(' ').length < 3 || FRAGMENT.test(clause)) return undefined;
  // The passage with a word or none around it ("On August 14") says nothing the value does not.
  const outside = clause.split(' ').length - squash(passage).trim().split(' ').length;
  if (outside < 2) return undefined;
  return `${clause[0]?.toUpperCase() ?? ''}${clause.slice(1)}`;
}

/** An appositive after a name, as its role: "Kari Nygaard, chief executive of Fjordline, said" → its words. */
const APPOSITIVE =
  /^,\s((?:the |a |an |its |their |his |her |la |le |l['’]|el |die |der |den )?\p{Ll}[\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&-]+){0,7}?)(?:,|;|\.(?!\p{L})| said| says| a dit| sagte| dijo)/u;

/**
 * Words an appositive that names a role never starts with, in the four languages: a conjunction or relative ("and
 * promised the county"), an auxiliary or modal ("would go back", "hatte angekündigt"; not the French "a", nor the German "an", which
 * English roles start with), a
 * demonstrative or time word ("this summer"), a preposition ("in its first year", "à Poligny", "durante el acto":
 * a place or a time, not who the party is), or a participle that opens a clause ("starting in 2026").
 */
const NOT_A_ROLE = new RegExp(
  `^(?:${[
    // English
    'and|or|but|which|who|whose|that|where|when|while|as|so|then|would|will|could|can|may|might|should|must',
    'has|have|had|is|was|are|were|be|been|being|does|did|this|these|those|next|last|now|today|yesterday',
    'in|at|on|from|with|for|by|during|since|after|before|until|into|through|starting|beginning|including',
    // French
    'et|ou|mais|qui|que|dont|où|quand|cette|ces|ont|avait|avaient|sera|seront|est|était|recevra|va',
    'à|au|aux|en|dans|avec|pour|par|pendant|depuis|après|avant|chez|sur|sous|vers|dès',
    // German
    'und|oder|aber|welche|welcher|das|wird|wurde|hat|hatte|hatten|ist|war|sind|waren|soll|sollen|will',
    'im|am|auf|mit|für|seit|nach|vor|bei|zum|zur|ab|bis|um',
    // Spanish
    'y|o|pero|cual|quien|donde|este|esta|estos|ha|había|será|fue|es|era|está',
    'de|del|en|con|para|por|desde|durante|hasta|tras|sobre|entre|prevista|previsto|previstas|previstos',
  ].join('|')})(?=[\\s,]|$)`,
  'iu',
);

export function appositiveAfter(after: string): string | undefined {
  const role = APPOSITIVE.exec(after.replace(/\s+/g, ' '))?.[1];
  if (!role || /["“”«»]/.test(role) || /\b(?:and|et|und|y|who|qui|der|die|que)$/.test(role)) return undefined;
  if (NOT_A_ROLE.test(role)) return undefined;
  // The French "a" with a past participle is a verb ("a consacré sa thèse"), not an English article.
  if (/^a \p{L}+(?:é|ée|és|ées|it|is|u|us)(?=\s|$)/u.test(role)) return undefined;
  // German capitalises nouns: "der/die/den" with none after it opens a relative clause ("die ab 2027 liefern soll").
  if (/^(?:der|die|den|dem) /u.test(role) && !/ \p{Lu}/u.test(role)) return undefined;
  // "an der seinerzeit … lehrten": a German relative clause after a preposition, which ends on its verb.
  if (/^\p{Ll}+ (?:der|die|dem|denen|dessen|deren) /u.test(role) && / \p{Ll}+$/u.test(role)) return undefined;
  return `${role[0]?.toUpperCase() ?? ''}${role.slice(1)}`;
}

/**
 * Cues of a party's kind read from its name's shape or its surroundings: an acronym with a place's or a field's
 * word ("UPA Ourense", "IG Bau") is an organisation, and a country or a continent is one of the story's parties
 * when it is a market ("exports to Chile") or acts ("Chile's regulator", "Chile has imposed").
 */

/** An acronym and one capitalised word: "UPA Ourense", "IG Bau". */
export const ACRONYM_NAME = /^(\p{Lu}{2,6}) \p{Lu}\p{Ll}+$/u;

/** The region's mention is a market or an actor: trade words around it, its possessive, a verb after it. */
export function regionActs(mention: { before: string; after: string }, language: string): boolean {
  const near = `${mention.before.slice(-30)} ${mention.after.slice(0, 30)}`;
  if (MARKET.test(near)) return true;
  return (ACTS_AFTER[language] ?? ACTS_AFTER.en)?.test(mention.after) ?? false;
}
const MARKET =
  /(?:market|markets|export\w*|import\w*|sales|customers|tariffs?|mercados?|exporta\w*|importa\w*|ventas|clientes|aranceles|marchés?|ventes|clients|droits de douane|Markt|Märkte|Absatz\w*|Kunden|Zölle?)\b/iu;
const ACTS_AFTER: Record<string, RegExp> = {
  en: /^(?:['’]s\s|\s(?:is|was|has|have|had|will|would|remains|imposed|approved|announced|said|wants|plans|accounts?)\b)/,
  fr: /^\s(?:a|est|sera|reste|veut|impose|a annoncé|représente)\b/,
  de: /^\s(?:ist|war|hat|wird|bleibt|will|verhängt|plant)\b/,
  es: /^\s(?:es|fue|ha|será|sigue|impuso|anunció|representa|quiere)\b/,
};

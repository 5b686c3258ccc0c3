/**
 * Streets, squares, halls and beaches named the French or Spanish way, their kind's word in lower case before a
 * capitalised name: "rue Pasteur", "place de la République", "salle des fêtes Jean-Moulin", "playa de Arnela". The
 * place is the whole, not "Pasteur", who is no party of a story about road works.
 */

const HEADS: Record<string, string> = {
  fr: String.raw`rue|avenue|boulevard|place|quai|allée|impasse|chemin|route|halle|salle des fêtes|salle|parc|square|pont|esplanade|stade|gare|plage|cours|jardin|lac|col|forêt|bois|port`,
  es: String.raw`calle|avenida|plaza|paseo|playa|parque|barrio|camino|carretera|puerto|estación|glorieta|ronda|pabellón|polideportivo`,
};
const LEADS: Record<string, string> = {
  fr: String.raw`(?:de la |de l['’]|du |des |de |d['’])?`,
  es: String.raw`(?:de la |de los |de las |del |de )?`,
};

const BEFORE = new Map(
  Object.entries(HEADS).map(([language, heads]) => [
    language,
    new RegExp(String.raw`(?:^|[\s(])((?:${heads}) ${LEADS[language] ?? ''})$`, 'u'),
  ]),
);

/** The place's whole name when a place's word in lower case stands just before `start`, with where it starts. */
export function placeWithHead(
  text: string,
  start: number,
  name: string,
  language: string,
): { start: number; name: string } | undefined {
  const head = BEFORE.get(language)?.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return head ? { start: start - head.length, name: `${head}${name}` } : undefined;
}

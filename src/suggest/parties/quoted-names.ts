/**
 * Names written in quotation marks just after the word for what they are: "die Bürgerinitiative „Leises
 * Nordviertel“", "das Strategieprogramm „Fokus 2030“", "le collectif « Chaleur juste »", "la plataforma «Huelma
 * Respira»", "the campaign 'Clean Air Now'". The word before the quotes gives the kind; the quotes give where the
 * name starts and ends, which capitals alone do not in German, where every noun has one.
 */
import type { Party } from '../../schemas/party.ts';

export interface QuotedName {
  name: string;
  kind: Party['kind'];
  start: number;
  end: number;
  /** The word before the quotes that says what it is ("Bürgerinitiative"), and the kind it gives. */
  called: { kind: Party['kind']; word: string };
}

/** Words for a kind of party, in English, French, German and Spanish; German ones also end a compound. */
const KIND_WORDS: ReadonlyArray<{ kind: Party['kind']; words: string; compounds?: string }> = [
  {
    kind: 'group',
    words:
      'group|campaign group|coalition|alliance|association|union|collectif|association|syndicat|coordination|plataforma|asociación|colectivo|sindicato|movimiento|Verein|Bündnis|Gewerkschaft|Bürgerinitiative',
    compounds: 'verein|bündnis|gewerkschaft|verband',
  },
  {
    kind: 'initiative',
    words:
      'programme|program|project|scheme|initiative|campaign|plan|strategy|programme|projet|dispositif|plan|stratégie|campagne|programa|proyecto|iniciativa|plan|estrategia|campaña|Programm|Projekt|Initiative|Kampagne|Strategie|Plan',
    compounds: 'initiative|programm|projekt|strategie|kampagne|plan|offensive',
  },
  {
    kind: 'product',
    words: 'brand|model|product|marque|modèle|gamme|produit|marca|modelo|producto|Marke|Modell|Produkt',
    compounds: 'marke|modell',
  },
  {
    kind: 'organization',
    words:
      'company|firm|start-?up|cooperative|société|entreprise|coopérative|start-up|empresa|cooperativa|compañía|sociedad|Firma|Unternehmen|Genossenschaft',
    compounds: 'unternehmen|genossenschaft|firma',
  },
];

/** A name's words inside quotation marks: a capital first, no sentence's end, at most eight words. */
const QUOTED = String.raw`[„«“"‚‹‘]\s?(\p{Lu}[^„“”"«»‹›‘’.!?:;]{0,60}?)\s?[“”"»‘’›]`;

/** A word with its first letter in either case, as at a sentence's start ("Le collectif", "Collectif"). */
const eitherCase = (words: string): string =>
  words
    .split('|')
    .map((word) => `[${word[0]?.toLowerCase()}${word[0]?.toUpperCase()}]${word.slice(1)}`)
    .join('|');

const PATTERNS = KIND_WORDS.map(({ kind, words, compounds }) => ({
  kind,
  pattern: new RegExp(
    String.raw`(?<![\p{L}-])((?:${eitherCase(words)})|\p{Lu}\p{Ll}+(?:${compounds ?? '(?!)'}))s? ${QUOTED}`,
    'gu',
  ),
}));

/** Two names joined by "and" or "en" after a kind's word in lower case: "el programa Agua y Olivo", "la asociación Consumidores en Red". */
const JOINED = String.raw`(\p{Lu}[\p{L}-]+ (?:y|e|et|and|&|en) \p{Lu}[\p{L}-]+)(?![\p{L}-]| \p{Lu})`;
const lowerCase = (words: string): string =>
  words
    .split('|')
    .filter((word) => /^\p{Ll}/u.test(word))
    .join('|');
const JOINED_PATTERNS = KIND_WORDS.map(({ kind, words }) => ({
  kind,
  pattern: new RegExp(String.raw`(?<![\p{L}-])((?:${lowerCase(words)}))(?: \p{Ll}+)? ${JOINED}`, 'gu'),
}));

/** Words said, not a name: quoted speech opens with a pronoun or an article ("We will fight", „Wir bleiben“). */
const SPEECH =
  /^(?:I|We|You|They|It|He|She|This|That|The|A|An|Ich|Wir|Sie|Es|Er|Das|Die|Der|Je|Nous|Vous|Ils|Elles|On|Il|Elle|Le|La|Les|Yo|Nosotros|Ellos|Ellas|El|Los|Las)\s/u;

/** Every name in quotation marks after the word for its kind, each once, at its first place. */
export function quotedNames(text: string, language = 'en'): QuotedName[] {
  const found = new Map<string, QuotedName>();
  for (const { kind, pattern } of language === 'de' ? PATTERNS : [...PATTERNS, ...JOINED_PATTERNS])
    for (const match of text.matchAll(pattern)) {
      const name = (match[2] ?? '').trim();
      if (name.split(/\s+/).length > 8 || found.has(name) || SPEECH.test(name)) continue;
      const start = (match.index ?? 0) + match[0].lastIndexOf(name);
      found.set(name, { name, kind, start, end: start + name.length, called: { kind, word: match[1] ?? '' } });
    }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

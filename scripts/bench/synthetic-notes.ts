/**
 * Synthetic notes for the benchmark, from a deterministic seed: texts of realistic length with parties, dates
 * and figures anchored at varied places, each note checkable like a real one.
 */

import { monthNamesIn } from '../../src/values/month-names.ts';

/** A small, fast, seeded random number generator (mulberry32), so every run writes the same notes. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const WORDS = ('the a of to and in that for with on as by at from its this which their after before while under over into ' +
  'company market deal cloud chips computing demand growth revenue capacity investors analysts regulators partnership ' +
  'infrastructure training models startup rivals board strategy contract supply research data centres power costs ' +
  'said announced expects reported agreed plans signed raised built expanded delayed doubled secured offered faced ' +
  'new large early major steady uncertain strong quiet rapid public private global local several many other ' +
  'quarter customers engineers products services network platform systems teams sources talks terms shares').split(' ');

const PARTIES = [
  ['northwind', 'Northwind Labs', 'organization'],
  ['ada-okafor', 'Ada Okafor', 'person'],
  ['bluepeak', 'BluePeak Cloud', 'organization'],
  ['helix', 'Helix Compute', 'organization'],
  ['marta-lind', 'Marta Lind', 'person'],
  ['orbital', 'Orbital Systems', 'organization'],
  ['quillon', 'Quillon', 'product'],
  ['sable', 'Sable Fund', 'group'],
  ['tessera', 'Tessera Project', 'initiative'],
  ['vantor', 'Vantor Energy', 'organization'],
  ['kei-mori', 'Kei Mori', 'person'],
  ['lumen', 'Lumen Chips', 'organization'],
] as const;

interface Annotated {
  quote: string;
  yaml: string;
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(next: () => number, insert?: string): string {
  const words = Array.from({ length: 10 + Math.floor(next() * 12) }, () => pick(next, WORDS));
  words[0] = capitalise(words[0] as string);
  // Never first, so an inserted quote keeps the case it was written in.
  if (insert) words.splice(1 + Math.floor(next() * (words.length - 1)), 0, insert);
  return `${words.join(' ')}.`;
}

/** One note: `paragraphs` paragraphs, its parties named several times, `dates` dates and `figures` figures. */
export function syntheticNote(
  index: number,
  options: { paragraphs?: number; parties?: number; dates?: number; figures?: number } = {},
) {
  const next = random(1000 + index);
  const paragraphCount = options.paragraphs ?? 7;
  const partyCount = Math.min(options.parties ?? 5, PARTIES.length);
  const start = Math.floor(next() * PARTIES.length);
  const parties = Array.from(
    { length: partyCount },
    (_, i) => PARTIES[(start + i) % PARTIES.length] as (typeof PARTIES)[number],
  );

  // Dates and figures carry numbers that occur nowhere else in the note, so each quote has exactly one place.
  const claims: Annotated[] = [];
  for (let i = 0; i < (options.dates ?? 3); i++) {
    const year = 1900 + i * 3 + Math.floor(next() * 3);
    const month = Math.floor(next() * 12);
    const quote =
      i % 3 === 0
        ? `in ${year}`
        : i % 3 === 1
          ? `in ${monthNamesIn('en')[month]} ${year}`
          : `on ${1 + (i % 28)} ${monthNamesIn('en')[month]} ${year}`;
    const iso =
      i % 3 === 0
        ? `${year}`
        : i % 3 === 1
          ? `${year}-${String(month + 1).padStart(2, '0')}`
          : `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    claims.push({ quote, yaml: `  - id: date-${i}\n    date: ${iso}\n    label: Event ${i}\n    quote: ${quote}\n` });
  }
  const figures: Annotated[] = [];
  for (let i = 0; i < (options.figures ?? 3); i++) {
    // Five digits, where years have four, so no figure ever reads as a date.
    const amount = 10000 + i * 7 + Math.floor(next() * 5);
    const money = i % 2 === 0;
    const quote = money ? `$${amount} million` : `${amount} engineers`;
    figures.push({
      quote,
      yaml: `  - id: figure-${i}\n    value: ${money ? amount * 1_000_000 : amount}\n    unit: ${money ? 'USD' : 'engineers'}\n    label: Figure ${i}\n    quote: ${JSON.stringify(quote)}\n`,
    });
  }

  // Every claim and party goes somewhere in the text, at a random paragraph; the rest is filler.
  const paragraphs: string[][] = Array.from({ length: paragraphCount }, () => []);
  const place = (text: string): void => {
    (paragraphs[Math.floor(next() * paragraphCount)] as string[]).push(sentence(next, text));
  };
  [...claims, ...figures].forEach((claim) => place(claim.quote));
  for (const [, name] of parties) for (let k = 0; k < 3; k++) place(name);
  for (const paragraph of paragraphs) while (paragraph.length < 4) paragraph.push(sentence(next));

  const annotated = [
    `---`,
    `title: Synthetic note ${index}`,
    `source:\n  published: ${2000 + (index % 25)}-${String(1 + (index % 12)).padStart(2, '0')}`,
    `summary: A generated note for the benchmark.`,
    `parties:\n${parties.map(([id, name, kind]) => `  - id: ${id}\n    name: ${name}\n    kind: ${kind}\n    role: A party in note ${index}.\n`).join('')}`,
    `dates:\n${claims.map((claim) => claim.yaml).join('')}`,
    `figures:\n${figures.map((figure) => figure.yaml).join('')}`,
    `---`,
  ].join('\n');
  const body = paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n');
  return {
    annotated: `${annotated}\n\n${body}\n`,
    plain: `---\ntitle: Synthetic note ${index}\n---\n\n${body}\n`,
    annotations: parties.length + claims.length + figures.length,
  };
}

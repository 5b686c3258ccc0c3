/**
 * Furniture Readability keeps in an article's Markdown: the headline repeated at its top, a press release's
 * closing sections (about the company, forward-looking statements, contacts, "View original content",
 * "SOURCE …"), ad labels, "Read more:" lines, a gallery's counters and photo credits. Each block cut is handed
 * back, a line each.
 */
import { isFurniture } from './furniture.ts';
import { AD_LABEL, RELATED_LABEL } from './furniture-words.ts';
import { linkListBlocks } from './link-lists.ts';
import { isDateStamp, isMetaSegments } from './meta-lines.ts';

/** A closing section's heading: about the company, forward-looking statements, contacts. */
const CLOSING_HEADING =
  /^(?:about |à propos d[e'’]\s*|über |acerca de |sobre )\S.{0,80}$|^(?:(?:cautionary (?:note|statement)s? (?:regarding|on|about) )?forward[- ]looking (?:statements|information)|safe harbou?r(?: statement)?|(?:media|press|investor|investors|news media)(?: relations)?(?: and \w+)? contacts?|contacts?|contact (?:presse|médias|investisseurs)|contacts presse|relations (?:presse|investisseurs)|pressekontakte?|medienkontakte?|investor relations|kontakte?|contactos? (?:de|para) (?:prensa|medios|inversores)|contactos?|(?:zukunftsgerichtete|vorausschauende) aussagen|declaraciones (?:prospectivas|sobre el futuro)|déclarations prospectives|informations prospectives|disclaimer|haftungsausschluss|avertissement)\s*:?$/i;

/** A one-line block that is furniture wherever it stands. */
const FURNITURE_LINE = new RegExp(
  [
    /^view original content.{0,200}$/.source,
    /^(?:source|quelle|fuente)\s*:?\s+\S.{0,100}$/.source,
    /^image \d+ of \d+$/.source,
    /^\(?(?:image|photo)(?: credit)?\s*:.{1,80}\)?$/.source,
    /^\(?(?:read more|see more|more|related|also read|don'?t miss|(?:à )?lire aussi|voir aussi|lesen sie auch|siehe auch|mehr zum thema|lee también|ver también|te puede interesar|leia também|leia mais|veja também|leggi anche|vedi anche|читайте также|смотрите также)(?: \S+)?\s*:.{0,160}$/
      .source,
    /^click here\b.{0,100}$/.source,
    /^https?:\/\/\S+$/.source,
    /^(?:also|see also|watch|listen)\s*:.{0,160}$/.source,
    /^(?:follow|reach|email|e-mail|contact) (?:\S+ ){0,10}(?:on|at|via) <?(?:twitter|facebook|instagram|linkedin|\S+@\S+|https?:\/\/\S+|www\.\S+).{0,200}$/
      .source,
    // A pitch for another product; a paywall's own words are left for the paywall check to see.
    /^(?:subscribe|sign up)\b.{0,80}\b(?:newsletter|channel|podcast|youtube|briefing|e-?mails?)\b.{0,120}$/.source,
    /^(?:(?:share(?: on)?|tweet|e-?mail|print|whatsapp|facebook|twitter|pinterest|pint|linkedin|reddit|flipboard|telegram|messenger|copy link|partager|compartir|teilen)\W*){2,}$/
      .source,
    /^(?:tags|filed under|topics|mots-clés|schlagwörter|etiquetas)\s*:.{0,200}$/.source,
    /^citation:.{0,300}\bretrieved\b.{0,200}$/.source,
    // Who else reported, wrote or edited the story: "Jane Doe contributed to this report.", "Reporting by …".
    /^.{0,200}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,160}$/.source,
    /^(?:additional )?(?:reporting|writing|editing|research) by\b.{0,300}$/.source,
    /^write to .{1,80} at \S+@\S+.{0,160}$/.source,
    /^(?:avec|mit|con|with) (?:afp|ap|reuters|dpa|efe|ansa|agences?|agencias|agencies)\.?$/.source,
    // A picture's credit in words: "Image via Getty Images", "Courtesy of …", "Credit…Jane Doe/The Times".
    /^(?:(?:photo|image|picture|video)s?\s+(?:via|by|courtesy(?:\s+of)?)|courtesy(?:\s+of)?|credit\s*(?:\.{2,}|…))\s*.{1,80}$/
      .source,
    // A copyright line: "Copyright © 2019 The Daily …", "© 2024 Acme. All rights reserved."
    /^(?:copyright|©|\(c\))\s*(?:©|@|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?\b.{0,100}$/.source,
    /^.{0,80}\ball rights reserved\.?$/.source,
    /^this (?:document|article|story|material|content|page) is (?:subject to|protected by) copyright\b.{0,300}$/.source,
    // A date and time alone, the page's stamp: "Nov. 20, 2019 6:02 AM EST", "20 November 2019, 10:12".
    /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?$/
      .source,

    /^.{0,60}\bclicking here\.?$/.source,
  ].join('|'),
  'i',
);

/** An image in Markdown: its alt text describes the picture for those who cannot see it; its title is its caption. */
const IMAGE = /!\[([^\]]*)\]\([^)"]*(?:"([^"]*)")?\)/g;

/** The words a reader sees in a block: an image's caption, not its alt text; a link's words; no marks. */
const plain = (block: string): string =>
  block
    .replace(IMAGE, (_image: string, _alt: string, caption?: string) => ` ${caption ?? ''} `)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
      String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)),
    )
    .replace(/^#{1,6}\s+|[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const same = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The level of a block that opens a section: a heading's, or 7 for a paragraph all in bold; else 0. */
function sectionLevel(block: string): number {
  const heading = /^(#{1,6}) /.exec(block);
  if (heading) return heading[1]?.length ?? 0;
  // A label in bold on a line of its own, its section's words after it in the same block or the next ones.
  return /^\*\*[^*]+\*\*:?(?:$|\\?\n)/.test(block) ? 7 : 0;
}

/** A company's boilerplate after the release's closing rule: "Ascom is a global …", "Acme, headquartered in …". */
const BOILERPLATE =
  /^\p{Lu}[^.]{0,60}?(?:,? (?:is|est|ist|es) (?:a|an|the|one of|un|une|l['’]un|ein|eine|einer der|uno de|una)\b|,? (?:headquartered|based) in\b)/u;

/** A paragraph that is one link in capitals, another story's headline: "**[TAYLOR SWIFT CLEARED TO …](…)**". */
const isShoutedLink = (block: string, words: string): boolean =>
  /^[*_]*\[[^\]]+\]\([^)]*\)[*_]*$/.test(block) &&
  words.split(' ').length >= 4 &&
  words === words.toUpperCase() &&
  /\p{Lu}/u.test(words);

/** How much of a block's words are a link's. */
function linkShare(block: string): number {
  const all = plain(block).length;
  let linked = 0;
  for (const [, text] of block.matchAll(/\[([^\]]*)\]\([^)]*\)/g)) linked += plain(text ?? '').length;
  return all === 0 ? 0 : linked / all;
}

/** A block of short lines, each a credit, a byline or a date ("The Associated Press", then "Published …"). */
function isMetaLines(block: string): boolean {
  const lines = block.split(/\\?\n/).map(plain);
  return (
    lines.length > 1 &&
    lines.some((line) => isFurniture(line)) &&
    lines.every((line) => isFurniture(line) || (line.split(' ').length <= 4 && !/[.!?]$/.test(line)))
  );
}

/**
 * How many different long blocks a text says more than once. A few are a caption or a pull quote said again; many
 * are a text built of repeating parts (a plan's days, a recipe's steps), whose repeats are its own.
 */
function repeatedBlocks(texts: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const text of texts) if (text.length >= 40) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts.values()].filter((count) => count > 1).length;
}

/** A Markdown article less the furniture Readability kept, and the blocks cut, a line each. */
export function withoutClosingFurniture(markdown: string, title: string): { markdown: string; cut: string[] } {
  const blocks = markdown.split(/\n\s*\n/).map((block) => block.trim());
  const cut: string[] = [];
  const kept: string[] = [];
  let closing = 0;
  let related = false;
  const lastRule = blocks.findLastIndex((block) => /^(?:-{3,}|\*{3,}|_{3,})$/.test(block));
  const seen = new Set<string>();
  const repeats = repeatedBlocks(blocks.map(plain));
  const linkLists = linkListBlocks(blocks);
  blocks.forEach((block, index) => {
    const words = plain(block);
    const level = sectionLevel(block);
    if (closing && level > 0 && level <= closing) closing = 0;
    if (!closing && level > 0 && CLOSING_HEADING.test(plain(block.split('\n')[0] ?? ''))) closing = level;
    // A block said again word for word (a photo's caption under it and in its gallery) is said once.
    const again = repeats <= 3 && words.length >= 40 && seen.has(words);
    seen.add(words);
    // A picture's description said again under it, as its caption.
    for (const [, alt] of block.matchAll(IMAGE)) seen.add(plain(alt ?? ''));
    // Under a label of other stories, the blocks that are links to them.
    related = related && linkShare(block) > 0.5;
    // A block that goes whole, pictures and all: a closing section's, another story's, a repeat.
    const whole =
      closing > 0 ||
      related ||
      linkLists.has(index) ||
      (lastRule >= blocks.length * 0.6 && index > lastRule && BOILERPLATE.test(words)) ||
      again;
    const furniture =
      whole ||
      isMetaLines(block) ||
      same(words, title) ||
      (level === 0 && isFurniture(words.replace(/^[|•·–—-]+\s*/, ''))) ||
      (level === 0 && !/^(?:[-*+>|] |\d+[.)] )/.test(block) && (isDateStamp(words) || isMetaSegments(words))) ||
      (level === 0 && /^[\p{Lu}\s'’&!-]{4,30}$/u.test(words) && words.split(' ').length <= 3) ||
      (words.length <= 400 && !/^[-*+] |^\d+\. /.test(block) && FURNITURE_LINE.test(words)) ||
      AD_LABEL.test(words) ||
      isShoutedLink(block, words) ||
      (words.length <= 60 && RELATED_LABEL.test(words));
    if (level > 0 && words.length <= 60 && RELATED_LABEL.test(words)) related = true;
    if (!furniture) kept.push(block);
    else {
      if (words) cut.push(words.length > 100 ? `${words.slice(0, 100)}…` : words);
      // The pictures of a block of furniture ("![…](…) Photo: AP") are the article's, and stay, without the
      // captions that were among the words cut.
      const images = whole ? [] : (block.match(IMAGE) ?? []);
      if (images.length > 0) kept.push(images.map((image) => image.replace(/\s*"[^"]*"\)$/, ')')).join(''));
    }
  });
  return { markdown: kept.join('\n\n'), cut };
}

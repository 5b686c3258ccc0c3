/**
 * What a news site prints around an article that is not the article: a byline, the date and reading time, a
 * photo's credit, a call to share, follow or subscribe, a kicker above the headline, a timestamped headline of
 * another story. In English and French, with a few words of German, Spanish, Italian and Portuguese. Each rule
 * matches a short block as a whole, so an article's own sentences, which go on, are never taken for it.
 */

/** A headline in a list of them, with its time: "- 10:03 UN watchdog declares …". */
const TIMESTAMPED = /^(?:[-–•*]\s*)?\d{1,2}[:h.]\d{2}\s+\S/;

/** A short line asking to share, follow or subscribe. */
const SOCIAL =
  /^(?:share(?: this(?: article)?)?|tweet|e-?mail|print|copy link|follow us(?: on .+)?|subscribe(?: .+)?|sign up(?: .+)?|newsletter|partager|s'abonner|abonnez-vous(?: .+)?)\s*:?$/i;

/**
 * "By Jane Doe", "Par Claire Fontaine et Paul Martin", with a role after a comma or a dash at most. Matched with
 * its first word in lower case: names must keep their capitals, so no flag may fold them.
 */
const BYLINE =
  /^(?:by|par|de|por|von|di)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|le|la|and|et|y|und|e|&))*(?:\s*[,–—|-]\s*[^.!?]{0,40})?$/u;

/** A byline as a label: "Autor: João Silva", "Автор: Иван Петров", "Testo: Maria Rossi". */
const LABELLED_BYLINE =
  /^(?:autor(?:a|es)?|autore|author|auteur|автор|текст|texto|testo|text|redacción|redação|redazione)\s*:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/iu;

/** "Published on 4 March 2025", "Publié le 4 mars 2025 à 10h12. Lecture 4 min.", "Updated …", "4 min read". */
const DATELINE =
  /^(?:(?:published|updated|posted|last updated|publié|mis à jour|modifié|actualisé|veröffentlicht|publicado|pubblicato)(?:\s+(?:on|at|le|el|am|il))?\s*:?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|mon|tue|wed|thu|fri|sat|sun|lun|mer|jeu|ven|sam|dim|yesterday|today|hier|aujourd).{0,80}|.{0,60}\b(?:\d+\s*min(?:ute)?s?\s+read|reading time:?\s*\d+\s*min|lecture\s*:?\s*\d+\s*min)\.?)$/i;

/** "Photo: AFP", "Crédit photo : Reuters", "© Jane Doe / AP", "Photograph: …". */
const CREDIT =
  /^(?:(?:photo(?:graph)?s?|crédits? photos?|crédits?|credits?|image|illustration|foto|фото)\s*:\s*.{1,80}|©\s*.{1,80})$/i;

/** A newsletter box's call: "Sign up for our morning newsletter", "Inscrivez-vous à notre newsletter". */
const NEWSLETTER =
  /^(?:sign up|subscribe|get|receive|inscrivez-vous|abonnez-vous|recevez)\b.{0,80}\b(?:newsletter|lettre d'information|briefing|inbox)\b.{0,60}$/i;

/** A kicker: a section's name above the headline, a word or three with no sentence's stop ("ENERGY", "Énergie"). */
const KICKER = /^\p{Lu}[\p{L}&'’-]*(?:\s+[\p{L}&'’-]+){0,2}$/u;

/** Whether a block (a line of plain text, or a Markdown paragraph) is the site's furniture. */
export function isFurniture(block: string, { first = false } = {}): boolean {
  const text = block.replace(/\s+/g, ' ').trim();
  if (text.length > 160) return false;
  return (
    TIMESTAMPED.test(text) ||
    (text.length <= 60 && SOCIAL.test(text)) ||
    BYLINE.test(text.replace(/^\p{L}+/u, (word) => word.toLowerCase())) ||
    LABELLED_BYLINE.test(text) ||
    DATELINE.test(text) ||
    CREDIT.test(text) ||
    NEWSLETTER.test(text) ||
    (first && KICKER.test(text))
  );
}

/**
 * A Markdown article less its furniture: the paragraphs that are the site's are cut and handed back, one line
 * each. Headings, lists, quotes and tables are the article's.
 */
export function withoutFurniture(markdown: string): { markdown: string; cut: string[] } {
  const blocks = markdown.split(/\n\s*\n/);
  const cut: string[] = [];
  const kept = blocks.filter((block, index) => {
    const plain = block.trim();
    if (/^(?:#|[-*+] |\d+[.)] |>|\|)/.test(plain)) return true;
    // Markdown's own marks are not words: a byline in italics is still a byline.
    const words = plain.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    if (!isFurniture(words, { first: index === 0 })) return true;
    cut.push(words.replace(/\s+/g, ' '));
    return false;
  });
  return { markdown: kept.join('\n\n').trim(), cut };
}

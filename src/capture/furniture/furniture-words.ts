/**
 * The words a site's furniture is known by, in English, French, German and Spanish: the names it gives its boxes
 * in class and id attributes, and the labels it prints on them. Shared by the page's clean-up before Readability
 * and the Markdown's after it.
 */

/** Words of a class or id that name a box that is not the article's (split at `-`, `_` and capitals). */
export const FURNITURE_CLASS_WORDS = new Set([
  // comments, in the four languages
  'commentaires',
  'kommentare',
  'comentarios',
  // a wiki's navigation boxes and authority records
  'navbox',
  'authority',
  // advertising
  'ad',
  'ads',
  'adslot',
  'advert',
  'advertisement',
  'advertising',
  'pub',
  'publicite',
  'publicidad',
  'anzeige',
  'werbung',
  'sponsor',
  'sponsored',
  'promo',
  'outbrain',
  'taboola',
  'dfp',
  // calls to subscribe, sign up, share, follow
  'newsletter',
  'newsletters',
  'signup',
  'subscribe',
  'subscription',
  'abonnement',
  'epic',
  'paywall',
  'nag',
  'share',
  'sharing',
  'partage',
  'compartir',
  'teilen',
  'social',
  'follow',
  // other stories
  'related',
  'lies',
  'relacionadas',
  'relacionados',
  'recirc',
  'onward',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'mostread',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  // about the article rather than of it
  'byline',
  'auteur',
  'autor',
  'bio',
  'kicker',
  'rubric',
  'rubrique',
  'eyebrow',
  'credit',
  'credits',
  'copyright',
  'comments',
  'comment',
  'dateline',
  'meta',
  'metadata',
  'provided',
  'readtime',
  'reserve',
  'correction',
  'logo',
  'gallery',
  // a cookie or consent banner
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'slideshow',
  'carousel',
  'lightbox',
  'visually',
  'sr',
]);

/** Words that make a long box the article's own even when another of its words names furniture ("paywall-content"). */
export const CONTENT_CLASS_WORDS = new Set(['content', 'body']);

/** Words that name a box that is never the article, however long (readers' comments). */
export const NEVER_ARTICLE_WORDS = new Set(['comments', 'disqus', 'respond']);

/** Words that only name furniture on a short box (a label, a line of meta), never on a long one. */
export const SHORT_ONLY = new Set([
  'meta',
  'metadata',
  'dateline',
  'tags',
  'comment',
  'correction',
  // a recipe's box may be named for its cookies
  'cookie',
  'cookies',
]);

/** Words of a class that name an article's standfirst, subheadline or summary. */
export const LEAD_CLASS_WORDS = new Set([
  'standfirst',
  'dek',
  'deck',
  'lede',
  'lead',
  'subtitle',
  'subheadline',
  'subhead',
  'summary',
  'chapo',
  'chapeau',
  'intro',
  'teaser',
  'entradilla',
  'sumario',
  'bajada',
  'vorspann',
  'excerpt',
  'subline',
  'unterzeile',
  'subtitulo',
  'destacados',
  'highlights',
  'soustitre',
]);

/** Words of a class that name a box of the article's own facts ("key-facts", "summary-box", "encadre"). */
export const FACT_CLASS_WORDS = new Set([
  'facts',
  'factbox',
  'keyfacts',
  'takeaways',
  'keypoints',
  'encadre',
  'summary',
]);

/** Words of a class that name a photo's caption. */
export const CAPTION_CLASS_WORDS = new Set(['caption', 'legende', 'leyenda', 'bildunterschrift', 'text']);

/** A box's whole text that labels an ad or a break in the article. */
export const AD_LABEL =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|anzeige|werbung|publicité|pub|publicidad|continue reading below|story continues below|article continues (?:below|after (?:this )?(?:ad|advertisement))|la suite après (?:cette )?publicité|el artículo continúa (?:después|debajo)(?: de la publicidad)?|weiterlesen nach der anzeige)$/i;

/** A heading over a list of other stories: "You may also like", "À lire aussi", "Mehr zum Thema". */
export const RELATED_LABEL =
  /^(?:you (?:may|might) also like|related(?: stories| articles| coverage| content| news| reading)?|read more|more(?: (?:news|stories|videos?|coverage|articles))?(?: (?:from|on|in|about) [^:]{1,40})?|don'?t miss|see also|recommended(?: for you)?|most (?:read|popular)|trending|popular|also from this source|explore|in other news|(?:à )?lire aussi|sur le même sujet|les plus lus|à voir aussi|nos lecteurs ont aussi lu|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|meistgelesen|auch interessant|te puede interesar|lee también|noticias relacionadas|más leídas|también te puede interesar|leia também|external links|weblinks|liens externes|enlaces externos)\s*[:.]?$/i;

/** The words of a class or id attribute: "article-related__label" → article, related, label; "adSlot" → ad, slot. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

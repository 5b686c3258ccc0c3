/**
 * A post a page embeds (a tweet, a Bluesky, Mastodon, Instagram, Threads or TikTok post) made a plain quotation
 * with its link before Readability reads the page: embed code is a classed `<blockquote>` or an `<iframe>` that a
 * script turns into a card, and Readability drops an iframe, empties Instagram's markup, and leaves out a wrapper
 * whose class reads as the site's ("social-embed"). The quotation keeps the post's words and ends with a link to
 * the post, on the words the page links it from (its date, "— Grid Ops (@gridops) [June 1, 2025](…)") or else
 * on its address, so the note quotes it as a Markdown block quote.
 */

/** The embeds known, and where each names its post. */
const EMBEDS: Array<{ selector: string; link: (element: Element) => string | null }> = [
  {
    selector: 'blockquote.twitter-tweet, blockquote.twitter-video',
    link: (element) => lastLink(element, /\/status(?:es)?\/\d+/),
  },
  {
    selector: 'blockquote.bluesky-embed',
    link: (element) => lastLink(element, /\/post\//),
  },
  {
    selector: 'blockquote.instagram-media',
    link: (element) =>
      element.getAttribute('data-instgrm-permalink') ?? lastLink(element, /instagram\.com\/(?:p|reel|tv)\//),
  },
  {
    selector: 'blockquote.text-post-media',
    link: (element) => element.getAttribute('data-text-post-permalink') ?? lastLink(element, /threads\.\w+\//),
  },
  { selector: 'blockquote.tiktok-embed', link: (element) => element.getAttribute('cite') },
  {
    selector: 'blockquote.mastodon-embed',
    link: (element) => element.getAttribute('data-embed-url')?.replace(/\/embed$/, '') ?? lastLink(element, /\/@/),
  },
  {
    selector: 'iframe.mastodon-embed, iframe[src*="/embed"][src*="/@"]',
    link: (element) => element.getAttribute('src')?.replace(/\/embed$/, '') ?? null,
  },
];

function lastLink(element: Element, pattern: RegExp): string | null {
  const links = [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  return links.filter((href) => pattern.test(href)).at(-1) ?? null;
}

/** The element the embed stands for: it, or the wrappers around it that hold nothing else. */
function outermost(element: Element): Element {
  let at = element;
  for (let parent = at.parentElement; parent; parent = parent.parentElement) {
    if (/^(?:body|article|main|section)$/i.test(parent.tagName)) break;
    const others = [...parent.childNodes].filter(
      (node) =>
        node !== at &&
        !(node.nodeType === 3 && (node.textContent ?? '').trim() === '') &&
        !(node.nodeType === 1 && /^script$/i.test((node as Element).tagName)),
    );
    if (others.length > 0) break;
    at = parent;
  }
  return at;
}

/** Rewrites the page's embedded posts in place; how many there were. */
export function keepEmbeddedPosts(document: Document): number {
  let kept = 0;
  for (const { selector, link } of EMBEDS) {
    for (const embed of [...document.querySelectorAll(selector)]) {
      const href = link(embed);
      if (!href || !/^https?:\/\//i.test(href)) continue;
      const quote = document.createElement('blockquote');
      const paragraphs = [...embed.querySelectorAll('p')]
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      // The words after the post's paragraphs: its author and date ("— Grid Ops (@gridops) June 1, 2025").
      const byline = [...embed.childNodes]
        .filter(
          (node) => node.nodeType === 3 || (node.nodeType === 1 && !/^(?:p|script)$/i.test((node as Element).tagName)),
        )
        .map((node) => node.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      const words = embed.tagName.toLowerCase() === 'iframe' ? [] : paragraphs.length > 0 ? paragraphs : [byline];
      // The post's own link, on the words the page gave it (its date), else on its address.
      const dated = [...embed.querySelectorAll('a[href]')]
        .filter((a) => a.getAttribute('href') === href)
        .map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim())
        .find((text) => text !== '' && !/^https?:|^www\./i.test(text));
      const body = words.filter(Boolean);
      // The source line's words before the link: the byline, or the post's last paragraph when it ends on the date.
      let tail = paragraphs.length > 0 ? byline : '';
      if (!tail && dated && body.length > 1 && body.at(-1)?.endsWith(dated)) tail = body.pop() ?? '';
      for (const text of body) {
        const p = document.createElement('p');
        p.textContent = text;
        quote.append(p);
      }
      const source = document.createElement('p');
      const anchor = document.createElement('a');
      anchor.setAttribute('href', href);
      const linked = dated && tail.endsWith(dated) ? dated : href;
      const before = linked === href ? tail : tail.slice(0, tail.length - linked.length).trim();
      if (before) source.append(document.createTextNode(`${before} `));
      anchor.textContent = linked;
      source.append(anchor);
      quote.append(source);
      outermost(embed).replaceWith(quote);
      kept++;
    }
  }
  return kept;
}

/**
 * What a saved web page says about its article in its own markup: the headline (the article's `<h1>`, not a
 * shorter social title nor a `<title>` that carries the site's name), the publisher, the canonical address and
 * the publication date, at the precision the page gives and in the page's own time zone (a date is taken as
 * written, never shifted to UTC), and its language.
 */
import { languageSchema } from '../schemas/language.ts';
import { parsePartialDate } from '../values/partial-date.ts';

export interface PageMetadata {
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string | undefined;
  /** The article's language: its JSON-LD `inLanguage`, the page's `lang`, or its `og:locale`. */
  language?: string | undefined;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle/;

/** Every object of the page's JSON-LD, `@graph`s flattened; a block that is not JSON is passed over. */
function jsonLdObjects(document: Document): Json[] {
  const objects: Json[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      objects.push(value as Json);
      collect((value as Json)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on the web; the page's other markup still counts.
    }
  }
  return objects;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined;

const meta = (document: Document, name: string): string | undefined =>
  text(document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));

/** The date part of an ISO 8601 date or date-time, as written: its own zone, its own precision. */
function datePart(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/);
  if (!match) return undefined;
  const date = match.slice(1).filter(Boolean).join('-');
  return 'error' in parsePartialDate(date) ? undefined : date;
}

const httpUrl = (value: string | undefined): string | undefined => {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

export function pageMetadata(document: Document): PageMetadata {
  const articles = jsonLdObjects(document).filter(
    (object) => ARTICLE_TYPES.test(String(object['@type'] ?? '')) || 'headline' in object,
  );
  const article = articles[0] ?? {};
  const publisher = article['publisher'];
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document;
  // The article's own main heading first: a page's social title (og:title, often its JSON-LD headline too) is
  // written shorter for sharing.
  const title =
    (scope === document ? undefined : text(scope.querySelector('h1')?.textContent)) ??
    text(article['headline']) ??
    meta(document, 'og:title') ??
    text(document.querySelector('h1')?.textContent);
  return {
    title,
    publisher:
      (typeof publisher === 'object' && publisher !== null ? text((publisher as Json)['name']) : text(publisher)) ??
      meta(document, 'og:site_name'),
    url:
      httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined) ??
      httpUrl(meta(document, 'og:url')),
    published:
      datePart(text(article['datePublished'])) ??
      datePart(meta(document, 'article:published_time')) ??
      datePart(scope.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined),
    language:
      languageTag(text(article['inLanguage'])) ??
      languageTag(document.documentElement?.getAttribute('lang') ?? undefined) ??
      languageTag(meta(document, 'og:locale')),
  };
}

/** A page's language, as a tag in its canonical form ("fr_FR" → "fr-FR"); undefined for what is not one. */
function languageTag(value: string | undefined): string | undefined {
  const parsed = value ? languageSchema.safeParse(value) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

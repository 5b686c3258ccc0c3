import { z } from 'astro/zod';

/** An absolute http(s) URL: anything else (relative, `javascript:`, `data:`) could not be followed safely by a reader. */
export const httpUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL, e.g. https://www.wikidata.org/wiki/Q21708200');

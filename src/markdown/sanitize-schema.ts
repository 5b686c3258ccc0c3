/**
 * What raw HTML an author may put in a note's body: GitHub's safe subset, which drops script, iframes,
 * event handlers and `javascript:`/`data:` URLs. Authors are trusted less than readers.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const bodySanitizeSchema: Schema = {
  ...defaultSchema,
  // Footnotes from remark-gfm already carry their prefix; prefixing ids again would break their links.
  clobberPrefix: 'user-content-',
};

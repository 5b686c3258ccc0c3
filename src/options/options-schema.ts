/**
 * The options of the `gloss()` integration, as a site writes them in `astro.config.mjs`: one Zod schema,
 * validated once there, that turns every shorthand into the one shape the site's code reads.
 */
import { z } from 'astro/zod';
import { siteWordsFor } from '../words/site-words.ts';

/** The default size of a page of each list: small enough for a phone at any number of notes. */
const PAGE_SIZES = { notes: 50, rows: 400, appearances: 40, parties: 400 };

const pageSize = z.number().int().positive();

/** The site's own notes, and the record of the links they published (src/loading/links-lock.ts). */
const NOTES_FOLDER = 'content/notes';
const LINKS_LOCK = 'links.lock';

export const GlossOptionsSchema = z
  .strictObject({
    /** The notes folder, relative to the project: `content/notes` unless a test builds fixture notes. */
    notes: z.string().min(1).default(NOTES_FOLDER),
    /**
     * The record of published links, relative to the project, or `false` for none: `links.lock` for the site's own
     * notes, none for another notes folder (whose links were never published) unless one is named.
     */
    linksLock: z.union([z.string().min(1), z.literal(false)]).optional(),
    /** A page per annotation (`/notes/<slug>/<id>/`); `false` for very large sites. */
    annotationPages: z.boolean().default(true),
    /** Who writes the notes: the `creator` of every annotation in the open data. */
    author: z
      .strictObject({
        /** The author's name. */
        name: z.string().min(1).optional(),
        /** The author's own address (a home page, an ORCID, a `mailto:`): the creator's `id` in the open data. */
        url: z
          .string()
          .refine((value) => URL.canParse(value), { message: 'is not an absolute address' })
          .optional(),
      })
      .default({}),
    /** The language of the site's own words (BCP 47: `en`, `fr`, `en-US`), in the form Intl writes it. */
    language: z
      .string()
      .default('en')
      .transform((tag, context) => {
        try {
          return siteWordsFor(tag).language;
        } catch (error) {
          context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
          return z.NEVER;
        }
      }),
    /**
     * How many items a page of each list holds: one number for every list (the tests use 2), or some of
     * `notes` (the home page), `rows` (a year of the timeline, the figures), `appearances` (a party's notes) and
     * `parties` (the index of parties).
     */
    pageSize: z
      .union([
        pageSize,
        z.object({ notes: pageSize, rows: pageSize, appearances: pageSize, parties: pageSize }).partial(),
      ])
      .default({})
      .transform((size): typeof PAGE_SIZES =>
        typeof size === 'number'
          ? { notes: size, rows: size, appearances: size, parties: size }
          : {
              notes: size.notes ?? PAGE_SIZES.notes,
              rows: size.rows ?? PAGE_SIZES.rows,
              appearances: size.appearances ?? PAGE_SIZES.appearances,
              parties: size.parties ?? PAGE_SIZES.parties,
            },
      ),
    /** Any draft stops the build, even in a note never published (`npm run build -- --strict`, for CI). */
    strictDrafts: z.boolean().default(false),
  })
  .transform((options) => ({
    ...options,
    linksLock: options.linksLock ?? (options.notes === NOTES_FOLDER ? LINKS_LOCK : (false as const)),
  }));

/** The options as a site writes them. */
export type GlossUserOptions = z.input<typeof GlossOptionsSchema>;

/** The options validated, every default filled in: what the site's code reads. */
export type GlossOptions = z.output<typeof GlossOptionsSchema>;

/** What to write instead, by option, after the schema's own words for what is wrong. */
const INSTEAD: Record<string, string> = {
  notes: 'write the notes folder, like "content/notes"',
  linksLock: 'write the record of published links, like "links.lock", or false',
  annotationPages: 'write true or false',
  'author.name': 'write a name, like "A. Author"',
  'author.url': 'write one like https://example.org/me',
  pageSize: 'write a whole number above 0, like 50, or { notes: 50, rows: 400 }',
  strictDrafts: 'write true or false',
};

/** The refused value, as it was written. */
const quoted = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : JSON.stringify(value);

/** The value at `path` in what was written. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/**
 * The options validated, or an error of one line a problem, each naming the option, quoting what was written,
 * and saying what to write instead.
 */
export function glossOptions(input: GlossUserOptions = {}): GlossOptions {
  const result = GlossOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(path[0] === 'author' ? { name: 1, url: 1 } : GlossOptionsSchema.in.shape);
      const names = issue.keys.map((key) => [...path, key].join('.')).join(', ');
      return `gloss option ${names} is not one Gloss has: write one of ${known.join(', ')}`;
    }
    const option = path[0] === 'pageSize' ? 'pageSize' : path.join('.');
    const value = valueAt(input, issue.path);
    // The language's own check already says what to write.
    if (option === 'language') return `gloss option language ${issue.message}`;
    const problem = option === 'author.url' ? issue.message : 'is not valid';
    return `gloss option ${option} ${quoted(value)} ${problem}: ${INSTEAD[option] ?? issue.message}`;
  });
  throw new Error(lines.join('\n'));
}

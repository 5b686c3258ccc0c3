/**
 * `npm run new -- <file> [options]`: turns a captured article (a saved web page, plain text, or Markdown, with a
 * web clipper's frontmatter or none) into `content/notes/<slug>.md`, with no annotations yet, and says what to do
 * next. It never overwrites a note, and writes nothing when the capture has no article in it.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parsePartialDate } from '../src/values/partial-date.ts';
import { httpUrlSchema } from '../src/schemas/http-url.ts';
import { languageSchema } from '../src/schemas/language.ts';
import { projectSettings } from '../src/options/project-settings.ts';
import { asciiSlug as slugOf } from '../src/site/ascii-slug.ts';
import { fail as failWith, isTheCommand, readOptions } from '../src/cli/command-line.ts';
import { reasonOf } from '../src/cli/writable.ts';

const USAGE = 'usage: npm run new -- <file.html|file.txt|file.md|https://…> [options] (--help lists them)';
const HELP = `usage: npm run new -- <file.html|file.txt|file.md|https://…> [options]
  an http(s) address is fetched (redirects followed, at most 10 MB, --timeout S seconds) and read as a saved page
  --title T                  the note's title, instead of the one the capture gives
  --publisher P              who published the text
  --url U                    the address it was captured from (its links are resolved against it)
  --published YYYY[-MM[-DD]] when it was published, at the precision known
  --language L               the language the text is written in (fr, pt-BR…), instead of the one the page names
  --slug S                   the page name, instead of one made from the title
  --timeout S                how long to wait for a page fetched from its address (default 20)
  --force                    import a page that is mostly a login or paywall all the same
  --no-archive               do not look up the page's closest copy in a web archive (an address only; the
                             Wayback Machine, or the availability API GLOSS_ARCHIVE_API names; 5 s at most)
  --help                     this text`;

function fail(reason: string): never {
  return failWith('new', reason);
}

/**
 * Whatever throws on the way from the capture to the note (a library running out of stack on a page built
 * strangely, a file that cannot be read) is one line naming the file and the reason, never a stack trace; nothing
 * has been written then, as the note is written last.
 */
function failed(what: string, error: unknown): never {
  const reason =
    error instanceof RangeError ? `${error.message}: the page is built too strangely to read` : reasonOf(error);
  return fail(`${what}: could not be imported (${reason.split('\n')[0]}); nothing was written`);
}

/** The capture being imported, for the one line a crash prints (see the end of this file). */
let importing: string | undefined;

/**
 * `npm run new` with these arguments, writing into `notesFolder` (the site's notes folder unless given); a refusal
 * prints one line and exits with 1.
 */
export async function newNote(args: string[], notesFolder?: string): Promise<void> {
  const site = await projectSettings().catch((error: unknown) => fail(reasonOf(error)));
  const folder = notesFolder ?? site.options.notes;
  const { values, positionals } = readOptions('new', USAGE, {
    args,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      language: { type: 'string' },
      timeout: { type: 'string', default: '20' },
      force: { type: 'boolean', default: false },
      archive: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) fail(USAGE);
  const remote = /^https?:\/\//i.test(file);
  if (remote && !httpUrlSchema.safeParse(file).success) fail(`"${file}" is not an address that can be fetched`);
  if (!remote && !existsSync(file)) fail(`there is no file ${file}`);
  importing = file;
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) fail(`--timeout "${values.timeout}" is not a number of seconds`);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    fail(`there is no notes folder at ${folder}: create it, or set GLOSS_NOTES to the folder that holds the notes`);
  if (values.url !== undefined && !httpUrlSchema.safeParse(values.url).success)
    fail(`--url "${values.url}" is not an absolute http(s) address`);
  if (values.published !== undefined && 'error' in parsePartialDate(values.published))
    fail(`--published "${values.published}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`);
  const language = values.language === undefined ? undefined : languageSchema.safeParse(values.language);
  if (language && !language.success)
    fail(`--language "${values.language}" is not a language tag: write one like fr, en-GB or pt-BR`);
  for (const name of ['title', 'publisher'] as const)
    if (values[name] !== undefined && values[name].trim() === '') fail(`--${name} is empty`);
  const archiveApi = process.env['GLOSS_ARCHIVE_API'] || undefined;
  if (archiveApi !== undefined && !httpUrlSchema.safeParse(archiveApi).success)
    fail(`GLOSS_ARCHIVE_API "${archiveApi}" is not an http(s) address: name the archive's availability API`);
  if (values.slug !== undefined && values.slug !== slugOf(values.slug))
    fail(
      `--slug "${values.slug}" is not a page name: use at most 60 lowercase letters, digits and single hyphens, e.g. "${slugOf(values.slug)}"`,
    );

  // The extractor and the site's pipeline load only once the arguments are known to be good: a mistake is told at once.
  const { importCapture, noteFileText, readCaptureFile } = await import('../src/capture/new-note.ts');
  const { noteChecker } = await import('../src/check/check-note.ts');
  const { formatReport } = await import('../src/check/report.ts');
  const { createNoteRenderer } = await import('../src/markdown/pipeline.ts');

  let capture: { name: string; bytes: Uint8Array; address: string | undefined };
  if (remote) {
    const { fetchPage, DEFAULT_LIMITS } = await import('../src/capture/fetch/fetch-page.ts');
    const fetched = await fetchPage(file, { ...DEFAULT_LIMITS, timeoutMs: timeout * 1000 });
    if ('error' in fetched) fail(`could not fetch ${file}: ${fetched.error}; nothing was written`);
    capture = { name: 'page.html', bytes: fetched.bytes, address: values.url ?? fetched.url };
  } else {
    let read: ReturnType<typeof readCaptureFile>;
    try {
      read = readCaptureFile(file);
    } catch (error) {
      fail(`could not read ${file}: ${reasonOf(error)}; nothing was written`);
    }
    if ('error' in read) fail(`${file}: ${read.error}; nothing was written`);
    capture = { name: file, bytes: read.bytes, address: values.url };
  }
  const imported = await importCapture(capture.name, capture.bytes, capture.address).catch((error: unknown) =>
    failed(file, error),
  );
  if ('error' in imported) fail(`${file}: ${imported.error}`);
  const note = {
    ...imported,
    title: values.title?.trim() ?? imported.title,
    language: language?.data ?? imported.language,
    source: {
      ...imported.source,
      // A fetched page's address is its source, unless the page names its own canonical one.
      url: imported.source.url ?? (remote ? capture.address : undefined),
      ...(values.publisher ? { publisher: values.publisher.trim() } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values.published ? { published: values.published } : {}),
    },
  };
  const { paywallOf } = await import('../src/capture/furniture/paywall.ts');
  const wall = paywallOf(note.body, note.cut);
  if (wall && !values.force)
    fail(
      `${file} is mostly a login or paywall ("${wall}"): save the page once signed in, or import it anyway with --force`,
    );
  const slug = values.slug ?? slugOf(note.title);
  if (!slug) fail(`no page name can be made from the title "${note.title}": give one with --slug`);
  const path = join(folder, `${slug}.md`);
  if (existsSync(path)) fail(`${path} already exists: choose another page name with --slug`);

  // A fetched page's closest copy in a web archive, so readers can see it as it was; a failed lookup is one line.
  let archiveLine: string | undefined;
  if (remote && values.archive && note.source.url) {
    const { closestArchivedCopy, ARCHIVE_TIMEOUT_MS, DEFAULT_ARCHIVE_API } =
      await import('../src/capture/fetch/wayback-lookup.ts');
    const api = archiveApi ?? DEFAULT_ARCHIVE_API;
    const copy = await closestArchivedCopy(note.source.url, { api, timeoutMs: ARCHIVE_TIMEOUT_MS, at: new Date() });
    if ('error' in copy) archiveLine = `No archived copy: ${copy.error}; the note is written without one.`;
    else {
      note.source = { ...note.source, archived: copy };
      archiveLine = `Archived copy: ${copy.url} (${copy.date}).`;
    }
  }

  // Its images, kept as files beside it (<slug>/); one that cannot be kept is left out, and said in one line.
  const { keepImages } = await import('../src/capture/html/keep-images.ts');
  const { fetchImage } = await import('../src/capture/fetch/fetch-image.ts');
  const images = await keepImages(note.body, slug, {
    folder: remote ? undefined : dirname(file),
    address: note.source.url ?? capture.address,
    // A page fetched by its address has its images fetched too; a saved one keeps those saved with it.
    fetch: remote ? fetchImage : undefined,
  });
  note.body = images.markdown;
  const imageFolder = join(folder, slug);
  if (images.files.length > 0) {
    if (existsSync(imageFolder)) fail(`${imageFolder} already exists: choose another page name with --slug`);
    mkdirSync(imageFolder);
    for (const { name, bytes } of images.files) writeFileSync(join(imageFolder, name), bytes, { flag: 'wx' });
  }
  /** Nothing is left behind when the note is not written. */
  const undo = (): void => {
    if (images.files.length > 0) rmSync(imageFolder, { recursive: true, force: true });
  };

  // The new note must pass the check as it is, so it is checked before it is written.
  const text = noteFileText(note);
  const checked = await noteChecker(await createNoteRenderer(site))(path, text).catch((error: unknown) => {
    undo();
    return failed(file, error);
  });
  if (checked.problems.length > 0) {
    undo();
    fail(
      `the note made from ${file} would not pass the check, so nothing was written:\n${formatReport({ notes: 1, annotations: 0, problems: checked.problems, published: [] })}`,
    );
  }
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    undo();
    fail(`could not write ${path}: ${reasonOf(error)}; nothing was written`);
  }

  if (note.cut.length > 0) {
    console.log(
      `Left out as the site's, not the article's (${note.cut.length} ${note.cut.length === 1 ? 'line' : 'lines'}):`,
    );
    for (const line of note.cut) console.log(`  ${line}`);
    console.log('');
  }
  for (const notice of note.notices ?? []) console.log(`Note: ${notice}.`);
  for (const notice of images.notices) console.log(`Note: ${notice}.`);
  if (images.files.length > 0) console.log(`Kept ${images.files.length} image(s) beside the note, in ${imageFolder}/.`);
  if (archiveLine) console.log(archiveLine);
  const paragraphs = note.body.split(/\n\s*\n/).length;
  console.log(
    `Wrote ${path}: "${note.title}", ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, no annotations yet.`,
  );
  console.log(`Next: npm run suggest -- ${path} --write, then review the drafts beside the text in npm run dev.`);
}

if (isTheCommand(import.meta.url)) {
  process.on('uncaughtException', (error) => (importing ? failed(importing, error) : fail(reasonOf(error))));
  process.on('unhandledRejection', (error) => (importing ? failed(importing, error) : fail(reasonOf(error))));
  await newNote(process.argv.slice(2));
}

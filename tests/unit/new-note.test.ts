/**
 * `npm run new` as an author runs it, on captures of the tests' own: a plain-text capture with the site's
 * furniture after it, a saved news page, a Markdown file, and every kind of bad input, each refused in one line
 * with nothing written.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { readNote } from '../../src/check/read-note.ts';
import { newNote } from '../../scripts/new-note.ts';
import { runInProcess, runSpawned } from '../support/command.ts';

const CAPTURES = 'tests/fixtures/captures';
let notes: string;
let work: string;
beforeEach(() => {
  notes = mkdtempSync(join(tmpdir(), 'gloss-new-notes-'));
  work = mkdtempSync(join(tmpdir(), 'gloss-captures-'));
});

/** `npm run new` with these arguments, into this test's notes folder, in this process. */
const run = (...args: string[]) => runInProcess(() => newNote(args, notes));
const written = () => readdirSync(notes);
const bodyOf = (path: string) => readNote(path, readFileSync(path, 'utf8')).body.trim();

describe('a plain-text capture', () => {
  test('comes out as the note as written by hand: the title, every paragraph word for word, no furniture', async () => {
    const { status, out } = await run(
      `${CAPTURES}/openai-google-cloud.txt`,
      '--slug',
      'seed-again',
      '--published',
      '2025-06-11',
    );
    expect(status).toBe(0);
    expect(written()).toEqual(['seed-again.md']);
    const note = readNote('seed-again.md', readFileSync(join(notes, 'seed-again.md'), 'utf8'));
    expect(note.data).toEqual({
      title: 'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
      source: { published: '2025-06-11' },
    });
    expect(note.body.trim()).toBe(bodyOf('tests/fixtures/site-notes/openai-google-cloud.md'));
    // What was cut is printed, not dropped silently.
    expect(out).toContain("Left out as the site's, not the article's (9 lines):");
    expect(out).toContain('  Lire aussi');
    expect(out).toContain('  - 08:31 Gibraltar and the EU reach post-Brexit free movement deal');
    expect(out).toMatch(/Wrote .*seed-again\.md: ".*", 7 paragraphs, no annotations yet\./);
  });

  test('keeps characters Markdown would read as the text they are', async () => {
    const capture = join(work, 'odd.txt');
    writeFileSync(capture, 'A *starred* title\n\n# not a heading\n- not a list\n\n<b>not bold</b> and [not a link]\n');
    expect((await run(capture)).status).toBe(0);
    const [file] = written();
    const body = readFileSync(join(notes, file as string), 'utf8');
    expect(body).toContain('\\# not a heading');
    expect(body).toContain('\\<b>not bold\\</b> and \\[not a link]');
  });
});

describe('a saved web page', () => {
  test('gives the article as Markdown with the metadata the page states, and no raw HTML', async () => {
    const { status, out } = await run(`${CAPTURES}/news-article.html`);
    expect(status).toBe(0);
    expect(written()).toEqual(['harbor-fund-backs-lumens-new-plant.md']);
    // The byline Readability takes out of the text is said to be left out, in one line.
    expect(out).toContain("Left out as the site's, not the article's (1 line):\n  By A. Reporter · March 15, 2024\n");
    const path = join(notes, 'harbor-fund-backs-lumens-new-plant.md');
    const note = readNote(path, readFileSync(path, 'utf8'));
    expect(note.data).toEqual({
      // The JSON-LD headline, not the <title> with the site's name nor og:title; the date as the page wrote it,
      // not shifted to 16 March in UTC.
      title: "Harbor Fund Backs Lumen's New Plant",
      // From the page's <html lang>.
      language: 'en',
      source: {
        publisher: 'Example News Group',
        url: 'https://news.example.org/2024/03/harbor-fund-lumen',
        published: '2024-03-15',
      },
    });
    expect(note.body).toContain('[Harbor Fund](https://example.org/harbor) will put *$300 million*');
    expect(note.body).toContain('**agreed in February**');
    expect(note.body).toContain('> Demand for our chips has never been steadier.');
    expect(note.body).toContain('- a second production line,');
    expect(note.body).toMatch(/\| Q1 2024 \| \$2\.4 billion \|/);
    expect(note.body).not.toMatch(/<[a-z]|onclick|alert|tracking|Related stories|Privacy|Subscribe/i);
  });

  test('a page with no article in it writes nothing', async () => {
    const page = join(work, 'nav.html');
    writeFileSync(page, '<!doctype html><title>Home</title><nav><a href="/">Home</a></nav>');
    const { status, err } = await run(page);
    expect(status).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/no article (text )?was found/);
    expect(written()).toEqual([]);
  });
});

describe('the links of a capture', () => {
  const article = (head: string, links: string): string =>
    `<!doctype html><html><head>${head}<title>Links</title></head><body><article><h1>Links</h1>` +
    `<p>The first paragraph of the article, with enough words in it to be read as an article: ${links}.</p>` +
    `<p>A second paragraph so that Readability keeps the article, with more words, words, words and words.</p>` +
    `</article></body></html>`;
  const links =
    '<a href="/about/team">a relative link</a>, <a href="javascript:alert(1)">script</a>, ' +
    '<a href="data:text/html,hi">data</a>, <a href=" VBScript:msgbox(1)">vb</a>, <a href="#part">a passage</a>, ' +
    '<img src="/pics/spills.png" alt="a chart of spills">';

  test("are resolved against the page's own address, never its <base>, and none runs code", async () => {
    const page = join(work, 'links.html');
    writeFileSync(page, article('<base href="https://elsewhere.example/">', links));
    const { status, out } = await run(page, '--url', 'https://news.example.org/2024/story.html');
    expect(status).toBe(0);
    const body = bodyOf(join(notes, 'links.md'));
    expect(body).toContain('[a relative link](https://news.example.org/about/team)');
    expect(body).toContain('[a passage](#part)');
    expect(body).not.toMatch(/elsewhere|javascript:|data:|vbscript:/i);
    expect(body).toContain('script, data, vb');
    expect(out).toContain('Note: ignored <base href="https://elsewhere.example/">');
    expect(out).toMatch(/Note: \d links or images that run code/);
    // A saved page keeps only the images saved with it: one on the web is left out, alt text and all, and said.
    expect(body).toContain('a passage](#part), .');
    expect(body).not.toMatch(/spills\.png|a chart of spills/);
    expect(out).toContain('Note: image /pics/spills.png left out: it is on the web, and a saved capture keeps only');
  });

  test('relative links with no address to resolve them against are kept as their words, and said', async () => {
    const page = join(work, 'links.html');
    writeFileSync(page, article('', links));
    const { status, out } = await run(page);
    expect(status).toBe(0);
    expect(bodyOf(join(notes, 'links.md'))).toContain(
      'with enough words in it to be read as an article: a relative link,',
    );
    expect(out).toContain('Note: 1 relative link or image was kept as text');
    expect(out).toContain(
      "Note: image /pics/spills.png left out: it is not beside the capture, and the page's address",
    );
  });

  test('a Markdown capture keeps every byte but the links that run code', async () => {
    const capture = join(work, 'essay.md');
    writeFileSync(
      capture,
      '# Essay\n\nA [good](https://example.org/) link, a [bad *one*](javascript:alert(1)), ![x](data:image/png;base64,AA).\n',
    );
    expect((await run(capture)).status).toBe(0);
    expect(bodyOf(join(notes, 'essay.md'))).toBe('A [good](https://example.org/) link, a bad *one*, x.');
  });
});

describe('a web clipper’s Markdown capture', () => {
  const clipped = [
    '---',
    'title: "Water Firms Fined After Spills"',
    'source: "https://news.example.org/2024/water-fines?utm_source=x"',
    'author:',
    '  - "[[Jane Doe]]"',
    'published: 2024-03-14T08:00:00+00:00',
    'created: 2024-03-20',
    'description: "Regulators fined three firms."',
    'tags:',
    '  - "clippings"',
    '  - "water"',
    '---',
    '# Water Firms Fined After Spills',
    '',
    'Three water firms were fined on Tuesday.',
    '',
  ].join('\n');

  test('gives the note its title, source, author, date, tags and summary, and the article under them', async () => {
    const capture = join(work, 'clip.md');
    writeFileSync(capture, clipped);
    const { status, err } = await run(capture);
    expect(err).toBe('');
    expect(status).toBe(0);
    const path = join(notes, 'water-firms-fined-after-spills.md');
    const note = readNote(path, readFileSync(path, 'utf8'));
    expect(note.data).toEqual({
      title: 'Water Firms Fined After Spills',
      source: {
        author: 'Jane Doe',
        url: 'https://news.example.org/2024/water-fines?utm_source=x',
        published: '2024-03-14',
      },
      summary: 'Regulators fined three firms.',
      tags: ['water'],
    });
    expect(note.body.trim()).toBe('Three water firms were fined on Tuesday.');
  });

  test('--title and --publisher name what the capture does not, and --help lists the options', async () => {
    const capture = join(work, 'clip.md');
    writeFileSync(capture, clipped);
    expect((await run(capture, '--title', 'Fines for spills', '--publisher', 'Example News')).status).toBe(0);
    const note = readNote('x.md', readFileSync(join(notes, 'fines-for-spills.md'), 'utf8'));
    expect(note.data).toMatchObject({ title: 'Fines for spills', source: { publisher: 'Example News' } });
    const help = await run('--help');
    expect(help.status).toBe(0);
    for (const option of ['--title', '--publisher', '--url', '--published', '--slug'])
      expect(help.out).toContain(option);
  });

  test('a Markdown file whose frontmatter has annotations is a note, and is refused', async () => {
    const capture = join(work, 'note.md');
    writeFileSync(capture, '---\ntitle: A note\nparties: []\n---\n\nText.\n');
    const { status, err } = await run(capture);
    expect(status).toBe(1);
    expect(err).toMatch(/is a note already/);
    expect(written()).toEqual([]);
  });
});

test('footnotes become GFM footnotes, their list and its heading taken out of the text', async () => {
  const page = join(work, 'notes.html');
  writeFileSync(
    page,
    '<!doctype html><html><head><title>Losses</title></head><body><article><h1>Losses</h1>' +
      '<p>The agency reported a loss<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup> in the year, ' +
      'and the words of an article go on for long enough to be read as one, words, words and words.</p>' +
      '<p>Another paragraph cites a source<a href="#fn-2" id="fnref-2"><sup>2</sup></a> and a wiki' +
      '<sup class="reference"><a href="#cite_note-3">[3]</a></sup>, with more words, words, words and words.</p>' +
      '<div class="footnotes"><h2>Notes</h2><ol>' +
      '<li id="fn:1"><p>The annual report, page 12. <a href="#fnref:1" class="reversefootnote">↩</a></p></li>' +
      '<li id="fn-2">A press release. <a href="#fnref-2">↩︎</a></li>' +
      '<li id="cite_note-3"><span><a href="#cite_ref-3">^</a></span> <span>An encyclopaedia.</span></li>' +
      '</ol></div></article></body></html>',
  );
  expect((await run(page)).status).toBe(0);
  const body = bodyOf(join(notes, 'losses.md'));
  expect(body).toContain('The agency reported a loss[^1] in the year');
  expect(body).toContain('cites a source[^2] and a wiki[^3], with more words');
  expect(body).toMatch(
    /\[\^1\]: The annual report, page 12\.\n\n\[\^2\]: A press release\.\n\n\[\^3\]: An encyclopaedia\.$/,
  );
  expect(body).not.toMatch(/Notes|↩|#fn|cite_/);
});

describe('the language of a capture', () => {
  const page = (head: string, lang: string): string =>
    `<!doctype html><html${lang}><head>${head}<title>Le rachat</title></head><body><article><h1>Le rachat</h1>` +
    "<p>L'Autorité de la concurrence a autorisé le rachat le 3 mars, après des mois d'examen et de consultations.</p>" +
    '<p>La décision ouvre la voie au projet, selon les deux entreprises, qui attendaient ce feu vert depuis longtemps.</p>' +
    '</article></body></html>';

  test.each([
    ['the page’s lang', '', ' lang="fr"', 'fr'],
    ['its og:locale', '<meta property="og:locale" content="fr_FR">', '', 'fr-FR'],
    [
      'its JSON-LD inLanguage, first',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Le rachat","inLanguage":"fr-CA"}</script>',
      ' lang="en"',
      'fr-CA',
    ],
  ])('is read from %s', async (_, head, lang, language) => {
    const capture = join(work, 'fr.html');
    writeFileSync(capture, page(head, lang));
    expect((await run(capture)).status).toBe(0);
    expect(readNote('x.md', readFileSync(join(notes, 'le-rachat.md'), 'utf8')).data).toMatchObject({ language });
  });

  test('--language names it, and a tag that is none is refused in one line', async () => {
    const capture = join(work, 'fr.html');
    writeFileSync(capture, page('', ' lang="fr"'));
    const refused = await run(capture, '--language', 'français');
    expect(refused.status).toBe(1);
    expect(refused.err.trim()).toBe(
      'npm run new: --language "français" is not a language tag: write one like fr, en-GB or pt-BR',
    );
    expect((await run(capture, '--language', 'fr_BE')).status).toBe(0);
    expect(readNote('x.md', readFileSync(join(notes, 'le-rachat.md'), 'utf8')).data).toMatchObject({
      language: 'fr-BE',
    });
  });
});

test('a news page’s furniture that Readability keeps is left out, each block said in one line', async () => {
  const page = join(work, 'furniture.html');
  writeFileSync(
    page,
    '<!doctype html><html lang="fr"><head><title>Le rachat</title></head><body><article>' +
      '<p>ÉCONOMIE</p><h1>Le rachat</h1><p><em>Par Claire Fontaine</em></p>' +
      '<p>Publié le 4 mars 2025 à 10h12. Lecture 4 min.</p>' +
      "<p>L'Autorité de la concurrence a autorisé le rachat le 3 mars, après des mois d'examen et de consultations.</p>" +
      '<p>Photo : AFP</p>' +
      '<p>La décision ouvre la voie au projet, selon les deux entreprises, qui attendaient ce feu vert depuis longtemps.</p>' +
      '<p>Inscrivez-vous à notre newsletter quotidienne</p></article></body></html>',
  );
  const { status, out } = await run(page);
  expect(status).toBe(0);
  const body = bodyOf(join(notes, 'le-rachat.md'));
  expect(body.split('\n\n')).toHaveLength(2);
  expect(body).not.toMatch(/ÉCONOMIE|Claire Fontaine|Publié|Photo|newsletter/);
  for (const line of ['Par Claire Fontaine', 'Publié le 4 mars 2025 à 10h12. Lecture 4 min.', 'Photo : AFP'])
    expect(out).toContain(`  ${line}\n`);
});

test('a table keeps its caption, as an emphasised line before it', async () => {
  const page = join(work, 'table.html');
  writeFileSync(
    page,
    '<!doctype html><html><head><title>Revenue</title></head><body><article><h1>Revenue</h1>' +
      '<p>The company grew through the year, quarter after quarter, as the table below shows in full detail.</p>' +
      '<table><caption>Revenue by quarter, in dollars</caption><thead><tr><th>Quarter</th><th>Revenue</th></tr></thead>' +
      '<tbody><tr><td>Q1</td><td>$2.4 billion</td></tr></tbody></table>' +
      '<p>Analysts expect the growth to continue into the next year, with more words to make an article.</p>' +
      '</article></body></html>',
  );
  expect((await run(page)).status).toBe(0);
  expect(bodyOf(join(notes, 'revenue.md'))).toMatch(/\*Revenue by quarter, in dollars\*\n\n\| Quarter \| Revenue +\|/);
});

describe('a page that is mostly a login or paywall', () => {
  const wall = (teaser: string, ask: string): string =>
    `<!doctype html><html><head><title>Locked</title></head><body><article><h1>Locked</h1><p>${teaser}</p>` +
    `<p>${ask}</p></article></body></html>`;
  const teaser =
    'The regulator fined three water companies on Tuesday after a year of spills into rivers, in a decision that the ' +
    'industry had long expected and that campaigners called overdue.';

  test.each([
    ['in English', 'Subscribe to unlock this article. Already a subscriber? Sign in.'],
    ['in French', 'Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.'],
  ])('%s is refused in one line, and nothing is written; --force imports it', async (_, ask) => {
    const page = join(work, 'locked.html');
    writeFileSync(page, wall(teaser, ask));
    const refused = await run(page);
    expect(refused.status).toBe(1);
    expect(refused.err.trim().split('\n')).toEqual([
      expect.stringMatching(/is mostly a login or paywall \(".+"\): .* --force$/),
    ]);
    expect(written()).toEqual([]);
    expect((await run(page, '--force')).status).toBe(0);
    expect(written()).toEqual(['locked.md']);
  });

  test('an article that ends with a subscription box is not one', async () => {
    const page = join(work, 'long.html');
    writeFileSync(page, wall(Array(8).fill(teaser).join(' '), 'Subscribe to read more stories like this.'));
    expect((await run(page)).status).toBe(0);
  });
});

test('a page name is ASCII, at most 60 characters, cut at a word, whatever the title', async () => {
  const capture = join(work, 'fr.md');
  writeFileSync(
    capture,
    '# Benoît Cœuré quitte la BCE pour la Banque des règlements internationaux, après huit ans\n\nLe texte.\n',
  );
  expect((await run(capture)).status).toBe(0);
  expect(written()).toEqual(['benoit-coeure-quitte-la-bce-pour-la-banque-des-reglements.md']);
});

test('a Markdown capture keeps its text as written, its heading as the title', async () => {
  const capture = join(work, 'essay.md');
  writeFileSync(capture, '# An Essay\n\nSome *emphasis* and a [link](https://example.org).\n\n> A quote.\n');
  expect((await run(capture, '--url', 'https://example.org/essay')).status).toBe(0);
  const note = readNote('essay.md', readFileSync(join(notes, 'an-essay.md'), 'utf8'));
  expect(note.data).toEqual({ title: 'An Essay', source: { url: 'https://example.org/essay' } });
  expect(note.body.trim()).toBe('Some *emphasis* and a [link](https://example.org).\n\n> A quote.');
});

describe('bad input: one line saying why, and nothing written', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a file that is not there', () => [join(work, 'gone.txt')], /there is no file/],
    ['an empty file', () => [write('empty.txt', '')], /the file is empty/],
    ['a binary file', () => [write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], /not a text file/],
    ['text that is not UTF-8', () => [write('latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))], /not UTF-8/],
    ['a kind of file it cannot read', () => [write('page.pdf', 'x')], /must be a saved web page/],
    ['a title and nothing else', () => [write('title.txt', 'Just a title\n')], /no article text/],
    ['an address that is not http(s)', () => [write('a.txt', 'T\nText.'), '--url', 'javascript:alert(1)'], /--url/],
    ['a date that is not one', () => [write('a.txt', 'T\nText.'), '--published', '2025-02-30'], /--published/],
    [
      'a page name that is not one',
      () => [write('a.txt', 'T\nText.'), '--slug', 'Not A Slug'],
      /--slug .*"not-a-slug"/,
    ],
    ['no file named', () => [], /usage: npm run new/],
  ];
  const write = (name: string, content: string | Buffer): string => {
    const path = join(work, name);
    writeFileSync(path, content);
    return path;
  };
  test.each(cases)('%s', async (_, args, reason) => {
    const { status, err } = await run(...args());
    expect(status).toBe(1);
    expect(err).toMatch(reason);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(written()).toEqual([]);
  });

  test('a note that exists already is never overwritten', async () => {
    const existing = join(notes, 'seed-again.md');
    writeFileSync(existing, 'mine');
    const { status, err } = await run(`${CAPTURES}/openai-google-cloud.txt`, '--slug', 'seed-again');
    expect(status).toBe(1);
    expect(err).toContain(`${existing} already exists: choose another page name with --slug`);
    expect(readFileSync(existing, 'utf8')).toBe('mine');
  });
});

describe('text copied from a PDF', () => {
  test('becomes paragraphs and lists, its split words joined, its running header and page numbers cut', async () => {
    const { status, out } = await run(`${CAPTURES}/annual-report-pdf.txt`, '--slug', 'report');
    expect(status).toBe(0);
    const note = readNote('report.md', readFileSync(join(notes, 'report.md'), 'utf8'));
    expect((note.data as { title: string }).title).toBe('Delivering reliable water for a changing climate');
    expect(note.body.trim().split('\n\n')).toEqual([
      'This report sets out how Northwind Water met its commitments to customers and the environment during the year. It describes the investment programme agreed with the regulator and the results of the first year of the new government framework for water companies.',
      'The company invested £1.2 billion in its networks and its treatment works, a well-known priority for customers in the region, and reduced leakage by 8 percent.',
      'Our priorities for the coming year are:',
      '1. Replacing 400 km of ageing mains across the southern network.\n2. Building two new treatment works.\n3. Cutting emissions by 12,000 tonnes.',
      'The board met eleven times during the year and approved the long-term strategy for resilience, which sets targets to 2050 for drought, flooding and the supply of energy to our treatment works.',
      '* Storage capacity rose to 40 MWh at the Eastmoor site.\n* The solar farm at Hollins Cross generated 6.5 GWh.',
      'We thank our customers, our staff and our partners for their support during a demanding year, and we look forward to reporting on the next stage of the programme.',
    ]);
    // Each running line is said once, as left out.
    expect(out).toContain('Northwind Water plc — Annual Report 2024');
    expect(out).toContain('Page 1 of 3');
  });
});

describe('as a person runs it, in a process of its own', () => {
  test('a capture imported exits with 0 and writes the note', () => {
    const run = runSpawned('scripts/new-note.ts', [`${CAPTURES}/openai-google-cloud.txt`, '--slug', 'seed-again'], {
      GLOSS_NOTES: notes,
    });
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/Wrote .*seed-again\.md: ".*", 7 paragraphs, no annotations yet\./);
    expect(written()).toEqual(['seed-again.md']);
  });

  test('no file named exits with 1, the usage in one line, nothing written', () => {
    const run = runSpawned('scripts/new-note.ts', [], { GLOSS_NOTES: notes });
    expect(run.status).toBe(1);
    expect(run.err.trim().split('\n')).toEqual([
      'npm run new: usage: npm run new -- <file.html|file.txt|file.md|https://…> [options] (--help lists them)',
    ]);
    expect(written()).toEqual([]);
  });
});

/**
 * A note's source as a citation: its byline split into authors as Zotero splits one, its CSL-JSON item, and the
 * BibTeX and RIS files citation-js writes from it, read back by a parser of its own (biblatex-csl-converter).
 */
import { parse as parseBibtex, parseRIS } from 'biblatex-csl-converter';
import { describe, expect, test } from 'vitest';
import { citationFile } from '../../src/citation/citation-files.ts';
import { authorsOf, sourceCitation } from '../../src/citation/source-citation.ts';
import { noteSchema } from '../../src/schemas/note.ts';

const note = noteSchema.parse({
  title: 'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
  language: 'en',
  source: {
    publisher: 'Example News',
    author: 'Jane Doe and Jean-Claude van Damme',
    url: 'https://example.org/article',
    published: '2025-06-09',
  },
});

describe('the authors of a byline', () => {
  test('are split on "and", "&" and semicolons, and on commas only between whole names', () => {
    expect(authorsOf('Jane Doe and John Roe')).toEqual([
      { given: 'Jane', family: 'Doe' },
      { given: 'John', family: 'Roe' },
    ]);
    expect(authorsOf('Jane Doe; John Roe & Ann Poe')).toHaveLength(3);
    expect(authorsOf('Jane Doe, John Roe')).toHaveLength(2);
    expect(authorsOf('Doe, Jane')).toEqual([{ given: 'Jane', family: 'Doe' }]);
  });

  test('keep particles, and a single word whole as an organisation', () => {
    expect(authorsOf('Jean-Claude van Damme')).toEqual([
      { given: 'Jean-Claude', 'non-dropping-particle': 'van', family: 'Damme' },
    ]);
    expect(authorsOf('Reuters')).toEqual([{ literal: 'Reuters' }]);
  });
});

describe('the citation of a note’s source', () => {
  const item = sourceCitation(note, 'openai-google-cloud');

  test('is a web page with its title, authors, site, date, address and language', () => {
    expect(item).toEqual({
      id: 'openai-google-cloud',
      type: 'webpage',
      title: 'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
      author: [
        { given: 'Jane', family: 'Doe' },
        { given: 'Jean-Claude', 'non-dropping-particle': 'van', family: 'Damme' },
      ],
      'container-title': 'Example News',
      issued: { 'date-parts': [[2025, 6, 9]] },
      URL: 'https://example.org/article',
      language: 'en',
    });
  });

  test('gives a season or a quarter as its year, and is none for a note without a source', () => {
    const quarter = noteSchema.parse({ title: 'Q', source: { published: '2022-35' } });
    expect(sourceCitation(quarter, 'q')?.issued).toEqual({ 'date-parts': [[2022]] });
    expect(sourceCitation(noteSchema.parse({ title: 'None' }), 'none')).toBeUndefined();
  });

  test('in BibTeX, reads back as the same web page, its month kept and no day BibTeX lacks a field for', () => {
    const bib = parseBibtex(citationFile(item!, 'bib'));
    expect(bib.errors).toEqual([]);
    expect(bib.warnings).toEqual([]);
    const entry = Object.values(bib.entries)[0]!;
    expect(entry.bib_type).toBe('misc');
    expect(entry.fields['date']).toBe('2025-06');
    expect(entry.fields['url']).toBe('https://example.org/article');
    const title = entry.fields['title'] as Array<{ text: string }>;
    expect(title.map((part) => part.text).join('')).toBe(
      'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
    );
    const authors = entry.fields['author'] as Array<{
      given: Array<{ text: string }>;
      family: Array<{ text: string }>;
    }>;
    expect(authors.map((name) => name.family.map((part) => part.text).join(''))).toEqual(['Doe', 'Damme']);
  });

  test('in RIS, reads back as an electronic source, its date written as the specification writes it', () => {
    const text = citationFile(item!, 'ris');
    const ris = parseRIS(text);
    expect(ris.errors ?? []).toEqual([]);
    const entry = Object.values(ris.entries)[0]!;
    expect(entry.bib_type).toBe('online');
    expect(entry.fields['url']).toBe('https://example.org/article');
    expect((entry.fields['title'] as Array<{ text: string }>)[0]?.text).toBe(note.title);
    expect(text).toMatch(/^TY {2}- ELEC$/m);
    expect(text).toMatch(/^DA {2}- 2025\/06\/09\/$/m);
    expect(text.match(/^AU {2}- .*$/gm)).toEqual(['AU  - Doe, Jane', 'AU  - van Damme, Jean-Claude']);
  });
});

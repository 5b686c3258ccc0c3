/** A citation item written out as the files a reference manager imports: CSL-JSON, BibTeX and RIS, by citation-js. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationFormat } from '../site/site-links.ts';
import type { CslItem } from './source-citation.ts';

/** Each file's media type, as its extension says. */
export const CITATION_TYPES: Record<CitationFormat, string> = {
  json: 'application/vnd.citationstyles.csl+json',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
};

/**
 * BibTeX has a year and a month but no day: citation-js writes a day into the month (`month = {mar 15}`), which
 * BibTeX parsers refuse, so the day is left out.
 */
const withoutDay = (item: CslItem): CslItem =>
  item.issued ? { ...item, issued: { 'date-parts': [item.issued['date-parts'][0].slice(0, 2)] } } : item;

/** RIS dates are `YYYY/MM/DD/` (RefMan's specification); citation-js leaves out the leading zeros. */
const paddedRisDates = (ris: string): string =>
  ris.replace(
    /^(DA|PY|Y1|Y2)( {2}- )(\d{4})\/(\d{1,2})?\/(\d{1,2})?\//gm,
    (_, tag: string, dash: string, year: string, month = '', day = '') =>
      `${tag}${dash}${year}/${month.padStart(month ? 2 : 0, '0')}/${day.padStart(day ? 2 : 0, '0')}/`,
  );

/** citation-js's RIS leaves out a name's particles ("van Damme, Jean-Claude" would lose "van"): they join the family name. */
const particlesInFamily = (item: CslItem): CslItem =>
  item.author
    ? {
        ...item,
        author: item.author.map(({ 'non-dropping-particle': particle, ...name }) =>
          particle && name['family'] ? { ...name, family: `${particle} ${name['family']}` } : name,
        ),
      }
    : item;

/** The item in a format; each file ends with a line break. */
export function citationFile(item: CslItem, format: CitationFormat): string {
  const text =
    format === 'json'
      ? new Cite([item]).format('data')
      : format === 'bib'
        ? new Cite([withoutDay(item)]).format('bibtex')
        : paddedRisDates(new Cite([particlesInFamily(item)]).format('ris'));
  return `${text.trimEnd()}\n`;
}

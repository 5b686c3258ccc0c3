/** The figures table as CSV (RFC 4180): one row per figure, values in full, for spreadsheets. */
import type { FigureEntry } from '../site/site-index.ts';

const cell = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function figuresCsv(entries: FigureEntry[], passageUrl: (slug: string, id: string) => string): string {
  const header = ['note', 'id', 'label', 'value', 'unit', 'approximate', 'as_of', 'quote', 'url'];
  const rows = entries.map(({ slug, figure }) => [
    slug,
    figure.id,
    figure.label,
    figure.value,
    figure.unit,
    String(figure.approximate),
    figure.asOf?.iso,
    figure.quote,
    passageUrl(slug, figure.id),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

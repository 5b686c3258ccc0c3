/**
 * How sure a suggested date or figure is, and why, in words a reviewer can check beside the draft: a date whose
 * words give its year is surer than one worked out from the article's date; money with its currency sign surer
 * than a count whose unit is the word after the number.
 */
import type { FoundDate } from './dates/weekday-dates.ts';
import type { FoundFigure } from './suggest-figures.ts';

export interface Evidence {
  confidence: number;
  evidence: string;
}

export function dateEvidence(date: FoundDate, quote: string): Evidence {
  const late = date.basis?.includes("after the article's date");
  const precision = date.date.precision === 'day' ? 'a day' : date.date.precision === 'month' ? 'a month' : 'a year';
  const said = date.date.group !== undefined ? 'a season, quarter or half' : precision;
  if (late) return { confidence: 0.35, evidence: `${said}, after the article's own date` };
  if (!date.relative) {
    const vague = date.approximate ? ', vague' : '';
    const named = date.date.precision === 'year' ? 'a year' : `${said} with its year`;
    return { confidence: date.approximate ? 0.7 : 0.9, evidence: `${named}: "${quote}"${vague}` };
  }
  if (date.basis) return { confidence: 0.6, evidence: `${said} counted from the story's or the article's date` };
  return { confidence: 0.75, evidence: `${said}, its year the article's` };
}

const MONEY = /^[A-Z]{3}$/;

export function figureEvidence(figure: FoundFigure, quote: string): Evidence {
  if (figure.unit === '%')
    return figure.approximate
      ? { confidence: 0.6, evidence: `a share in words: "${quote}"` }
      : { confidence: 0.9, evidence: 'a percentage' };
  if (MONEY.test(figure.unit)) return { confidence: 0.9, evidence: `money: ${figure.unit}` };
  if (/^\p{Ll}+$/u.test(figure.unit) || /^\p{Lu}\p{Ll}+$/u.test(figure.unit))
    return { confidence: 0.7, evidence: `a count of ${figure.unit}` };
  return { confidence: 0.85, evidence: `a quantity in ${figure.unit}` };
}

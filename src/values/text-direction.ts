/** Which way a language is written: right to left for Arabic, Hebrew and the other scripts that are. */

/** Scripts written from right to left, by their ISO 15924 code. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Whether a language is written from right to left, as the runtime's locale data says. */
export function isRightToLeft(tag: string): boolean {
  const script = new Intl.Locale(tag).maximize().script;
  return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script);
}

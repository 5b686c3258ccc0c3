/** The twelve months' names in a language, as Intl writes them ("mai", "März"), January first; kept per language. */
const names = new Map<string, readonly string[]>();

export function monthNamesIn(language: string): readonly string[] {
  let found = names.get(language);
  if (!found) {
    const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    found = Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2025, month, 1))));
    names.set(language, found);
  }
  return found;
}

/** "1 note", "3 notes", "2 300 notes": a count, written by Intl, with the word in the form the language's plural rules pick. */
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function counted(locale: string, n: number, forms: { one: string; other: string }): string {
  let rule = rules.get(locale);
  let number = numbers.get(locale);
  if (!rule || !number) {
    rule = new Intl.PluralRules(locale);
    number = new Intl.NumberFormat(locale);
    rules.set(locale, rule);
    numbers.set(locale, number);
  }
  return `${number.format(n)} ${rule.select(n) === 'one' ? forms.one : forms.other}`;
}

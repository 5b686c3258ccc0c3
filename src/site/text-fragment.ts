/** A Text Fragment link (`#:~:text=`) to the same words in the original article, as browsers highlight them. */

/** Text fragment syntax reserves "-", "," and "&"; encodeURIComponent leaves only "-" as it is. */
const encode = (text: string): string => encodeURIComponent(text.trim()).replace(/-/g, '%2D');

export function textFragmentLink(
  url: string,
  selector: { quote: string; prefix?: string | undefined; suffix?: string | undefined },
): string {
  const parts = [
    ...(selector.prefix ? [`${encode(selector.prefix)}-`] : []),
    encode(selector.quote),
    ...(selector.suffix ? [`-${encode(selector.suffix)}`] : []),
  ];
  const base = url.split('#')[0];
  return `${base}#:~:text=${parts.join(',')}`;
}

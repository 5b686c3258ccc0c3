/**
 * A hast element, built directly: the anchoring plugin and the margin notes make thousands of them, and
 * hastscript's `h` spends most of its time normalising property names, which are written here in hast's own
 * form (`className`, `dataN`, `ariaHidden`).
 */
import type { Element, ElementContent, Properties } from 'hast';

export function element(
  tagName: string,
  properties: Properties = {},
  children: ElementContent | string | Array<ElementContent | string> = [],
): Element {
  const list = Array.isArray(children) ? children : [children];
  return {
    type: 'element',
    tagName,
    properties,
    children: list.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

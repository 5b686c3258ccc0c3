/**
 * rehype plugin for imports: a page's footnotes become GFM footnotes, rather than links to nowhere. A reference is
 * a link to an element of the same page (a list item, or an element whose id says note, fn, cite or ref) whose
 * words are a short marker ("1", "[2]", "*"); the element it points to is the footnote's text, taken out of the
 * article without its links back. `footnoteHandlers` tells rehype-remark how to write both.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

const MARKER = /^[[(]?([0-9]{1,3}|[a-z]|[*†‡§])[\])]?$/i;
const NOTE_ID = /fn|note|cite|ref/i;
/** The words of a link back to the reference. */
const BACK_LINK = /^(\s*[↩↑^⤴︎]+\s*|back|retour)$/iu;
/** A heading that only names the footnotes, left alone once they have moved. */
const NOTES_HEADING = /^(notes?|footnotes|references|sources|notes de bas de page|références)$/i;

const REF = 'gloss-footnote-ref';
const DEF = 'gloss-footnote-def';

const element = (tagName: string, label: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: { dataLabel: label },
  children,
});

/** `node` less every link in it back to a reference. */
function withoutBackLinks(children: ElementContent[], referenceIds: Set<string>): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const href = child.properties['href'];
    if (
      child.tagName === 'a' &&
      typeof href === 'string' &&
      (referenceIds.has(decodeURIComponent(href.slice(1))) || BACK_LINK.test(toString(child)))
    )
      return [];
    return [{ ...child, children: withoutBackLinks(child.children, referenceIds) }];
  });
}

/** The elements from the root down to `target`'s parent, by the parents known; empty once it is out of the tree. */
function pathTo(tree: Root, target: Element, parents: ReadonlyMap<Element, Root | Element>): Array<Root | Element> {
  const path: Array<Root | Element> = [];
  for (let parent = parents.get(target); parent; parent = parent.type === 'element' ? parents.get(parent) : undefined) {
    if (!(parent.children as unknown[]).includes(path[0] ?? target)) return [];
    path.unshift(parent);
  }
  return path[0] === tree ? path : [];
}

/** Takes `node` out of its parent. */
function remove(parent: Root | Element, node: RootContent | ElementContent): void {
  parent.children = (parent.children as Array<RootContent | ElementContent>).filter((child) => child !== node) as never;
}

export default function rehypeFootnotesFromHtml() {
  return (tree: Root): void => {
    const byId = new Map<string, Element>();
    // Each element's parent, found once: looking each footnote up from the root took time with the square of the page.
    const parents = new Map<Element, Root | Element>();
    visitParents(tree, 'element', (node, ancestors) => {
      parents.set(node, (ancestors.at(-1) ?? tree) as Root | Element);
      const id = node.properties['id'];
      if (typeof id === 'string') byId.set(id, node);
    });
    const labels = new Map<Element, string>();
    const referenceIds = new Set<string>();
    const references: Array<{ node: Element; parent: Element | Root; label: string }> = [];
    visitParents(tree, 'element', (link, ancestors) => {
      const href = link.properties['href'];
      if (link.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const id = decodeURIComponent(href.slice(1));
      const target = byId.get(id);
      const marker = MARKER.exec(toString(link).trim())?.[1];
      if (!target || !marker || ancestors.includes(target) || !(target.tagName === 'li' || NOTE_ID.test(id))) return;
      const parent = ancestors.at(-1) as Element | Root;
      // The marker's <sup>, when the link is all it holds, goes with it.
      const sup =
        parent.type === 'element' &&
        parent.tagName === 'sup' &&
        parent.children.every((child) => child === link || (child.type === 'text' && !child.value.trim()))
          ? parent
          : undefined;
      let label = labels.get(target);
      if (!label) {
        const taken = new Set(labels.values());
        label = marker;
        for (let n = 2; taken.has(label); n++) label = `${marker}-${n}`;
        labels.set(target, label);
      }
      for (const node of [link, sup]) {
        const own = node?.properties['id'];
        if (typeof own === 'string') referenceIds.add(own);
      }
      references.push({
        node: sup ?? link,
        parent: sup ? (ancestors.at(-2) as Element | Root) : parent,
        label,
      });
    });
    if (references.length === 0) return;
    for (const { node, parent, label } of references) {
      const index = parent.children.indexOf(node as never);
      if (index >= 0) parent.children.splice(index, 1, element(REF, label));
    }
    const definitions: Element[] = [];
    for (const [target, label] of labels) {
      definitions.push(element(DEF, label, withoutBackLinks(target.children, referenceIds)));
      const ancestors = pathTo(tree, target, parents);
      // A footnote inside one already taken out (a list of them in a note's own text) has gone with it.
      if (ancestors.length === 0) continue;
      remove(ancestors.at(-1) as Element | Root, target);
      // A list left empty goes, and so does a box that only named the footnotes.
      for (let depth = ancestors.length - 1; depth > 0; depth--) {
        const box = ancestors[depth] as Element;
        const left = box.children.filter((child): child is Element => child.type === 'element');
        const emptied = left.every(
          (child) => /^h[1-6]$/.test(child.tagName) && NOTES_HEADING.test(toString(child).trim()),
        );
        if (!emptied || box.tagName === 'article') break;
        remove(ancestors[depth - 1] as Element | Root, box);
      }
    }
    tree.children.push(...definitions);
  };
}

/** How rehype-remark writes the elements above: as GFM footnote references and definitions. */
export const footnoteHandlers: Record<string, Handle> = {
  [REF]: (_, node: Element) => {
    const label = String(node.properties['dataLabel']);
    return { type: 'footnoteReference', identifier: label.toLowerCase(), label };
  },
  [DEF]: (state, node: Element) => {
    const label = String(node.properties['dataLabel']);
    return {
      type: 'footnoteDefinition',
      identifier: label.toLowerCase(),
      label,
      children: state.toFlow(state.all(node)),
    };
  },
};

/**
 * Party, Date and Figure for the words selected in the text (with the pointer, or Shift and the arrows), put just
 * after their paragraph so that they come next in the tab order. The selection is sent with the words around it
 * in its paragraph, which tell apart places with the same words.
 */
import type { AnnotationKind } from './note-edits.ts';
import type { Selection } from './prefill.ts';
import { element } from './review-form.ts';

export function selectionBarFor(
  body: HTMLElement | null,
  annotate: (kind: AnnotationKind, selection: Selection) => void | Promise<void>,
): { bar: HTMLElement; onSelection: () => void } {
  const bar = element('div', {
    class: 'gloss-review-selection',
    role: 'group',
    'aria-label': 'Annotate the selected words',
  });
  let selected: Selection | undefined;

  /** The words of a range of the text, less the margin notes and their markers that stand among them. */
  function textOf(range: Range): string {
    const copy = range.cloneContents();
    for (const note of copy.querySelectorAll('.gloss, .gloss-marker')) note.remove();
    return copy.textContent ?? '';
  }

  function onSelection(): void {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const within = (node: Node): boolean =>
      !!body?.contains(node) &&
      !(node instanceof Element ? node : node.parentElement)?.closest(
        'aside, .gloss, .gloss-marker, .gloss-review-selection',
      );
    if (!range || range.collapsed || !body || !within(range.startContainer) || !within(range.endContainer)) {
      if (!bar.contains(document.activeElement)) bar.remove();
      return;
    }
    const block = [...body.children].find((child) => child.contains(range.startContainer));
    if (!block) return;
    const part = (from: Node, fromOffset: number, to: Node, toOffset: number): string => {
      const piece = document.createRange();
      piece.setStart(from, fromOffset);
      piece.setEnd(to, toOffset);
      return textOf(piece);
    };
    selected = {
      quote: textOf(range),
      before: part(block, 0, range.startContainer, range.startOffset).slice(-80),
      after: part(range.endContainer, range.endOffset, block, block.childNodes.length).slice(0, 80),
    };
    if (bar.previousElementSibling !== block) block.after(bar);
  }

  for (const kind of ['party', 'date', 'figure'] as const) {
    const control = element('button', { type: 'button' }, kind.charAt(0).toUpperCase() + kind.slice(1));
    control.addEventListener('mousedown', (event) => event.preventDefault());
    control.addEventListener('click', () => {
      // The selection as it stands: keys pressed quickly can reach the button before the last selectionchange.
      onSelection();
      if (selected) void annotate(kind, selected);
    });
    bar.append(control);
  }
  return { bar, onSelection };
}

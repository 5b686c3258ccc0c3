/**
 * Party, Date and Figure for the words selected in the text (with the pointer, or Shift and the arrows), put just
 * after their paragraph; Tab from the selection reaches them first, before the markers and margin notes that
 * follow a passage. The selection is sent with the words around it in its paragraph, which tell apart places with
 * the same words.
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

  /** The words of a range of the text, less the margin notes and markers that stand among them, and the bar. */
  const wordsOf = (from: Node, fromOffset: number, to: Node, toOffset: number): string => {
    const piece = document.createRange();
    piece.setStart(from, fromOffset);
    piece.setEnd(to, toOffset);
    const fragment = piece.cloneContents();
    for (const copy of fragment.querySelectorAll('.gloss, .gloss-marker, .gloss-review-selection')) copy.remove();
    return fragment.textContent ?? '';
  };

  /** The selection as it stands, if it is words of the text; its range, to put the bar after it. */
  function read(): Range | undefined {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const within = (node: Node): boolean =>
      !!body?.contains(node) &&
      !(node instanceof Element ? node : node.parentElement)?.closest('aside, .gloss-review-selection');
    if (!range || range.collapsed || !body || !within(range.startContainer) || !within(range.endContainer)) {
      selected = undefined;
      return undefined;
    }
    const block = [...body.children].find((child) => child.contains(range.startContainer));
    if (!block) return undefined;
    selected = {
      quote: wordsOf(range.startContainer, range.startOffset, range.endContainer, range.endOffset),
      before: wordsOf(block, 0, range.startContainer, range.startOffset).slice(-80),
      after: wordsOf(range.endContainer, range.endOffset, block, block.childNodes.length).slice(0, 80),
    };
    return range;
  }

  function onSelection(): void {
    // Tabbing into the bar is not a new selection.
    if (bar.contains(document.activeElement)) return;
    const range = read();
    const block = range && [...(body?.children ?? [])].find((child) => child.contains(range.startContainer));
    if (!block) bar.remove();
    else if (bar.previousElementSibling !== block) block.after(bar);
  }

  // Tab from selected words goes to the bar first, past the markers and margin notes that follow a passage.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || !bar.isConnected || bar.contains(document.activeElement)) return;
    if (!read()) return;
    event.preventDefault();
    bar.querySelector('button')?.focus();
  });

  for (const kind of ['party', 'date', 'figure'] as const) {
    const control = element('button', { type: 'button' }, kind.charAt(0).toUpperCase() + kind.slice(1));
    control.addEventListener('mousedown', (event) => event.preventDefault());
    control.addEventListener('click', () => {
      // The selection as it stands: keys pressed quickly can reach the button before the last selectionchange.
      read();
      if (selected) void annotate(kind, selected);
    });
    bar.append(control);
  }
  return { bar, onSelection };
}

/**
 * Optional enhancement: pointing at or focusing a passage (or a mention of a party) lights up its margin note,
 * and the other way round. The page works the same without it.
 */
const body = document.querySelector('.note-body');

/**
 * A margin note's id, as src/site/margin-note-id.ts writes it. Written out here, not imported: a module shared with
 * the search page's script would become a file of its own, and the reader page's script could no longer be inlined.
 */
const marginNoteId = (id: string): string => `${id}--note`;

/** The annotation an element belongs to: a passage's id, a mention's target, a note's `data-for`. */
function annotationOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  const element = target.closest('mark.passage, a.mention, .gloss');
  if (!element) return undefined;
  if (element.matches('.gloss')) return (element as HTMLElement).dataset['for'];
  if (element.matches('a.mention')) return element.getAttribute('href')?.slice(1);
  return element.id;
}

function light(id: string | undefined, on: boolean): void {
  if (!id) return;
  document.getElementById(id)?.classList.toggle('is-current', on);
  document.getElementById(marginNoteId(id))?.classList.toggle('is-current', on);
}

/** Marks the note of the linked passage, which CSS alone does for the first 20 notes of a paragraph only. */
function markLinked(): void {
  for (const note of document.querySelectorAll('.gloss.is-linked')) note.classList.remove('is-linked');
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) document.getElementById(marginNoteId(id))?.classList.add('is-linked');
}

if (body) {
  markLinked();
  addEventListener('hashchange', markLinked);
  for (const [enter, leave] of [
    ['pointerover', 'pointerout'],
    ['focusin', 'focusout'],
  ] as const) {
    body.addEventListener(enter, (event) => light(annotationOf(event.target), true));
    body.addEventListener(leave, (event) => light(annotationOf(event.target), false));
  }
}

// A module, so its names stay its own.
export {};

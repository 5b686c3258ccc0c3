/** The id of the margin note of an annotation; annotation ids never contain "--", so these cannot collide. */
export const marginNoteId = (id: string): string => `${id}--note`;

/** The annotation a margin note's id belongs to, or undefined for any other id. */
export function annotationOfMarginNote(elementId: string): string | undefined {
  const suffix = marginNoteId('');
  return elementId.endsWith(suffix) ? elementId.slice(0, -suffix.length) : undefined;
}

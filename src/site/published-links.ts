/**
 * Links that outlive edits: every note page and annotation id once published is recorded, and a set of notes
 * that would drop one of them is refused unless the note says where it went (`formerSlugs`, `formerIds`).
 */

/** What has been published: for each note's slug, every fragment id its page has had. */
export interface LinkLock {
  notes: Record<string, string[]>;
  /**
   * The pages of lists cut into pages (`page/2/`, a year of the timeline), relative to the base path: each is
   * built on, if only to point to the list, once a shorter list no longer needs it.
   */
  pages?: string[];
  /** True once annotations have had pages of their own (`/notes/<slug>/<id>/`), one for each id recorded. */
  sharePages?: boolean;
}

/** A page of a list cut into pages: `…page/<n>/`, or a year of the timeline. */
export const isSplitPage = (path: string): boolean => /(?:^|\/)page\/\d+\/$|^timeline\/-?\d+\/$/.test(path);

/** A note as it stands now, with the old names it answers to. */
export interface PublishedNote {
  file: string;
  slug: string;
  formerSlugs: string[];
  ids: string[];
  formerIds: string[];
}

/** A published link that no note answers to any more: a whole page, or one passage of a page. */
export interface LostLink {
  /** The note the link belongs to now, when there is one. */
  file?: string | undefined;
  slug: string;
  /** The fragment id, when the page still exists but this passage of it is gone. */
  id?: string | undefined;
}

/** Every published link that the notes no longer answer to. */
export function lostLinks(lock: LinkLock, notes: PublishedNote[]): LostLink[] {
  const home = new Map<string, PublishedNote>();
  for (const note of notes) {
    home.set(note.slug, note);
    for (const former of note.formerSlugs) if (!home.has(former)) home.set(former, note);
  }
  const lost: LostLink[] = [];
  for (const [slug, ids] of Object.entries(lock.notes)) {
    const note = home.get(slug);
    if (!note) {
      lost.push({ slug });
      continue;
    }
    for (const id of ids) {
      if (!note.ids.includes(id) && !note.formerIds.includes(id)) lost.push({ file: note.file, slug, id });
    }
  }
  return lost;
}

/** The lock with every current page and id added; nothing is ever taken out. */
export function extendLock(lock: LinkLock, notes: PublishedNote[], pages: string[] = [], sharePages = false): LinkLock {
  return mergeLocks(lock, {
    notes: Object.fromEntries(notes.map((note) => [note.slug, [...note.ids, ...note.formerIds]])),
    pages: pages.filter(isSplitPage),
    sharePages,
  });
}

/** Every link of either record, in a fixed order, so that the same links always give the same file. */
export function mergeLocks(a: LinkLock, b: LinkLock): LinkLock {
  const merged = new Map(Object.entries(a.notes).map(([slug, ids]) => [slug, new Set(ids)]));
  for (const [slug, ids] of Object.entries(b.notes)) {
    const known = merged.get(slug) ?? new Set<string>();
    for (const id of ids) known.add(id);
    merged.set(slug, known);
  }
  const sorted = [...merged].sort(([x], [y]) => x.localeCompare(y));
  const splitPages = [...new Set([...(a.pages ?? []), ...(b.pages ?? [])])].sort();
  return {
    notes: Object.fromEntries(sorted.map(([slug, ids]) => [slug, [...ids].sort()])),
    ...(splitPages.length > 0 ? { pages: splitPages } : {}),
    ...(a.sharePages || b.sharePages ? { sharePages: true } : {}),
  };
}

/** What only the notes together show, in words (part of problem-wording.ts, which re-exports it). */
import type { LostLink } from '../site/published-links.ts';
import type { Wording } from './problem-wording.ts';

export const samePage = (page: string, owner: string): Wording => ({
  path: [],
  message: `this note would have the same page, /notes/${page}/, as ${owner}`,
  fix: 'rename one of the two files',
});

export const formerSlugTaken = (former: string, owner: string): Wording => ({
  path: ['formerSlugs'],
  field: 'formerSlugs',
  message: `former slug "${former}" is the page of ${owner}`,
  fix: 'a page can only be one note: remove it from formerSlugs',
});

export function lostLink(lost: LostLink): Wording {
  if (lost.id === undefined) {
    return {
      path: [],
      message: `the page /notes/${lost.slug}/ was published and no note answers to it any more`,
      fix: `add \`formerSlugs: [${lost.slug}]\` to the note that took its place, or put the note back`,
    };
  }
  return {
    path: [],
    message: `the link /notes/${lost.slug}/#${lost.id} was published and no annotation of this note answers to "${lost.id}" any more`,
    fix: `add \`formerIds: [${lost.id}]\` to the annotation that took its place, or put the annotation back`,
  };
}

export const sharePagesOff = (): Wording => ({
  path: [],
  message:
    'annotations have had pages of their own (/notes/<slug>/<id>/), and ANNOTATION_PAGES=off would take every one of them down',
  fix: 'build without ANNOTATION_PAGES=off; or, to give up those links knowingly, delete `"sharePages": true` from this file',
});

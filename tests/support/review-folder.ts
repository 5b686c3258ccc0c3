/**
 * Review's server side on a folder of its own holding one note, `deal.md` (page `deal`), made anew before each
 * test and removed after it; no notes loader runs, so a save does not wait for one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { reviewService, type ReviewReply } from '../../src/review/review-service.ts';
import { defaultSite } from './default-site.ts';

export const renderer = await createNoteRenderer(defaultSite);

export interface ReviewFolder {
  root: string;
  file: string;
  service: ReturnType<typeof reviewService>;
  /** The digest of the note as the page is shown it. */
  seenOf: () => Promise<string>;
}

export function reviewFolder(note: string): ReviewFolder {
  const folder = {} as ReviewFolder;
  beforeEach(() => {
    folder.root = mkdtempSync(join(tmpdir(), 'gloss-review-'));
    folder.file = join(folder.root, 'deal.md');
    writeFileSync(folder.file, note);
    folder.service = reviewService({
      root: folder.root,
      folder: folder.root,
      renderer,
      lock: join(folder.root, 'links.lock'),
      records: join(folder.root, 'records'),
      renderedWithinMs: 0,
    });
  });
  afterEach(() => rmSync(folder.root, { recursive: true, force: true }));
  folder.seenOf = async () => {
    const opened = await folder.service.handle({ op: 'open', slug: 'deal' });
    if (!opened.ok || opened.op !== 'open') throw new Error(`the note did not open: ${JSON.stringify(opened)}`);
    return opened.seen;
  };
  return folder;
}

/** What a refusal says, in the order it says it. */
export const problemsOf = (reply: ReviewReply): string[] => (reply.ok ? [] : reply.problems.map((p) => p.message));

/** What can be wrong with a note file as a whole, in words (part of problem-wording.ts, which re-exports it). */
import type { Wording } from './problem-wording.ts';

export const noFrontmatter = (): Wording => ({
  path: [],
  message: 'the note has no frontmatter: it must start with a line "---", the YAML, and another "---"',
  fix: 'add the frontmatter, with at least `title:`',
});

export const yamlError = (message: string): Wording => ({
  path: [],
  message: `the frontmatter is not valid YAML: ${message}`,
  fix: 'check the indentation, colons, quotes and brackets on this line',
});

export const yamlAliasBomb = (): Wording => ({
  path: [],
  message: 'the frontmatter\'s aliases (`*name`) expand to more than 100 values, as a "billion laughs" attack does',
  fix: 'write the values out instead of repeating them through anchors (`&name`) and aliases',
});

export const emptyBody = (): Wording => ({
  path: [],
  message: 'the note has no text after its frontmatter',
  fix: 'add the text being annotated after the closing ---',
});

export const drafts = (count: number): Wording => ({
  path: [],
  message: `${count} annotation${count === 1 ? ' is a draft' : 's are drafts'} (suggested, not yet reviewed)`,
  fix: 'review them in `npm run dev`, beside the text, then remove `draft: true`',
});

export const renderFailed = (error: unknown): Wording => ({
  path: [],
  message: `the Markdown could not be rendered: ${error instanceof Error ? error.message.split('\n').at(-1) : String(error)}`,
});

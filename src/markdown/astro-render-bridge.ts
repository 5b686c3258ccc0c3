/**
 * Astro's Markdown renderer takes a frontmatter object in and gives `metadata.frontmatter` back, and nothing else
 * of the file. These two rehype plugins carry the anchoring plugin's input and output across that boundary, so
 * that the plugin itself deals in `file.data` alone and never sees a frontmatter.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { Annotation } from '../schemas/note.ts';
import type { Anchoring } from './rehype-anchor-annotations.ts';

const INPUT = 'glossAnnotations';
const OUTPUT = 'glossAnchoring';

/** What the renderer is handed in place of a frontmatter. */
export const renderInput = (annotations: readonly Annotation[]): Record<string, unknown> => ({ [INPUT]: annotations });

/** The anchoring plugin's output, from what the renderer gave back. */
export const renderOutput = (metadata: { frontmatter?: Record<string, unknown> | undefined }): Anchoring | undefined =>
  metadata.frontmatter?.[OUTPUT] as Anchoring | undefined;

/** Runs first: moves the annotations to `file.data.glossAnnotations`. */
export function rehypeTakeRenderInput() {
  return (_: Root, file: VFile): void => {
    const input = file.data.astro?.frontmatter?.[INPUT] as readonly Annotation[] | undefined;
    file.data.glossAnnotations = input ?? [];
    file.data.astro = { ...file.data.astro, frontmatter: {} };
  };
}

/** Runs after the anchoring plugin: hands `file.data.glossAnchoring` back through the renderer. */
export function rehypeGiveRenderOutput() {
  return (_: Root, file: VFile): void => {
    file.data.astro = { ...file.data.astro, frontmatter: { [OUTPUT]: file.data.glossAnchoring } };
  };
}

/**
 * Astro's Markdown renderer takes a frontmatter object in and gives `metadata.frontmatter` back, and nothing else
 * of the file. These two rehype plugins carry the anchoring plugin's input and output across that boundary, so
 * that the plugin itself deals in `file.data` alone and never sees a frontmatter.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { Annotation } from '../schemas/note.ts';
import type { Anchoring } from './rehype-anchor-annotations.ts';
import type { TextLayout } from '../anchoring/anchored-text.ts';

const INPUT = 'glossAnnotations';
const OUTPUT = 'glossAnchoring';

/** What the renderer is handed in place of a frontmatter. */
export const renderInput = (annotations: readonly Annotation[]): Record<string, unknown> => ({ [INPUT]: annotations });

/** What the plugins handed back: the anchoring and, when every annotation was placed, the text layout. */
interface RenderOutput {
  anchoring?: Anchoring | undefined;
  layout?: TextLayout | undefined;
}

/** The plugins' output, from what the renderer gave back. */
export const renderOutput = (metadata: {
  frontmatter?: Record<string, unknown> | undefined;
}): RenderOutput | undefined => metadata.frontmatter?.[OUTPUT] as RenderOutput | undefined;

/** Runs first: moves the annotations to `file.data.glossAnnotations`. */
export function rehypeTakeRenderInput() {
  return (_: Root, file: VFile): void => {
    const input = file.data.astro?.frontmatter?.[INPUT] as readonly Annotation[] | undefined;
    file.data.glossAnnotations = input ?? [];
    file.data.astro = { ...file.data.astro, frontmatter: {} };
  };
}

/** Runs last: hands `file.data.glossAnchoring` and `file.data.glossTextLayout` back through the renderer. */
export function rehypeGiveRenderOutput() {
  return (_: Root, file: VFile): void => {
    const output: RenderOutput = { anchoring: file.data.glossAnchoring, layout: file.data.glossTextLayout };
    file.data.astro = { ...file.data.astro, frontmatter: { [OUTPUT]: output } };
  };
}

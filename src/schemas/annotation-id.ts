import { z } from 'astro/zod';

/** Lowercase words joined by single hyphens; "--" never occurs, so ids derived with it (`openai--note`) cannot collide. */
const ANNOTATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An annotation's id: the URL fragment of its passage, so it must stay stable and readable. */
export const annotationIdSchema = z
  .string()
  .regex(ANNOTATION_ID, 'use lowercase letters, digits and single hyphens (e.g. "deal-finalized")');

/**
 * The fields of the review form for each kind of annotation, read from the note schema (its JSON Schema, as
 * Zod writes it), so that the form cannot drift from what the check accepts.
 */
import { z } from 'astro/zod';
import { datedEventSchema } from '../schemas/dated-event.ts';
import { figureSchema } from '../schemas/figure.ts';
import { partySchema } from '../schemas/party.ts';
import type { AnnotationKind } from './note-edits.ts';

export interface FormField {
  name: string;
  /** What the form calls it. */
  label: string;
  input: 'text' | 'number' | 'checkbox' | 'list' | 'choice' | 'long-text';
  required: boolean;
  /** The choices of a `choice`. */
  options?: string[] | undefined;
}

const SCHEMAS = { party: partySchema, date: datedEventSchema, figure: figureSchema } as const;

/**
 * Kept by review itself: the id has a field of its own (a new one adds the old to the former ids of a published
 * annotation), and the draft mark, its confidence and evidence go once the author has reviewed it.
 */
const OWN = new Set(['id', 'formerIds', 'draft', 'confidence', 'evidence']);
/** What it says comes first; how sure, then the words it is anchored to, then the comment, as in a written note. */
const LAST = ['approximate', 'basis', 'quote', 'prefix', 'suffix', 'note'];
const LONG = new Set(['note', 'basis', 'role', 'label']);

/** "sameAs" → "Same as", "asOf" → "As of". */
const labelOf = (name: string): string => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

interface JsonProperty {
  type?: string;
  enum?: string[];
}

export function formFields(kind: AnnotationKind): FormField[] {
  const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const rank = (name: string): number => LAST.indexOf(name);
  return Object.entries(schema.properties)
    .filter(([name]) => !OWN.has(name))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, property]) => ({
      name,
      label: labelOf(name),
      input: property.enum
        ? 'choice'
        : property.type === 'number'
          ? 'number'
          : property.type === 'boolean'
            ? 'checkbox'
            : property.type === 'array'
              ? 'list'
              : LONG.has(name)
                ? 'long-text'
                : 'text',
      required: required.has(name),
      ...(property.enum ? { options: property.enum } : {}),
    }));
}

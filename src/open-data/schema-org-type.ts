/** The schema.org type of a party: one vocabulary for a thing across the site, in the page's JSON-LD and the open data. */
import type { Party } from '../schemas/party.ts';

const TYPES: Partial<Record<Party['kind'], string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  product: 'Product',
};

export const schemaTypeOf = (kind: Party['kind']): string => TYPES[kind] ?? 'Thing';

/** The little of citation-js's untyped API that the citations use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'data' | 'bibtex' | 'ris', options?: { format?: 'text' | 'object' }): string;
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

declare module '@citation-js/name' {
  /** A personal name as CSL-JSON gives it: family, given and particles, or one literal name. */
  export function parse(name: string): Record<string, string>;
}

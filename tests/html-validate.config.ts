/** html-validate's recommended rules for the built pages; every rule switched off says why. */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A note's title is the annotated text's own headline, kept whole rather than cut for search engines.
    'long-title': 'off',
  },
};

import { z } from 'astro/zod';

/**
 * A language tag (BCP 47: `fr`, `pt-BR`, `zh-Hant`), checked and written in its canonical form. `fr_FR`, as
 * `og:locale` writes it, is read as `fr-FR`.
 */
export const languageSchema = z
  .string()
  .trim()
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0] ?? tag;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `"${tag}" is not a language tag: write one like "fr", "en-GB" or "pt-BR"`,
      });
      return z.NEVER;
    }
  });

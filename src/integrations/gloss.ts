/**
 * Gloss as one Astro integration, as a site writes it in `astro.config.mjs`: `integrations: [gloss({ ... })]`.
 * It validates its options once (options-schema.ts), hands them to the site's code through
 * `virtual:gloss/options`, and adds the integrations it is made of: the sitemap, the record of published links
 * and the review mode of `npm run dev`. A build's site gets a `_headers` file.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeHeadersFile } from '../hosting/headers-file.ts';
import { lockPathOf } from '../loading/links-lock.ts';
import { glossOptions, type GlossOptions, type GlossUserOptions } from '../options/options-schema.ts';
import { glossOptionsModule } from '../options/options-module.ts';
import { siteOf, type SiteSettings } from '../options/site.ts';
import recordLinks from './record-links.ts';
import reviewInDev from './review-in-dev.ts';

/** The integration, with its options validated: the commands outside Astro read them from it. */
export type GlossIntegration = AstroIntegration & { options: GlossOptions };

/** The options validated, or a refusal of one line a problem, which Astro prints without a stack. */
function validated(options: GlossUserOptions): GlossOptions {
  try {
    return glossOptions(options);
  } catch (error) {
    throw new AstroError(error instanceof Error ? error.message : String(error));
  }
}

export default function gloss(userOptions: GlossUserOptions = {}): GlossIntegration {
  const options = validated(userOptions);
  return {
    name: 'gloss',
    options,
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        // Imported here: the commands that load astro.config.mjs for the options never run this hook.
        const { default: sitemap } = await import('@astrojs/sitemap');
        const settings: SiteSettings = { options, site: config.site ?? '', base: config.base };
        const site = siteOf(settings);
        updateConfig({
          integrations: [recordLinks(options), sitemap(), reviewInDev(site)],
          vite: {
            plugins: [
              glossOptionsModule(settings, {
                cacheFolder: fileURLToPath(config.cacheDir),
                linksLock: lockPathOf(fileURLToPath(config.root), options),
              }),
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => writeHeadersFile(dir),
    },
  };
}

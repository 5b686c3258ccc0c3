/** The site at its default settings (English, every option at its default), for tests of the site's code alone. */
import { defaultSettings, siteOf } from '../../src/options/site.ts';

export const defaultSite = siteOf(defaultSettings());

/**
 * Where the tests find things: the engine (this package), the repository it
 * sits in, the site skeleton `init` writes, and the default site whose build
 * the browser tests read (SITE_DIR points them at another site).
 */
import path from 'node:path';

export const ENGINE = path.resolve(import.meta.dirname, '../..');
export const REPO = path.resolve(ENGINE, '../..');
export const FIXTURES = path.join(ENGINE, 'tests/fixtures');
export const SITE_TEMPLATE = path.join(ENGINE, 'templates/site');
export const DEFAULT_SITE = path.resolve(process.env.SITE_DIR ?? path.join(REPO, 'sites/susono'));
/** The default site's content folder (the texts the browser tests read). */
export const DEFAULT_CONTENT = path.join(DEFAULT_SITE, 'content');
/** The Astro CLI wrapper, run with a site folder as the working directory. */
export const ASTRO = path.join(ENGINE, 'src/cli/astro.mjs');

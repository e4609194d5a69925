/**
 * Where the tests find things: the engine (this package), the repository it
 * sits in, the site skeleton `init` writes, and the site whose build the
 * browser and deploy tests read: the engine's own fixture site
 * (tests/fixtures/site, a frozen copy of the default content), so a site's
 * editors publishing never changes what the engine's tests see. SITE_DIR
 * points the suite at another site on purpose (e.g. a town checking its own).
 */
import path from 'node:path';

export const ENGINE = path.resolve(import.meta.dirname, '../..');
export const REPO = path.resolve(ENGINE, '../..');
export const FIXTURES = path.join(ENGINE, 'tests/fixtures');
export const SITE_TEMPLATE = path.join(ENGINE, 'templates/site');
/** The engine's fixture site: the skeleton init writes, with a frozen copy of the default content. */
export const FIXTURE_SITE = path.join(FIXTURES, 'site');
/** The site the browser and deploy tests read: the fixture site unless SITE_DIR names another. */
export const DEFAULT_SITE = path.resolve(process.env.SITE_DIR || FIXTURE_SITE);
/** That site's content folder (the texts the browser tests read). */
export const DEFAULT_CONTENT = path.join(DEFAULT_SITE, 'content');
/** The Astro CLI wrapper, run with a site folder as the working directory. */
export const ASTRO = path.join(ENGINE, 'src/cli/astro.mjs');

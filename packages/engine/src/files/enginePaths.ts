/**
 * Where the engine's own files are, wherever it is installed (this
 * repository's packages/engine, or a site's node_modules/mission-handbook).
 * The site is always the directory a command runs in (process.cwd()).
 */
import { fileURLToPath } from 'node:url';

/** A file of the engine, from a path relative to its root ('src/cli/astro.mjs'). */
export function engineFile(relative: string): string {
  return fileURLToPath(new URL(relative, new URL('../../', import.meta.url)));
}

/** The Astro CLI wrapper (telemetry off, update check off). */
export const ASTRO_CLI = engineFile('src/cli/astro.mjs');

// Runs the Astro CLI with telemetry off, on any OS: builds happen on isolated
// networks where nothing may call out, so telemetry and `astro dev`'s
// check for a newer version are both off. Usage: node src/cli/astro.mjs build
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const require = createRequire(import.meta.url);
const bin = require.resolve('astro/package.json').replace(/package\.json$/u, 'bin/astro.mjs');
await import(pathToFileURL(bin).href);

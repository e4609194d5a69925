// Runs the Astro CLI with telemetry off, on any OS: builds happen on isolated
// networks where nothing may call out. Usage: node src/cli/astro.mjs build
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const require = createRequire(import.meta.url);
const bin = require.resolve('astro/package.json').replace(/package\.json$/u, 'bin/astro.mjs');
await import(pathToFileURL(bin).href);

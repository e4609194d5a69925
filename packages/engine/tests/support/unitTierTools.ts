/** vitest globalSetup of the unit and build tiers: their programs, checked before any test. */
import { requireTools, TOOLS } from './requiredTools.ts';

export default function setup(): void {
  requireTools('npm run test:unit / test:build', [TOOLS.git, TOOLS.rsync, TOOLS.sha256sum]);
}

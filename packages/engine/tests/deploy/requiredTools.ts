/** vitest globalSetup of the deploy tier: nginx, rsync and Chromium, checked before any test. */
import { chromium } from '@playwright/test';
import { chromiumExecutablePath } from '../../src/cli/chromium.ts';
import { chromiumTool, fileTool, requireTools, TOOLS } from '../support/requiredTools.ts';
import { NGINX } from './support.ts';

export default function setup(): void {
  requireTools('npm run test:deploy', [
    fileTool('nginx', NGINX, 'the built site is served with the repository’s nginx configuration', 'apt-get install nginx, or set NGINX'),
    TOOLS.rsync,
    TOOLS.sha256sum,
    chromiumTool(chromiumExecutablePath() ?? chromium.executablePath()),
  ]);
}

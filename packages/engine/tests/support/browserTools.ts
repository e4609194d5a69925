/**
 * Playwright globalSetup: the programs the browser tests run, checked before
 * any test: Chromium; nginx (the editor's tests serve the build behind the
 * shipped configuration); openssl (the GitLab stand-in's HTTPS certificate).
 */
import { chromium } from '@playwright/test';
import { chromiumExecutablePath } from '../../src/cli/chromium.ts';
import { NGINX } from '../deploy/support.ts';
import { chromiumTool, commandTool, fileTool, requireTools } from './requiredTools.ts';

export default function setup(): void {
  requireTools('npm run test:e2e', [
    chromiumTool(chromiumExecutablePath() ?? chromium.executablePath()),
    fileTool('nginx', NGINX, 'the editor is tested behind the shipped nginx configuration', 'apt-get install nginx, or set NGINX'),
    commandTool('openssl', 'the GitLab stand-in serves HTTPS with a throw-away certificate', 'apt-get install openssl'),
  ]);
}

/** Playwright globalSetup: Chromium, checked before any browser test. */
import { chromium } from '@playwright/test';
import { chromiumExecutablePath } from '../../src/cli/chromium.ts';
import { chromiumTool, requireTools } from './requiredTools.ts';

export default function setup(): void {
  requireTools('npm run test:e2e', [chromiumTool(chromiumExecutablePath() ?? chromium.executablePath())]);
}

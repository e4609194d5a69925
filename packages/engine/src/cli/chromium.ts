/**
 * Which Chromium to drive, shared by the browser tests (playwright.config.ts)
 * and `npm run pdf`: CHROMIUM_PATH, else Debian's package, else Playwright's
 * own download (e.g. on GitHub's runners).
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

export function chromiumExecutablePath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

/** Flags for a quiet, offline run: without them Chromium calls Google's services at start. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Launch options: the executable (if found) and the offline flags. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumExecutablePath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_FLAGS],
  };
}

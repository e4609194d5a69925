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

/**
 * Does this browser draw Japanese? Without a Japanese font Chromium draws
 * every kanji as the same empty box, so 「日」 and 「本」 come out as the same
 * pixels; with one they differ. (Checked in the page, so it holds on any OS.)
 */
export async function drawsJapanese(page: { evaluate<R>(fn: () => R): Promise<R> }): Promise<boolean> {
  return page.evaluate(() => {
    const pixels = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.font = '40px sans-serif';
      context.fillText(text, 4, 40);
      return Array.from(context.getImageData(0, 0, 48, 48).data).join(',');
    };
    return pixels('日') !== pixels('本');
  });
}

/** The refusal when it does not (npm run screens, npm run pdf): pictures or pages of boxes are worse than none. */
export const NO_JAPANESE_FONT =
  '✗ 日本語のフォントが見つかりません。このままでは文字がすべて「□」になるため、作るのをやめました。' +
  'Debian/Ubuntu では sudo apt-get install fonts-noto-cjk で入ります。\n' +
  '  No Japanese font: every character would be drawn as a box, so nothing was written. ' +
  'On Debian/Ubuntu: sudo apt-get install fonts-noto-cjk';


type DrawingBrowser = { newPage(): Promise<{ evaluate<R>(fn: () => R): Promise<R>; close(): Promise<void> }>; close(): Promise<void> };

/**
 * Chromium for the commands that draw pages for people (npm run pdf, npm run
 * screens): when it cannot draw Japanese, stop with NO_JAPANESE_FONT before
 * anything is written or removed.
 */
export async function launchDrawingJapanese<B extends DrawingBrowser>(launcher: { launch(options: ReturnType<typeof chromiumLaunchOptions>): Promise<B> }): Promise<B> {
  const browser = await launcher.launch(chromiumLaunchOptions());
  const probe = await browser.newPage();
  if (!(await drawsJapanese(probe))) {
    console.error(NO_JAPANESE_FONT);
    await browser.close();
    process.exit(1);
  }
  await probe.close();
  return browser;
}

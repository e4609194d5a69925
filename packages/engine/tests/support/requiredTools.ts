/**
 * Programs a test tier runs besides Node (rsync, nginx, Chromium), checked
 * once before the tier starts (vitest globalSetup, Playwright globalSetup),
 * so a machine without one gets one clear message naming the program and how
 * to install it, instead of a test failing later with a misleading error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Tool {
  /** What the message names, e.g. "rsync". */
  name: string;
  /** Why a test needs it, in English (the message's English line). */
  neededBy: string;
  /** How to install it, e.g. "apt-get install rsync". */
  install: string;
  /** true when the tool is present on this machine. */
  present: () => boolean;
}

/** true when `command` is an executable on PATH. */
export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$1" >/dev/null 2>&1`, 'sh', command]).status === 0;
}

export function commandTool(command: string, neededBy: string, install = `apt-get install ${command}`): Tool {
  return { name: command, neededBy, install, present: () => onPath(command) };
}

export function fileTool(name: string, file: string | undefined, neededBy: string, install: string): Tool {
  return { name, neededBy, install, present: () => file !== undefined && existsSync(file) };
}

/** The bilingual message for the missing tools; undefined when none is missing. */
export function missingToolsMessage(tier: string, tools: readonly Tool[]): string | undefined {
  const missing = tools.filter((tool) => !tool.present());
  if (missing.length === 0) return undefined;
  return [
    `${tier}: テストに必要なプログラムが見つかりません。インストールしてから実行してください。`,
    `${tier}: programs these tests need are missing. Install them, then run the tests again.`,
    ...missing.map((tool) => `  - ${tool.name} (${tool.neededBy}): ${tool.install}`),
  ].join('\n');
}

/** Throws (before any test runs) when a tool is missing; no stack trace, only the message. */
export function requireTools(tier: string, tools: readonly Tool[]): void {
  const message = missingToolsMessage(tier, tools);
  if (message === undefined) return;
  const error = new Error(message);
  error.stack = message;
  throw error;
}

/** Each tier's programs, in one place (the vitest configs and playwright.config.ts name the tier). */
export const TOOLS = {
  rsync: commandTool('rsync', 'deploy tests copy releases with the real rsync'),
  sha256sum: commandTool('sha256sum', 'deploy tests verify releases', 'apt-get install coreutils'),
  git: commandTool('git', 'last-updated dates come from git log', 'apt-get install git'),
} as const;

/** Chromium as the browser tests launch it: CHROMIUM_PATH, Debian's package, else Playwright's download. */
export function chromiumTool(executablePath: string | undefined): Tool {
  return fileTool(
    'chromium',
    executablePath,
    'browser tests drive Chromium',
    'apt-get install chromium, or set CHROMIUM_PATH, or npx playwright install chromium',
  );
}

/**
 * checkContent (./contentCheck.ts) within a time and memory bound, for the
 * build's gate and `npm run check:content`: a hostile content file may make
 * the check fail, never run unbounded. The check runs in a worker thread
 * that reports each file as it starts; if one file takes longer than
 * CHECK_SECONDS_PER_FILE, or the check needs more than CHECK_MEMORY_MB, the
 * worker is stopped and that file is refused by name. The limits in the
 * rules (title, body, nesting, aliases, file size) keep every known input far
 * below these bounds; this is the net for the unknown ones.
 */
import { Worker } from 'node:worker_threads';
import { checkBoundIssue } from '../rules/contentLayout.ts';
import type { IsoDate } from '../rules/dates.ts';
import type { ContentCheckResult } from './contentCheck.ts';

const CHECK_SECONDS_PER_FILE = 30;
const CHECK_MEMORY_MB = 2048;
const STARTUP_SECONDS = 300;

interface BoundOptions {
  today?: IsoDate;
  seconds?: number;
  megabytes?: number;
  /** Tests only (see contentCheckWorker.ts). */
  simulateHangOn?: string;
}

export function checkContentBounded(
  contentRoot: string,
  projectRoot: string = process.cwd(),
  { today, seconds = CHECK_SECONDS_PER_FILE, megabytes = CHECK_MEMORY_MB, simulateHangOn }: BoundOptions = {},
): Promise<ContentCheckResult> {
  const worker = new Worker(new URL('./contentCheckWorker.ts', import.meta.url), {
    // The engine installed in a site's node_modules/: Node strips no types
    // there unless the engine's hooks are loaded in the worker too.
    execArgv: ['--disable-warning=ExperimentalWarning', '--import', new URL('../../bin/tsHooks.mjs', import.meta.url).href],
    workerData: { contentRoot, projectRoot, today, simulateHangOn },
    resourceLimits: { maxOldGenerationSizeMb: megabytes },
  });
  return new Promise((resolve, reject) => {
    let current = '(content)';
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (result: ContentCheckResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const arm = (bound = seconds) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ issues: [checkBoundIssue(current, { seconds: bound })], files: 0, warnings: [] }), bound * 1000);
    };
    // Starting the worker (loading the rules) is not any file's time; on a busy machine it can take a while.
    arm(Math.max(seconds, STARTUP_SECONDS));
    worker.on('message', (message: { type: 'file'; file: string } | { type: 'done'; result: ContentCheckResult }) => {
      if (message.type === 'file') {
        current = message.file;
        arm();
      } else finish(message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ issues: [checkBoundIssue(current, { megabytes })], files: 0, warnings: [] });
      else finish(error);
    });
    worker.on('exit', (code) => finish(new Error(`the content check stopped unexpectedly (exit code ${code}) while reading ${current}`)));
  });
}

/**
 * Runs checkContent (./contentCheck.ts) off the main thread for
 * checkContentBounded (./contentCheckBounded.ts), reporting each file as it
 * starts so that a file which never finishes can be named.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './contentCheck.ts';
import type { IsoDate } from '../rules/dates.ts';

interface Data {
  contentRoot: string;
  projectRoot: string;
  today?: IsoDate;
  /** Tests only: loop forever when this file's check starts, as a hostile file could. */
  simulateHangOn?: string;
}

const { contentRoot, projectRoot, today, simulateHangOn } = workerData as Data;
const result = checkContent(contentRoot, projectRoot, today, (file) => {
  parentPort?.postMessage({ type: 'file', file });
  if (simulateHangOn !== undefined && file === simulateHangOn) for (;;);
});
parentPort?.postMessage({ type: 'done', result });

/**
 * 最終更新日 from git history: the date of the last commit that touched each
 * file. One `git log` over the whole content folder per build (not one per
 * page), and no dates at all when git or the history is missing (a tarball
 * build, a shallow CI checkout gives only the last commit's date).
 */
import { execFileSync } from 'node:child_process';
import type { IsoDate } from '../rules/dates.ts';

const DATE_LINE = /^\0(\d{4}-\d{2}-\d{2})$/u;

/**
 * Parse `git log --format=%x00%cs --name-only`: a NUL-marked date line, then
 * the files of that commit. Newest commits come first, so the first date seen
 * for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  let current: IsoDate | undefined;
  for (const line of output.split('\n')) {
    const date = DATE_LINE.exec(line);
    if (date) current = date[1];
    else if (line.trim() !== '' && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}

/** Last-commit date of every file under `paths`, keyed by path relative to `cwd`. */
export function readGitDates(cwd: string, paths: readonly string[]): Map<string, IsoDate> {
  try {
    const output = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--relative', '--', ...paths], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

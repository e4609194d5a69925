/**
 * 最終更新日 from git history: the date of the last commit that touched each
 * file. One `git log` over the whole content folder per build (not one per
 * page), and no dates at all when git or the history is missing (a tarball
 * build, a shallow CI checkout gives only the last commit's date).
 */
import { execFileSync } from 'node:child_process';
import { todayIn, type IsoDate } from '../rules/dates.ts';

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

/** One commit that touched a file: its id and its commit day. */
export interface FileChange {
  commit: string;
  date: IsoDate;
}

const COMMIT_LINE = /^\0([0-9a-f]{7,64}) (\d+)$/u;

/**
 * Parse `git log --format=%x00%H %ct --name-only`: every commit of every
 * file, newest first (what the updates page and the changes feed list).
 * The day is the commit's instant in the site's time zone, not the
 * committer's: a commit at 00:30 in Japan from a machine set to UTC is
 * still that Japanese day.
 */
export function parseGitChanges(output: string, timeZone: string): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  let current: FileChange | undefined;
  for (const line of output.split('\n')) {
    const commit = COMMIT_LINE.exec(line);
    if (commit) current = { commit: commit[1]!, date: todayIn(timeZone, new Date(Number(commit[2]) * 1000)) };
    else if (line.trim() !== '' && current) {
      const list = changes.get(line) ?? [];
      list.push(current);
      changes.set(line, list);
    }
  }
  return changes;
}

/** Every commit that changed each file under `paths` (relative to `cwd`), newest first; empty without git. */
export function readGitChanges(cwd: string, paths: readonly string[], timeZone: string): Map<string, FileChange[]> {
  try {
    const output = execFileSync('git', ['log', '--format=%x00%H %ct', '--name-only', '--relative', '--no-renames', '--', ...paths], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseGitChanges(output, timeZone);
  } catch {
    return new Map();
  }
}

/** A file's text as of a commit (`git show <commit>:<file>`), undefined when it did not exist there. */
export function readFileAtCommit(cwd: string, commit: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${commit}:./${file}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * 最終更新日 from git history: the date of the last commit that touched each
 * file. One `git log` over the whole content folder per build (not one per
 * page), and no dates at all when git or the history is missing (a tarball
 * build, a shallow CI checkout gives only the last commit's date).
 */
import { execFileSync } from 'node:child_process';
import type { IsoDate } from '../rules/dates.ts';

const DATE_LINE = /^\0(\d{4}-\d{2}-\d{2})$/u;
/** A `--name-status` line: status letter (and similarity score), then one or two paths. */
const STATUS_LINE = /^([ACDMRTUX])(\d*)\t([^\t]+)(?:\t([^\t]+))?$/u;

/**
 * Parse `git log --format=%x00%cs --name-status -M`: a NUL-marked date line,
 * then the files of that commit with their status. Newest commits come first,
 * so the first date seen for a file is its last change. A file moved without
 * a change (R100) keeps the date of its last real change under its old name:
 * reorganising folders is not an update a reader should see.
 */
export function parseGitLog(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  /** Older name → the name the file has now. */
  const renamed = new Map<string, string>();
  const current = (file: string) => renamed.get(file) ?? file;
  let date: IsoDate | undefined;
  for (const line of output.split('\n')) {
    const dateLine = DATE_LINE.exec(line);
    if (dateLine) {
      date = dateLine[1];
      continue;
    }
    const entry = STATUS_LINE.exec(line);
    if (!entry || !date) continue;
    const [, status, score, first, second] = entry as unknown as [string, string, string, string, string | undefined];
    if (status === 'D') continue;
    if ((status === 'R' || status === 'C') && second !== undefined) {
      const now = current(second);
      if (status === 'R') renamed.set(first, now);
      if (score !== '100' && !dates.has(now)) dates.set(now, date);
      continue;
    }
    const now = current(first);
    if (!dates.has(now)) dates.set(now, date);
  }
  return dates;
}

/**
 * Last-change date of every file under `paths` (relative to `cwd`), keyed by
 * path relative to `cwd`. The whole repository's history is read, so that a
 * folder moved into `cwd` keeps its files' dates.
 */
export function readGitDates(cwd: string, paths: readonly string[]): Map<string, IsoDate> {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    // Where cwd is inside the repository, e.g. "sites/town/" (empty at its top).
    const prefix = git(['rev-parse', '--show-prefix']).trim();
    const top = git(['rev-parse', '--show-toplevel']).trim();
    const all = parseGitLog(git(['-C', top, 'log', '--format=%x00%cs', '--name-status', '-M', '--no-color']));
    const wanted = paths.map((folder) => (folder === '.' ? prefix : `${prefix}${folder.replace(/\/?$/u, '/')}`));
    const dates = new Map<string, IsoDate>();
    for (const [file, date] of all) {
      if (wanted.some((folder) => file.startsWith(folder))) dates.set(file.slice(prefix.length), date);
    }
    return dates;
  } catch {
    return new Map();
  }
}

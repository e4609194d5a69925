/**
 * The content's history from git: 最終更新日 of each file and every change
 * of it (the updates page and the changes feed). One `git log` over the whole
 * repository per build (not one per page), and nothing at all when git or the
 * history is missing (a tarball build; a shallow CI checkout gives only the
 * last commit). A file moved without a change keeps its history under its
 * new name: reorganising folders (the default content moved into
 * sites/<name>/) is not an update a reader should see.
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { todayIn, type IsoDate } from '../rules/dates.ts';

/** One commit that changed a file: its id, its day in the site's time zone, and the file's path then (from the repository's top). */
export interface FileChange {
  commit: string;
  date: IsoDate;
  path: string;
}

const COMMIT_LINE = /^\0([0-9a-f]{7,64}) (\d+)$/u;
/** A `--name-status` line: status letter (and similarity score), then one or two paths. */
const STATUS_LINE = /^([ACDMRTUX])(\d*)\t([^\t]+)(?:\t([^\t]+))?$/u;

/**
 * Parse `git log --format=%x00%H %ct --name-status -M`, newest commit first:
 * every change of every file, keyed by the file's newest name. The day is
 * the commit's instant in the site's time zone, not the committer's: a
 * commit at 00:30 in Japan from a machine set to UTC is still that Japanese
 * day. A pure move (R100) is not a change; an edited move is.
 */
export function parseGitHistory(output: string, timeZone: string): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  /** Older name → the name the file has now. */
  const renamed = new Map<string, string>();
  const current = (file: string) => renamed.get(file) ?? file;
  const add = (file: string, change: FileChange) => changes.set(file, [...(changes.get(file) ?? []), change]);
  let commit: { commit: string; date: IsoDate } | undefined;
  for (const line of output.split('\n')) {
    const commitLine = COMMIT_LINE.exec(line);
    if (commitLine) {
      commit = { commit: commitLine[1]!, date: todayIn(timeZone, new Date(Number(commitLine[2]) * 1000)) };
      continue;
    }
    const entry = STATUS_LINE.exec(line);
    if (!entry || !commit) continue;
    const [, status, score, first, second] = entry as unknown as [string, string, string, string, string | undefined];
    if (status === 'D') continue;
    if ((status === 'R' || status === 'C') && second !== undefined) {
      const now = current(second);
      if (status === 'R') renamed.set(first, now);
      if (score !== '100') add(now, { ...commit, path: second });
      continue;
    }
    add(current(first), { ...commit, path: first });
  }
  return changes;
}

/**
 * Every change of each file under `paths` (relative to `cwd`), newest first,
 * keyed by path relative to `cwd`. The whole repository's history is read,
 * so that a folder moved into `cwd` keeps its files' history.
 */
export function readGitChanges(cwd: string, paths: readonly string[], timeZone: string): Map<string, FileChange[]> {
  try {
    const { prefix, all } = repositoryHistory(cwd, timeZone);
    const wanted = paths.map((folder) => (folder === '.' ? prefix : `${prefix}${folder.replace(/\/?$/u, '/')}`));
    const changes = new Map<string, FileChange[]>();
    for (const [file, list] of all) {
      if (wanted.some((folder) => file.startsWith(folder))) changes.set(file.slice(prefix.length), list);
    }
    return changes;
  } catch {
    return new Map();
  }
}

/** `git log` of the whole repository: every commit's id and time, and each file it changed (renames found). */
const LOG_ARGS = ['log', '--format=%x00%H %ct', '--name-status', '-M', '--no-color'];
const execFileAsync = promisify(execFile);

/**
 * A path such as 「posts/令和7年度 上半期/a.mdx」 printed as it is, not as
 * "posts/\344\273\244…" in quotes, which would match no content file.
 */
const PATHS_AS_WRITTEN = ['-c', 'core.quotePath=false'];

/** How the history is read, in the background (prefetchGitHistory) or when asked (git): as text, a whole repository's log fitting. */
const GIT_TEXT = { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 } as const;

/** Where a folder is in its repository, and the repository's top: two lines (see location). */
const LOCATE_ARGS = ['rev-parse', '--show-prefix', '--show-toplevel'];

/**
 * `git rev-parse --show-prefix --show-toplevel`: the folder inside the
 * repository, e.g. "sites/town/" (an empty line at its top), then the top.
 * Lines may end in CRLF (Git for Windows).
 */
export function location(output: string): { prefix: string; top: string } {
  const [prefix = '', top = ''] = output.split(/\r?\n/u);
  return { prefix, top };
}

/** The repository seen from a folder: where the folder is in it (e.g. "sites/town/", empty at its top) and its `git log`. */
interface RawHistory {
  prefix: string;
  log: string;
}

/**
 * The history a build will read, asked of git by the integration while Astro
 * starts (prefetchGitHistory). On globalThis, not in this module: the pages
 * read it through a second copy of this module that Vite loads. `raw` stays
 * undefined until git answers, and is null when git could not (no git, no
 * repository).
 */
const PREFETCHED = Symbol.for('mission-handbook.gitHistory');
const shared = globalThis as { [PREFETCHED]?: { cwd: string; raw?: RawHistory | null } };

/**
 * For the integration's astro:config:setup: forget an earlier build's history
 * and, for a build, start reading this one in the background. Git then runs
 * while Astro loads, and is started from a small process: started later from
 * the build's (about 1 GB), each git process costs ~30 ms more, and the pages
 * waited for it (~0.2 s at 1,000 posts).
 */
export function prefetchGitHistory({ start, cwd = process.cwd() }: { start: boolean; cwd?: string }): void {
  delete shared[PREFETCHED];
  if (!start) return;
  const prefetch: { cwd: string; raw?: RawHistory | null } = { cwd: path.resolve(cwd) };
  shared[PREFETCHED] = prefetch;
  const run = async (args: string[]) => (await execFileAsync('git', [...PATHS_AS_WRITTEN, ...args], { cwd, ...GIT_TEXT })).stdout;
  run(LOCATE_ARGS)
    .then(async (located) => {
      const { prefix, top } = location(located);
      prefetch.raw = { prefix, log: await run(['-C', top, ...LOG_ARGS]) };
    })
    .catch(() => {
      prefetch.raw = null;
    });
}

/** The prefetched history of `cwd` if git has answered; otherwise asked now. Throws where there is no git or no repository. */
function rawHistory(cwd: string): RawHistory {
  const prefetched = shared[PREFETCHED];
  if (prefetched?.cwd === path.resolve(cwd) && prefetched.raw !== undefined) {
    if (prefetched.raw === null) throw new Error('no git history');
    return prefetched.raw;
  }
  const { prefix, top } = location(git(cwd, LOCATE_ARGS));
  return { prefix, log: git(cwd, ['-C', top, ...LOG_ARGS]) };
}

/**
 * The whole repository's history as seen from `cwd`, read once per process:
 * the build asks for it twice (最終更新日 and 更新情報), and a build is one
 * moment of the repository. Throws where there is no git or no repository.
 */
const histories = new Map<string, { prefix: string; all: Map<string, FileChange[]> }>();
function repositoryHistory(cwd: string, timeZone: string): { prefix: string; all: Map<string, FileChange[]> } {
  const key = `${path.resolve(cwd)}\0${timeZone}`;
  const known = histories.get(key);
  if (known) return known;
  const { prefix, log } = rawHistory(cwd);
  const history = { prefix, all: parseGitHistory(log, timeZone) };
  histories.set(key, history);
  return history;
}

/** git's output as text (paths as written, see PATHS_AS_WRITTEN). */
function git(cwd: string, args: string[]): string {
  return execFileSync('git', [...PATHS_AS_WRITTEN, ...args], { cwd, ...GIT_TEXT, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Day of the last change of every file under `paths` (relative to `cwd`), keyed by path relative to `cwd`. */
export function readGitDates(cwd: string, paths: readonly string[], timeZone: string): Map<string, IsoDate> {
  return new Map([...readGitChanges(cwd, paths, timeZone)].flatMap(([file, list]) => (list[0] ? [[file, list[0].date] as const] : [])));
}

/**
 * Files' texts as of changes (each `<commit>:<its path then>`), in the order
 * asked, undefined where one cannot be read (a shallow clone). One
 * `git cat-file --batch` for all of them, not one `git show` each.
 */
export function readFilesAtCommits(cwd: string, changes: ReadonlyArray<Pick<FileChange, 'commit' | 'path'>>): Array<string | undefined> {
  if (changes.length === 0) return [];
  let output: Buffer;
  try {
    output = execFileSync('git', ['cat-file', '--batch'], {
      cwd,
      input: changes.map((change) => `${change.commit}:${change.path}\n`).join(''),
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: GIT_TEXT.maxBuffer,
    });
  } catch {
    return changes.map(() => undefined);
  }
  // Each answer is "<id> blob <bytes>\n<content>\n", or "<request> missing\n".
  let at = 0;
  return changes.map(() => {
    const lineEnd = output.indexOf(0x0a, at);
    if (lineEnd < 0) return undefined;
    const header = /^[0-9a-f]+ (\w+) (\d+)$/u.exec(output.toString('utf8', at, lineEnd));
    at = lineEnd + 1;
    if (!header) return undefined;
    const size = Number(header[2]);
    const content = output.toString('utf8', at, at + size);
    at += size + 1;
    return header[1] === 'blob' ? content : undefined;
  });
}

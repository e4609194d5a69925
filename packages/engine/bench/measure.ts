/**
 * Runs one command under GNU time and returns wall time, CPU time and peak
 * memory. CPU time is reported beside wall time because the benchmark machine
 * is shared: wall time swings with other load, CPU seconds much less.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  /** Largest resident set of any process in the command's tree, MiB. */
  peakRssMiB: number;
  exitCode: number;
  log: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * `--drop-caches`: before each measured build, write dirty pages out and drop
 * the kernel's page cache (Linux, root). Measured on a 2-core VM: after a few
 * builds in a row the same build's system time grew from ~3.5 s to 5-9 s
 * (user time stayed within ±0.5 s), so CPU figures depended on what ran
 * before; with the cache dropped each time, system time stayed at 3.2-4.4 s.
 */
export function dropCaches(): void {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch (error) {
    throw new Error(
      `--drop-caches: ページキャッシュを捨てられません（Linux の root で実行してください） / cannot drop the page cache (run as root on Linux): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; dropCaches?: boolean }): Promise<Measurement> {
  if (!existsSync(GNU_TIME)) throw new Error('bench needs GNU time: apt-get install time');
  if (options.dropCaches) dropCaches();
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-v', command, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallSeconds = (performance.now() - started) / 1000;
  const number = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(log)?.[1] ?? 'NaN');
  return {
    wallSeconds,
    cpuSeconds: number('User time \\(seconds\\)') + number('System time \\(seconds\\)'),
    peakRssMiB: number('Maximum resident set size \\(kbytes\\)') / 1024,
    exitCode,
    log,
  };
}

export interface OutputStats {
  bytes: number;
  files: number;
  pages: number;
  /** Bytes under pagefind/ (the search index and its UI). */
  searchIndexBytes: number;
}

export async function outputStats(dir: string): Promise<OutputStats> {
  const stats: OutputStats = { bytes: 0, files: 0, pages: 0, searchIndexBytes: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    stats.bytes += size;
    stats.files += 1;
    if (entry.name.endsWith('.html')) stats.pages += 1;
    if (path.relative(dir, file).split(path.sep)[0] === 'pagefind') stats.searchIndexBytes += size;
  }
  return stats;
}

/**
 * Routes an Astro build rendered and reused, from its log. Astro writes each
 * route as `├─ path` and then, on the same line, `(+12ms)` when it rendered it
 * or `(restored)` / `(cached)` when the incremental build cache let it skip.
 * A warning printed while a page renders (the editor's notice on /admin/) can
 * land between the two halves, so the halves are counted apart: every route
 * is one `├─ `, every reused one a `(restored)` or `(cached)`, and the rest
 * were rendered.
 */
export function renderedFromLog(log: string): { routes: number; rendered: number; reused: number } {
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  const routes = (plain.match(/\u251c\u2500 \S/gu) ?? []).length;
  const reused = (plain.match(/\((?:restored|cached)\)/gu) ?? []).length;
  return { routes, rendered: routes - reused, reused };
}

/**
 * Seconds Pagefind took inside an Astro build, read from the build log, when
 * the site runs Pagefind as an integration. Accepts the integration's own
 * line ("[pagefind] … in 12.3s") or Pagefind's ("Finished in 12.345 seconds").
 */
export function pagefindSecondsFromLog(log: string): number | undefined {
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  const integration = /\[pagefind\][^\n]*?([\d.]+)\s*(ms|s)\b/u.exec(plain);
  if (integration) return Number(integration[1]) / (integration[2] === 'ms' ? 1000 : 1);
  const cli = /Finished in ([\d.]+) seconds/u.exec(plain);
  return cli ? Number(cli[1]) : undefined;
}

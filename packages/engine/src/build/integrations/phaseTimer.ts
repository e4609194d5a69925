/**
 * Where a build spends its CPU, for `npm run bench` (per-phase shares).
 * Does nothing unless BENCH_PHASES names a JSON file to write.
 *
 * Listed first in astro.config.mjs, it wraps every later integration's
 * astro:build:done hook, so the after-build steps are timed one by one
 * without marks between them in the config. Marks (CPU of this process incl.
 * its threads, plus reaped child processes such as Pagefind's binary, from
 * /proc/self/stat on Linux):
 *   config:done   → build:start      content sync (and Vite's dependency scan)
 *   build:start   → bundle           bundling (Vite's last writeBundle)
 *   bundle        → build:generated  rendering the pages
 *   done:start    → done:end         after-build steps; `start:<name>`/`end:<name>`
 *                                    around each integration's step, and the
 *                                    aliases bench/report.ts reads (pagefind:start…).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

interface Mark {
  name: string;
  wallMs: number;
  cpuMs: number;
}

const marks: Mark[] = [];
const TICKS_PER_SECOND = 100;

/** Aliases for the steps the bench report names (integration name → mark after it). */
const AFTER: Record<string, string> = {
  '@astrojs/sitemap': 'sitemap:end',
  'site:pagefind': 'pagefind:end',
  'external-resource-check': 'resources:end',
  'output-check': 'resources:end',
  precompress: 'precompress:end',
};
const BEFORE: Record<string, string> = { 'site:pagefind': 'pagefind:start' };

/** CPU of reaped children (cutime + cstime), ms; 0 where /proc is missing. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) sit at 13 and 14.
    return ((Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return 0;
  }
}

/** Live child processes of this process (all threads), by pid, from /proc; empty where /proc is missing. */
export function childPids(): Set<string> {
  try {
    return new Set(
      readdirSync('/proc/self/task').flatMap((task) =>
        readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean),
      ),
    );
  } catch {
    return new Set();
  }
}

/**
 * A child started by a step (Pagefind's binary) is only counted once it has
 * been reaped, which Node does on a later turn of the event loop: wait (up to
 * 2 s) until no child started since `before` is left. Children that were
 * already alive (esbuild's service, which lives as long as the build) are not
 * waited for: waiting for them added 2 s of wall time to every step.
 */
export async function settleChildren(before: ReadonlySet<string>): Promise<void> {
  const started = () => [...childPids()].some((pid) => !before.has(pid));
  for (let tries = 0; tries < 40 && started(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
}

function mark(name: string): void {
  const usage = process.cpuUsage();
  marks.push({ name, wallMs: performance.now(), cpuMs: (usage.user + usage.system) / 1000 + childrenCpuMs() });
}

type DoneHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

function timed(name: string, hook: DoneHook, last: boolean): DoneHook {
  return async (options) => {
    if (BEFORE[name]) mark(BEFORE[name]);
    mark(`start:${name}`);
    const alive = childPids();
    await hook(options);
    await settleChildren(alive);
    mark(`end:${name}`);
    if (AFTER[name]) mark(AFTER[name]);
    if (last) {
      mark('done:end');
      writeFileSync(process.env.BENCH_PHASES!, `${JSON.stringify(marks, null, 2)}\n`);
    }
  };
}

export function phaseTimer(): AstroIntegration {
  const self: AstroIntegration = {
    name: 'bench-phase-timer',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!process.env.BENCH_PHASES) return;
        mark('config:setup');
        // Each environment (client, prerender) marks when it is written; the last one ends bundling.
        updateConfig({ vite: { plugins: [{ name: 'bench-phase-bundle', writeBundle: () => mark('bundle') }] } });
        const steps = config.integrations.filter((integration) => integration.name !== self.name && integration.hooks['astro:build:done']);
        steps.forEach((integration, index) => {
          integration.hooks['astro:build:done'] = timed(integration.name, integration.hooks['astro:build:done']!, index === steps.length - 1);
        });
      },
      'astro:config:done': () => {
        if (process.env.BENCH_PHASES) mark('config:done');
      },
      'astro:build:start': () => {
        if (process.env.BENCH_PHASES) mark('build:start');
      },
      'astro:build:generated': () => {
        if (process.env.BENCH_PHASES) mark('build:generated');
      },
      'astro:build:done': () => {
        if (process.env.BENCH_PHASES) mark('done:start');
      },
    },
  };
  return self;
}

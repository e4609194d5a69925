/**
 * Where a build spends its CPU, for `npm run bench` (per-phase shares).
 * Does nothing unless BENCH_PHASES names a JSON file to write.
 *
 * Marks (CPU of this process incl. its threads, plus reaped child processes
 * such as Pagefind's binary, from /proc/self/stat on Linux):
 *   config:done   → build:start      content sync (and Vite's dependency scan)
 *   build:start   → bundle           bundling (Vite's last writeBundle)
 *   bundle        → build:generated  rendering the pages
 *   build:done marks placed around the pagefind integration in astro.config.mjs
 *   separate Pagefind from the other after-build steps.
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

/** Live child processes of this process (all threads), from /proc. */
function childCount(): number {
  try {
    return readdirSync('/proc/self/task')
      .map((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim())
      .filter(Boolean).length;
  } catch {
    return 0;
  }
}

/**
 * Pagefind's binary is only counted once it has been reaped, which Node does
 * on a later turn of the event loop: wait (up to 2 s) until no child is left.
 */
async function settleChildren(): Promise<void> {
  for (let tries = 0; tries < 40 && childCount() > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
}

function mark(name: string): void {
  if (!process.env.BENCH_PHASES) return;
  const usage = process.cpuUsage();
  marks.push({ name, wallMs: performance.now(), cpuMs: (usage.user + usage.system) / 1000 + childrenCpuMs() });
}

/** The first timer: build phases up to the first astro:build:done hook. */
export function phaseTimer(): AstroIntegration {
  return {
    name: 'bench-phase-timer',
    hooks: {
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:config:setup': ({ updateConfig }) => {
        if (!process.env.BENCH_PHASES) return;
        // Each environment (client, prerender) marks when it is written; the last one ends bundling.
        updateConfig({ vite: { plugins: [{ name: 'bench-phase-bundle', writeBundle: () => mark('bundle') }] } });
      },
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => mark('done:start'),
    },
  };
}

/** A mark between astro:build:done hooks; `last` writes the file. */
export function phaseMark(name: string, last = false): AstroIntegration {
  return {
    name: `bench-phase-${name}`,
    hooks: {
      'astro:build:done': async () => {
        if (process.env.BENCH_PHASES) await settleChildren();
        mark(name);
        const file = process.env.BENCH_PHASES;
        if (last && file) writeFileSync(file, `${JSON.stringify(marks, null, 2)}\n`);
      },
    },
  };
}

/**
 * The benchmark, one command: `npm run bench` (options: --sizes 100,1000
 * --seed 1 --port 4340 --runs 3 --skip-peers --skip-browser --merge
 * --drop-caches).
 *
 * For each N it generates N posts, then builds this site, the bare Astro +
 * MDX + Pagefind floor and Starlight on them, measuring wall time, CPU time,
 * peak memory, output size and page count; for the site also a rebuild after
 * changing one post (Astro's content cache and incremental build cache) and,
 * once, page weight and Pagefind query time in Chromium. Every build runs
 * --runs times (default 3) and the report gives medians. The site's builds
 * also record per-phase CPU (src/build/integrations/phaseTimer.ts).
 * Results: bench/out/results.json and .md.
 *
 * Pagefind: if the site's build already wrote pagefind/ (search integration),
 * its time is read from the build log and is part of the build; otherwise the
 * Pagefind CLI runs after the build and is timed on its own.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePosts, listPostFiles } from './generatePosts.ts';
import { measure, outputStats, pagefindSecondsFromLog, renderedFromLog, type Measurement, type OutputStats } from './measure.ts';
import { launch, pageWeight, searchTiming, serve, type PageWeight, type SearchTiming } from './pageWeight.ts';
import { firstPostPath, preparePeer, type PeerName } from './peers.ts';
import { median, medianBuild, phaseShares, renderMarkdown, type BenchResults, type BuildResult, type PhaseShares, type SizeResult } from './report.ts';

/** The engine package (bench/ and its peers live here). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository: its node_modules hold the installed dependencies (npm workspaces). */
const modulesRoot = path.resolve(repoRoot, '../..');
/** The site the engine is measured as: its fixture site (tests/fixtures/site), with the generated posts as CONTENT_DIR. */
const siteRoot = path.join(repoRoot, 'tests', 'fixtures', 'site');
const workDir = path.join(repoRoot, 'bench', '.work');
const outDir = path.join(repoRoot, 'bench', 'out');
const node = process.execPath;
const astroCli = (root: string) => {
  const own = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return existsSync(own) ? own : path.join(modulesRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
};
const pagefindCli = path.join(modulesRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const sizes = (option('sizes') ?? '100,1000,5000,10000').split(',').map(Number);
const seed = Number(option('seed') ?? '1');
const port = Number(option('port') ?? '4340');
const runs = Math.max(1, Number(option('runs') ?? '3'));
const skipPeers = process.argv.includes('--skip-peers');
const skipBrowser = process.argv.includes('--skip-browser');
/** Keep other sizes already in results.json (to add 10,000 in a later run). */
const merge = process.argv.includes('--merge');
/** Drop the kernel's page cache before each measured build (Linux, root; see dropCaches in measure.ts). */
const dropCaches = process.argv.includes('--drop-caches');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

function fail(what: string, run: Measurement): never {
  console.error(run.log.slice(-4000));
  throw new Error(`${what} failed (exit ${run.exitCode})`);
}

/** Per-phase CPU of the build just run, when it wrote BENCH_PHASES. */
async function readPhases(file: string): Promise<PhaseShares | undefined> {
  if (!existsSync(file)) return undefined;
  const shares = phaseShares(JSON.parse(await readFile(file, 'utf8')) as Parameters<typeof phaseShares>[0]);
  await rm(file, { force: true });
  return shares;
}

async function buildWithPagefind(label: string, cwd: string, out: string, extraEnv: NodeJS.ProcessEnv, pagefindInBuild: boolean): Promise<BuildResult> {
  await rm(out, { recursive: true, force: true });
  console.log(`  ${label}: astro build…`);
  const phasesFile = path.join(workDir, `phases-${label}.json`);
  const build = await measure(node, [astroCli(cwd), 'build', '--force', '--outDir', out], { cwd, env: { ...env, ...extraEnv, BENCH_PHASES: phasesFile }, dropCaches });
  if (build.exitCode !== 0) fail(`${label} build`, build);
  const integrated = existsSync(path.join(out, 'pagefind'));
  let pagefind: Measurement | undefined;
  if (!integrated && !pagefindInBuild) {
    console.log(`  ${label}: pagefind…`);
    pagefind = await measure(node, [pagefindCli, '--site', out], { cwd });
    if (pagefind.exitCode !== 0) fail(`${label} pagefind`, pagefind);
  }
  const stats: OutputStats = await outputStats(out);
  const pagefindSeconds = pagefind?.wallSeconds ?? pagefindSecondsFromLog(build.log);
  const result: BuildResult = {
    buildWallSeconds: build.wallSeconds,
    buildCpuSeconds: build.cpuSeconds,
    pagefindWallSeconds: pagefindSeconds,
    pagefindInBuild: pagefind === undefined,
    totalWallSeconds: build.wallSeconds + (pagefind?.wallSeconds ?? 0),
    totalCpuSeconds: build.cpuSeconds + (pagefind?.cpuSeconds ?? 0),
    peakRssMiB: Math.max(build.peakRssMiB, pagefind?.peakRssMiB ?? 0),
    ...stats,
    phases: await readPhases(phasesFile),
  };
  console.log(`  ${label}: ${result.totalWallSeconds.toFixed(1)} s wall, ${result.totalCpuSeconds.toFixed(1)} s CPU, ${result.peakRssMiB.toFixed(0)} MiB, ${result.pages} pages`);
  return result;
}

/** Rebuild after editing one post, keeping Astro's content cache (no --force). */
async function incremental(contentDir: string, out: string, cacheDir: string): Promise<NonNullable<SizeResult['incremental']>> {
  const [file] = (await listPostFiles(contentDir)).sort();
  if (!file) throw new Error('no post to change');
  await appendFile(file, '\n\n追記: ベンチマークのために一文を加えました。\n');
  console.log('  site: rebuild after changing one post…');
  const phasesFile = path.join(workDir, 'phases-rebuild.json');
  const run = await measure(node, [astroCli(siteRoot), 'build', '--outDir', out], {
    cwd: siteRoot,
    env: { ...env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, BENCH_PHASES: phasesFile },
    dropCaches,
  });
  if (run.exitCode !== 0) fail('incremental build', run);
  const { rendered, reused } = renderedFromLog(run.log);
  console.log(`  site: incremental ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${rendered} rendered, ${reused} reused`);
  return { wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, rendered, reused, phases: await readPhases(phasesFile) };
}

async function browserFigures(outputs: Array<{ name: string; out: string; postsUnder: string }>, searchOut: string | undefined) {
  const weights: Record<string, PageWeight> = {};
  let search: SearchTiming | undefined;
  const browser = await launch();
  try {
    for (const [offset, { name, out, postsUnder }] of outputs.entries()) {
      const server = await serve(out, port + offset);
      try {
        const urlPath = await firstPostPath(out, postsUnder);
        if (urlPath) weights[name] = await pageWeight(browser, `http://127.0.0.1:${port + offset}`, urlPath);
      } finally {
        server.close();
      }
    }
    if (searchOut) {
      const server = await serve(searchOut, port + 9);
      try {
        search = await searchTiming(browser, `http://127.0.0.1:${port + 9}`, '/', ['窓口', '予算']);
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { weights, search };
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), node: process.version },
    seed,
    sizes: [],
  };
  const resultsFile = path.join(outDir, 'results.json');
  if (merge && existsSync(resultsFile)) {
    const earlier = JSON.parse(await readFile(resultsFile, 'utf8')) as BenchResults;
    results.sizes = earlier.sizes.filter((size) => !sizes.includes(size.posts));
    results.pageWeight = earlier.pageWeight;
    results.search = earlier.search;
  }
  const lastOutputs = new Map<string, string>();
  for (const count of sizes) {
    console.log(`N = ${count}`);
    const contentDir = path.join(workDir, `c${count}`);
    await generatePosts({ count, outDir: contentDir, seed });
    const size: SizeResult = { posts: count, builds: {}, loadAverageBefore: os.loadavg()[0] ?? 0 };

    const siteOut = path.join(workDir, `out-site-${count}`);
    // The site's own Astro cache (content store + incremental build cache), apart from the repo's.
    const siteCache = path.join(workDir, `cache-site-${count}`);
    results.sizes.push(size);
    results.sizes.sort((a, b) => a.posts - b.posts);
    // Saved after every build so a run cut short still leaves its figures.
    const save = () => writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    const all: Record<'site' | 'bare' | 'starlight', BuildResult[]> = { site: [], bare: [], starlight: [] };
    const rebuilds: Array<NonNullable<SizeResult['incremental']>> = [];
    const projects = [];
    if (!skipPeers) for (const peer of ['bare', 'starlight'] as PeerName[]) projects.push(await preparePeer(peer, { repoRoot, modulesRoot, workDir, contentDir }));
    // Interleaved (site, rebuild, bare, starlight, site, …) so load from other work on the machine hits all alike.
    for (let round = 1; round <= runs; round++) {
      console.log(` run ${round}/${runs}`);
      // A clean build starts with no cache at all: --force drops Astro's own caches, not the
      // output check's or gzip's (src/build/outputScanCache.ts, precompress.ts).
      await rm(siteCache, { recursive: true, force: true });
      all.site.push(await buildWithPagefind('site', siteRoot, siteOut, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: siteCache }, false));
      rebuilds.push(await incremental(contentDir, `${siteOut}-rebuild`, siteCache));
      for (const project of projects) {
        const out = path.join(workDir, `out-${project.name}-${count}`);
        all[project.name].push(await buildWithPagefind(project.name, project.dir, out, {}, project.name === 'starlight'));
        lastOutputs.set(project.name, out);
      }
      for (const name of ['site', 'bare', 'starlight'] as const) if (all[name].length > 0) size.builds[name] = medianBuild(all[name]);
      size.incremental = {
        ...rebuilds.at(-1)!,
        wallSeconds: median(rebuilds.map((r) => r.wallSeconds)),
        cpuSeconds: median(rebuilds.map((r) => r.cpuSeconds)),
        runs: rebuilds.length,
      };
      await save();
    }
    lastOutputs.set('site', siteOut);

  }

  if (!skipBrowser) {
    const outputs = [
      { name: 'site', out: lastOutputs.get('site'), postsUnder: 'posts' },
      { name: 'bare', out: lastOutputs.get('bare'), postsUnder: 'posts' },
      { name: 'starlight', out: lastOutputs.get('starlight'), postsUnder: 'posts' },
    ].filter((entry): entry is { name: string; out: string; postsUnder: string } => entry.out !== undefined);
    // Search speed is judged on the 5,000-post site (or the largest below it).
    const searchPosts = Math.max(...sizes.filter((count) => count <= 5000), Math.min(...sizes));
    const { weights, search } = await browserFigures(outputs, path.join(workDir, `out-site-${searchPosts}`));
    results.pageWeight = weights;
    results.search = search && { ...search, posts: searchPosts };
  }

  // The site's content cache now holds generated posts; drop it so the next
  // ordinary `npm run build` starts from content/ alone.
  await rm(path.join(modulesRoot, 'node_modules', '.astro', 'data-store.json'), { force: true });
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outDir, 'results.md'), renderMarkdown(results));
  console.log(renderMarkdown(results));
}

await main();

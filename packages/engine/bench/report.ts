/**
 * Result types and the Markdown table the README quotes.
 */
import type { OutputStats } from './measure.ts';
import type { PageWeight, SearchTiming } from './pageWeight.ts';

export interface BuildResult extends OutputStats {
  buildWallSeconds: number;
  buildCpuSeconds: number;
  pagefindWallSeconds: number | undefined;
  /** How many builds the figures are the median of. */
  runs?: number;
  /** True when Pagefind ran inside the Astro build (so build time includes it). */
  pagefindInBuild: boolean;
  totalWallSeconds: number;
  totalCpuSeconds: number;
  peakRssMiB: number;
  /** Site only: CPU seconds per phase (src/build/integrations/phaseTimer.ts). */
  phases?: PhaseShares | undefined;
}

/** CPU seconds of each phase of one build. */
export interface PhaseShares {
  contentSync: number;
  bundling: number;
  rendering: number;
  afterBuild: number;
  pagefind: number;
  /** From the config being loaded to the last after-build step. */
  total: number;
  /** The after-build steps one by one (sitemap is in linkCheck's span's start). */
  steps?: { sitemap: number; linkCheck: number; resourceCheck: number; precompress: number; manifest: number };
}

interface PhaseMark {
  name: string;
  wallMs: number;
  cpuMs: number;
}

/** Phases from the marks the phase timer wrote (see its header for their order). */
export function phaseShares(marks: PhaseMark[]): PhaseShares {
  const at = (name: string) => marks.find((mark) => mark.name === name)?.cpuMs;
  const lastBundle = marks.filter((mark) => mark.name === 'bundle').at(-1)?.cpuMs;
  const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? 0 : (to - from) / 1000);
  return {
    contentSync: span(at('config:done'), at('build:start')),
    bundling: span(at('build:start'), lastBundle),
    rendering: span(lastBundle, at('build:generated')),
    afterBuild: span(at('build:generated'), at('pagefind:start')) + span(at('pagefind:end'), at('done:end')),
    pagefind: span(at('pagefind:start'), at('pagefind:end')),
    total: span(at('config:done'), at('done:end')),
    steps: {
      sitemap: span(at('done:start'), at('sitemap:end')),
      linkCheck: span(at('sitemap:end'), at('pagefind:start')),
      resourceCheck: span(at('pagefind:end'), at('resources:end')),
      precompress: span(at('resources:end'), at('precompress:end')),
      manifest: span(at('precompress:end'), at('done:end')),
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over repeated builds (phases: of the run with the median CPU). */
export function medianBuild(runs: BuildResult[]): BuildResult {
  const of = (pick: (run: BuildResult) => number | undefined) => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length ? median(values) : undefined;
  };
  const byCpu = [...runs].sort((a, b) => a.totalCpuSeconds - b.totalCpuSeconds);
  return {
    ...runs[0]!,
    buildWallSeconds: of((run) => run.buildWallSeconds)!,
    buildCpuSeconds: of((run) => run.buildCpuSeconds)!,
    pagefindWallSeconds: of((run) => run.pagefindWallSeconds),
    totalWallSeconds: of((run) => run.totalWallSeconds)!,
    totalCpuSeconds: of((run) => run.totalCpuSeconds)!,
    peakRssMiB: of((run) => run.peakRssMiB)!,
    phases: byCpu[Math.floor(byCpu.length / 2)]!.phases,
    runs: runs.length,
  };
}

export interface SizeResult {
  posts: number;
  loadAverageBefore: number;
  builds: Partial<Record<'site' | 'bare' | 'starlight', BuildResult>>;
  incremental?: { wallSeconds: number; cpuSeconds: number; rendered?: number; reused?: number; phases?: PhaseShares | undefined; runs?: number };
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; loadAverage: number[]; node: string };
  seed: number;
  sizes: SizeResult[];
  pageWeight?: Record<string, PageWeight>;
  search?: SearchTiming & { posts: number };
}

const LABELS = { site: 'このサイト', bare: '素の Astro（床）', starlight: 'Starlight' } as const;
const s = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function renderMarkdown(results: BenchResults): string {
  const lines = [
    `計測日時 ${results.date}、${results.machine.cpus} コア（${results.machine.cpuModel}）、メモリ ${results.machine.memoryGiB} GB、Node ${results.machine.node}、seed ${results.seed}`,
    '',
    '| 記事数 | サイト | Astro ビルド 秒 | Pagefind 秒 | 合計 秒（実時間） | 合計 CPU 秒 | 最大メモリ MiB | 出力 MB | ページ数 | 対 床（実時間 / CPU） | 対 Starlight（実時間 / CPU） |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const size of results.sizes) {
    for (const name of ['site', 'bare', 'starlight'] as const) {
      const build = size.builds[name];
      if (!build) continue;
      const floor = size.builds.bare;
      const starlight = size.builds.starlight;
      const pagefind = build.pagefindWallSeconds === undefined ? '—' : `${s(build.pagefindWallSeconds)}${build.pagefindInBuild ? '（ビルド内）' : ''}`;
      lines.push(
        `| ${size.posts.toLocaleString('en-US')} | ${LABELS[name]} | ${s(build.buildWallSeconds)} | ${pagefind} | ${s(build.totalWallSeconds)} | ${s(build.totalCpuSeconds)} | ${build.peakRssMiB.toFixed(0)} | ${mb(build.bytes)} | ${build.pages.toLocaleString('en-US')} | ${ratio(build.totalWallSeconds, floor?.totalWallSeconds)} / ${ratio(build.totalCpuSeconds, floor?.totalCpuSeconds)} | ${ratio(build.totalWallSeconds, starlight?.totalWallSeconds)} / ${ratio(build.totalCpuSeconds, starlight?.totalCpuSeconds)} |`,
      );
    }
  }
  lines.push('', '**記事1本の変更後の再ビルド（このサイト、コンテンツキャッシュと incrementalBuild のキャッシュを使用）**', '', '| 記事数 | クリーンビルド 秒（実時間 / CPU） | 1本変更後 秒（実時間 / CPU） | 比（実時間 / CPU） |', '| ---: | ---: | ---: | ---: |');
  for (const size of results.sizes) {
    const clean = size.builds.site;
    if (!clean || !size.incremental) continue;
    lines.push(`| ${size.posts.toLocaleString('en-US')} | ${s(clean.buildWallSeconds)} / ${s(clean.buildCpuSeconds)} | ${s(size.incremental.wallSeconds)} / ${s(size.incremental.cpuSeconds)} | ${ratio(size.incremental.wallSeconds, clean.buildWallSeconds)} / ${ratio(size.incremental.cpuSeconds, clean.buildCpuSeconds)}（CPU） |`);
  }
  lines.push('', '**段階ごとの CPU 秒（このサイト）: コンテンツ同期 / バンドル / レンダリング / ビルド後の処理 / Pagefind（合計に占める割合）**', '', '| 記事数 | ビルド | 同期 | バンドル | レンダリング | ビルド後 | Pagefind | 合計 | 再描画 / 再利用ページ |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const pct = (part: number, total: number) => `${part.toFixed(1)}（${total > 0 ? Math.round((part / total) * 100) : 0}%）`;
  for (const size of results.sizes) {
    const rows: Array<[string, PhaseShares | undefined, string]> = [
      ['クリーン', size.builds.site?.phases, '—'],
      ['1本変更後', size.incremental?.phases, size.incremental?.rendered === undefined ? '—' : `${size.incremental.rendered} / ${size.incremental.reused}`],
    ];
    for (const [label, phases, pages] of rows) {
      if (!phases) continue;
      const steps = phases.steps ? `；内訳 サイトマップ ${phases.steps.sitemap.toFixed(1)}・リンク検査 ${phases.steps.linkCheck.toFixed(1)}・外部リソース検査 ${phases.steps.resourceCheck.toFixed(1)}・gzip ${phases.steps.precompress.toFixed(1)}・マニフェスト ${phases.steps.manifest.toFixed(1)}` : '';
      lines.push(`| ${size.posts.toLocaleString('en-US')} | ${label} | ${pct(phases.contentSync, phases.total)} | ${pct(phases.bundling, phases.total)} | ${pct(phases.rendering, phases.total)} | ${pct(phases.afterBuild, phases.total)}${steps} | ${pct(phases.pagefind, phases.total)} | ${phases.total.toFixed(1)} | ${pages} |`);
    }
  }
  lines.push('', '**記事数あたりのコスト（このサイト、合計 CPU 秒 / 1,000 記事）**', '');
  lines.push(results.sizes.filter((size) => size.builds.site).map((size) => `${size.posts.toLocaleString('en-US')} 記事: ${((size.builds.site!.totalCpuSeconds / size.posts) * 1000).toFixed(1)}`).join('、'));
  if (results.pageWeight) {
    lines.push('', '**記事ページの重さ（Chromium で計測、非圧縮）**', '', '| サイト | HTML KB | CSS KB | JS KB | 合計 KB | リクエスト数 | 描画をブロックするリクエスト | 検索前の JS KB |', '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const [name, weight] of Object.entries(results.pageWeight)) {
      lines.push(`| ${LABELS[name as keyof typeof LABELS] ?? name} | ${kb(weight.htmlBytes)} | ${kb(weight.cssBytes)} | ${kb(weight.jsBytes)} | ${kb(weight.totalBytes)} | ${weight.requests} | ${weight.renderBlocking.length}${weight.renderBlocking.length ? `（${weight.renderBlocking.join(', ')}）` : ''} | ${kb(weight.jsBeforeSearchBytes)} |`);
    }
  }
  if (results.search) {
    const search = results.search;
    lines.push('', `**検索（${search.posts.toLocaleString('en-US')} 記事、Pagefind API、「${search.query}」）**: 最初の結果まで 冷えたページ ${search.coldMs.toFixed(0)} ms（${kb(search.coldBytes)} KB 取得）、温まったページ ${search.warmMs.toFixed(0)} ms（${kb(search.warmBytes)} KB 取得）、${search.results} 件`);
  }
  return `${lines.join('\n')}\n`;
}

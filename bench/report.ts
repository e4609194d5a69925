/**
 * Result types and the Markdown table the README quotes.
 */
import type { OutputStats } from './measure.ts';
import type { PageWeight, SearchTiming } from './pageWeight.ts';

export interface BuildResult extends OutputStats {
  buildWallSeconds: number;
  buildCpuSeconds: number;
  pagefindWallSeconds: number | undefined;
  /** True when Pagefind ran inside the Astro build (so build time includes it). */
  pagefindInBuild: boolean;
  totalWallSeconds: number;
  totalCpuSeconds: number;
  peakRssMiB: number;
}

export interface SizeResult {
  posts: number;
  loadAverageBefore: number;
  builds: Partial<Record<'site' | 'bare' | 'starlight', BuildResult>>;
  incremental?: { wallSeconds: number; cpuSeconds: number };
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
  lines.push('', '**記事1本の変更後の再ビルド（このサイト、Astro のコンテンツキャッシュを使用）**', '', '| 記事数 | クリーンビルド 秒（実時間 / CPU） | 1本変更後 秒（実時間 / CPU） | 比 |', '| ---: | ---: | ---: | ---: |');
  for (const size of results.sizes) {
    const clean = size.builds.site;
    if (!clean || !size.incremental) continue;
    lines.push(`| ${size.posts.toLocaleString('en-US')} | ${s(clean.buildWallSeconds)} / ${s(clean.buildCpuSeconds)} | ${s(size.incremental.wallSeconds)} / ${s(size.incremental.cpuSeconds)} | ${ratio(size.incremental.wallSeconds, clean.buildWallSeconds)} |`);
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

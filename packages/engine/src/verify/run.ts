/**
 * verify's checks in order, each ending in a CheckResult: the output check
 * over dist/ (internal links, off-site resources: the build's own
 * src/build/outputCheck.ts), drafts and future posts absent, forbidden words
 * absent, then the browser checks (browser.ts). The caller serves dist/ and
 * chooses the browser.
 */
import { listFiles } from '../files/listFiles.ts';
import { checkOutput } from '../build/outputCheck.ts';
import { joinBase } from '../site/urls.ts';
import { browserChecks, type BrowserSettings } from './browser.ts';
import { expectedPages, postPath } from './expectedPages.ts';
import { readOutputTexts } from './outputTexts.ts';
import type { CheckResult } from './report.ts';
import type { SiteModel } from './siteModel.ts';
import { findLeaks, type UnpublishedPost } from './unpublished.ts';
import { findWords, type TextFile } from './words.ts';

export interface VerifyOptions {
  model: SiteModel;
  distDir: string;
  /** Words that must appear nowhere in the output (--forbid); empty: the check is skipped. */
  forbidden: readonly string[];
  /** Where the forbidden words came from, for the report. */
  forbiddenFile?: string;
  browser: BrowserSettings;
}

function outputCheck(model: SiteModel, distDir: string): CheckResult {
  const base = model.config.basePath;
  const siteUrl = model.config.siteUrl;
  const siteRoot = new URL(joinBase(base, '/'), new URL(siteUrl).origin).href;
  const result = checkOutput(distDir, {
    base,
    siteUrl,
    siteRoot,
    // As the build's step (src/build/integrations/outputCheck.ts) with Astro's default assets folder.
    scanOptions: { scriptFolders: ['_astro/', 'pagefind/', 'admin/decap/'] },
  });
  return {
    ja: 'リンク切れ・外部リソース',
    en: 'broken links and off-site resources',
    summary: `${result.files} ファイル（${result.pages} ページ）/ ${result.files} files (${result.pages} pages)`,
    problems: result.failures,
  };
}

function unpublishedCheck(model: SiteModel, texts: readonly TextFile[], files: ReadonlySet<string>): CheckResult {
  const unpublished: UnpublishedPost[] = model.posts
    .filter((post) => !post.published)
    .map((post) => ({ slug: post.slug, title: post.title, file: post.file, reason: post.draft ? 'draft' : 'future', path: postPath(model, post.slug) }));
  const published = new Set([
    ...model.posts.filter((post) => post.published).map((post) => post.title),
    ...model.principles.map((principle) => principle.title),
    ...model.chapters.map((chapter) => chapter.title),
    model.missionTitle,
  ]);
  const leaks = findLeaks(unpublished, texts, files, model.config.basePath, published);
  const what = { page: ['ページ', 'its page'], address: ['アドレス', 'its address'], title: ['題名', 'its title'] } as const;
  return {
    ja: '下書き・公開前の記事が出ていない',
    en: 'drafts and future posts absent',
    summary: `${unpublished.length} 件の非公開記事（${model.today} 時点）/ ${unpublished.length} unpublished post(s) as of ${model.today}`,
    problems: leaks.map(
      ({ post, file, mark }) =>
        `${file}: ${post.reason === 'draft' ? '下書き' : `公開日前（${model.today} 時点）`}の記事 ${post.file} の${what[mark][0]}が含まれています / ` +
        `holds ${what[mark][1]} of the ${post.reason === 'draft' ? 'draft' : 'future-dated'} post ${post.file}`,
    ),
  };
}

function forbiddenCheck(texts: readonly TextFile[], words: readonly string[], source = '--forbid'): CheckResult {
  const hits = findWords(texts, words);
  return {
    ja: `使ってはいけない言葉（${source}）`,
    en: `forbidden words (${source})`,
    summary: words.length === 0 ? '指定なし / none given' : `${words.length} 語、0 件 / ${words.length} word(s), none found`,
    skipped: words.length === 0,
    problems: hits.map(({ file, word, context }) => `${file}: 「${word}」があります / contains "${word}": …${context}…`),
  };
}

export async function runVerify(options: VerifyOptions): Promise<CheckResult[]> {
  const { model, distDir } = options;
  const files = listFiles(distDir);
  const texts = readOutputTexts(distDir);
  const results = [
    outputCheck(model, distDir),
    unpublishedCheck(model, texts, new Set(files)),
    forbiddenCheck(texts, options.forbidden, options.forbiddenFile),
  ];
  results.push(...(await browserChecks(model, expectedPages(model), options.browser)));
  return results;
}

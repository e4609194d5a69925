/**
 * The checks that need the built site in a browser, served on 127.0.0.1:
 * every page answers with its one h1; axe (WCAG 2.1 A/AA) on one page of each
 * type in the light and the dark scheme; each principle and each handbook
 * chapter found by its title with the site's own search (Pagefind, in the
 * page); the organisation's words from site.yaml shown where they belong.
 * Nothing is fetched from elsewhere: a request off the served origin is
 * refused and reported.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createRoutes } from '../site/routes.ts';
import { absentPages, onePerType, siteDictionary, type AbsentPage, type ExpectedPage } from './expectedPages.ts';
import type { CheckResult } from './report.ts';
import type { SiteModel } from './siteModel.ts';
import { visibleText } from './words.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const SCHEMES = ['light', 'dark'] as const;

export interface BrowserSettings {
  /** http://127.0.0.1:<port>, serving the build under the site's base path. */
  origin: string;
  launchOptions: { executablePath?: string; args: string[] };
}

/** A path as a person reads it (tags in Japanese, not percent-encoded). */
function display(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Text as compared: what a reader sees, whitespace collapsed. */
function shown(text: string | null | undefined): string {
  return visibleText(text ?? '').replace(/\s+/gu, ' ').trim();
}

async function openContext(browser: Browser, origin: string, offSite: Set<string>, errors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    let from = '';
    try {
      from = `（${route.request().frame().url()}）`;
    } catch {
      // A worker's request has no frame.
    }
    offSite.add(`${url}${from}`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`)));
  return context;
}

async function headingsOf(page: Page): Promise<string[]> {
  return page.locator('h1').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
}

/**
 * Run `work` over `items` with `width` pages at once. A navigation that
 * fails can leave its page busy (Chromium's error page still loading), so
 * the page is replaced before the next item; the failure goes to `failed`.
 */
async function pool<T>(
  context: BrowserContext,
  items: readonly T[],
  width: number,
  work: (page: Page, item: T) => Promise<void>,
  failed: (item: T, error: Error) => void,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      let page = await context.newPage();
      while (next < items.length) {
        const item = items[next++]!;
        try {
          await work(page, item);
        } catch (error) {
          failed(item, error as Error);
          await page.close().catch(() => undefined);
          page = await context.newPage();
        }
      }
      await page.close();
    }),
  );
}

/** The first line of an error's message: what went wrong, without Playwright's call log. */
function firstLine(error: Error): string {
  return error.message.split('\n')[0] ?? '';
}

async function checkPages(
  context: BrowserContext,
  origin: string,
  pages: readonly ExpectedPage[],
  missing: Set<string>,
): Promise<CheckResult> {
  const problems: string[] = [];
  await pool(
    context,
    pages,
    2,
    async (page, expected) => {
      // The status first, without navigating: Chromium's error page would only stand in the way.
      const status = (await context.request.get(`${origin}${expected.path}`, { maxRedirects: 0 })).status();
      if (status !== 200) {
        missing.add(expected.path);
        problems.push(`${display(expected.path)}: 応答が ${status} です（${expected.type} のページがありません） / answered ${status}: the ${expected.type} page is missing`);
        return;
      }
      await page.goto(`${origin}${expected.path}`, { waitUntil: 'domcontentloaded' });
      const h1 = (await headingsOf(page)).map(shown);
      if (h1.length !== 1) {
        problems.push(`${display(expected.path)}: 見出し h1 が ${h1.length} 個あります（1 個にしてください） / has ${h1.length} h1 headings, expected one`);
      } else if (h1[0] !== shown(expected.h1)) {
        problems.push(`${display(expected.path)}: 見出し h1 が「${h1[0]}」です（「${shown(expected.h1)}」のはず） / the h1 reads "${h1[0]}", expected "${shown(expected.h1)}"`);
      }
    },
    (expected, error) => {
      missing.add(expected.path);
      problems.push(`${display(expected.path)}: 開けませんでした / could not be opened: ${firstLine(error)}`);
    },
  );
  return { ja: 'ページと見出し', en: 'pages and headings', summary: `${pages.length} ページ / pages`, problems: problems.sort() };
}

/** Pages that must not be served answer 404 (the server's answer, as readers would get it). */
async function checkAbsent(context: BrowserContext, origin: string, absent: readonly AbsentPage[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of absent) {
    const status = (await context.request.get(`${origin}${page.path}`, { maxRedirects: 0 })).status();
    if (status !== 404) problems.push(`${display(page.path)}: ${page.ja}（応答 ${status}） / ${page.en} (answered ${status})`);
  }
  return problems;
}

async function checkAxe(context: BrowserContext, origin: string, pages: readonly ExpectedPage[], missing: ReadonlySet<string>): Promise<CheckResult> {
  // A missing page is reported once, by the pages check; axe runs on the first of each type that exists.
  const runs = onePerType(pages.filter((page) => !missing.has(page.path))).flatMap((page) => SCHEMES.map((scheme) => ({ page, scheme })));
  const problems: string[] = [];
  await pool(
    context,
    runs,
    2,
    async (page, { page: target, scheme }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${origin}${target.path}`, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
        problems.push(
          `${display(target.path)}（${scheme === 'light' ? 'ライト' : 'ダーク'}）: ${violation.id}: ${violation.help}（${violation.nodes.length} か所: ${where}） / ` +
            `${display(target.path)} (${scheme}): ${violation.id} at ${violation.nodes.length} element(s): ${where}`,
        );
      }
    },
    ({ page: target, scheme }, error) => problems.push(`${display(target.path)}（${scheme}）: axe を実行できませんでした / axe could not run: ${firstLine(error)}`),
  );
  return {
    ja: 'アクセシビリティ（axe、WCAG 2.1 A/AA、ライト・ダーク）',
    en: 'accessibility (axe, WCAG 2.1 A/AA, light and dark)',
    summary: `${runs.length / 2} 種類のページ × 2 配色で違反 0 件 / ${runs.length / 2} page types × 2 schemes, 0 violations`,
    problems,
  };
}

/** Each principle and each chapter must be found by searching its title on /search/. */
async function checkSearch(context: BrowserContext, origin: string, model: SiteModel): Promise<CheckResult> {
  const ja = siteDictionary(model);
  const routes = createRoutes(model.config.basePath);
  const targets = [
    ...model.principles.map((principle) => ({ kind: ja.search.types.principle, title: principle.title, path: routes.principle(principle.id) })),
    ...model.chapters.map((chapter) => ({ kind: ja.search.types.chapter, title: chapter.title, path: routes.chapter(chapter.slug) })),
  ];
  const problems: string[] = [];
  await pool(
    context,
    targets,
    2,
    async (page, target) => {
      await page.goto(`${origin}${routes.search}?q=${encodeURIComponent(target.title)}`, { waitUntil: 'load' });
      const status = page.locator('[data-search-root="page"] [data-search-status]');
      await page.waitForFunction(
        ({ loading }) => {
          const text = document.querySelector('[data-search-root="page"] [data-search-status]')?.textContent?.trim() ?? '';
          return text !== '' && text !== loading;
        },
        { loading: ja.search.loading },
        { timeout: 20_000 },
      );
      const found = await page
        .locator('[data-search-root="page"] .search-result__title a')
        .evaluateAll((links) => links.map((link) => decodeURI(new URL((link as HTMLAnchorElement).href).pathname)));
      if (!found.includes(decodeURI(target.path))) {
        const said = shown(await status.textContent());
        problems.push(
          `「${target.title}」（${target.kind}、${display(target.path)}）: サイト内検索で見つかりません（${said}） / ` +
            `searching its title does not find ${display(target.path)} (${found.length} result(s))`,
        );
      }
    },
    (target, error) => problems.push(`「${target.title}」: 検索できませんでした / the search did not answer: ${firstLine(error)}`),
  );
  return {
    ja: `サイト内検索（各${model.config.principlesName}と各章を題名で）`,
    en: 'site search (each principle and chapter by its title)',
    summary: `${targets.length} 件すべて見つかりました / all ${targets.length} found`,
    problems,
  };
}

interface WordPlacement {
  /** site.yaml field the word comes from. */
  field: 'organization' | 'leaderTitle' | 'principlesName' | 'blogName';
  path: string;
  /** CSS selector of the region that must contain `text`. */
  region: string;
  text: string;
}

/** Where each organisation word of site.yaml must be shown, as the dictionary fills it. */
function wordPlacements(model: SiteModel): WordPlacement[] {
  const ja = siteDictionary(model);
  const routes = createRoutes(model.config.basePath);
  const first = model.principles[0];
  return [
    { field: 'organization', path: routes.home, region: 'footer', text: model.config.organization },
    { field: 'organization', path: routes.accessibility, region: 'main', text: ja.accessibility.lead(model.config.organization) },
    { field: 'blogName', path: routes.home, region: 'header nav', text: ja.nav.posts },
    { field: 'blogName', path: routes.posts(), region: 'main h1', text: ja.posts.listTitle },
    { field: 'leaderTitle', path: routes.posts(), region: 'main', text: ja.posts.listDescription },
    { field: 'principlesName', path: routes.home, region: 'header nav', text: ja.nav.principles },
    { field: 'principlesName', path: routes.principles, region: 'main h1', text: ja.principles.title },
    ...(first ? [{ field: 'principlesName' as const, path: routes.principle(first.id), region: 'main', text: ja.principles.number(first.order) }] : []),
  ];
}

async function checkWords(context: BrowserContext, origin: string, model: SiteModel, missing: ReadonlySet<string>): Promise<CheckResult> {
  // On a missing page nothing can be shown: the pages check reports it.
  const placements = wordPlacements(model).filter((placement) => !missing.has(placement.path));
  const problems: string[] = [];
  await pool(
    context,
    placements,
    1,
    async (page, placement) => {
      if (page.url() !== `${origin}${placement.path}`) await page.goto(`${origin}${placement.path}`, { waitUntil: 'domcontentloaded' });
      const texts = await page.locator(placement.region).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText ?? node.textContent ?? ''));
      if (!texts.some((text) => shown(text).includes(shown(placement.text)))) {
        problems.push(
          `${display(placement.path)}（${placement.region}）: site.yaml の ${placement.field} を使った「${shown(placement.text)}」が表示されていません / ` +
            `does not show "${shown(placement.text)}" (from site.yaml ${placement.field})`,
        );
      }
    },
    (placement, error) => problems.push(`${display(placement.path)}: 開けませんでした / could not be opened: ${firstLine(error)}`),
  );
  return {
    ja: '組織の言葉（site.yaml）',
    en: "the organisation's words (site.yaml)",
    summary: `${placements.length} か所 / places`,
    problems,
  };
}

/** A check with its duration added to its summary line. */
async function timed(check: () => Promise<CheckResult>): Promise<CheckResult> {
  const started = performance.now();
  const result = await check();
  return { ...result, summary: `${result.summary}（${((performance.now() - started) / 1000).toFixed(1)} 秒 / s）` };
}

export async function browserChecks(model: SiteModel, pages: readonly ExpectedPage[], settings: BrowserSettings): Promise<CheckResult[]> {
  const browser = await chromium.launch(settings.launchOptions);
  const offSite = new Set<string>();
  const errors: string[] = [];
  /** Paths the pages check found missing: the other checks skip them rather than repeat it. */
  const missing = new Set<string>();
  try {
    const context = await openContext(browser, settings.origin, offSite, errors);
    const results = [
      await timed(async () => {
        const result = await checkPages(context, settings.origin, pages, missing);
        const absent = await checkAbsent(context, settings.origin, absentPages(model));
        return { ...result, problems: [...result.problems, ...absent] };
      }),
      await timed(() => checkWords(context, settings.origin, model, missing)),
      await timed(() => checkSearch(context, settings.origin, model)),
      await timed(() => checkAxe(context, settings.origin, pages, missing)),
    ];
    results.push({
      ja: 'ブラウザーでの外部への通信とスクリプトのエラー',
      en: 'requests off the site and script errors in the browser',
      summary: '0 件 / none',
      problems: [
        ...[...offSite].sort().map((url) => `外部への通信 / off-site request: ${url}`),
        ...[...new Set(errors)].sort().map((error) => `スクリプトのエラー / script error: ${error}`),
      ],
    });
    return results;
  } finally {
    await browser.close();
  }
}

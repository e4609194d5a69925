/**
 * Internal link check over a built site: every URL a page loads, sends to or
 * links to that points into the site must resolve to a file in the output,
 * under the base path, and a #fragment must name an id on the target page.
 * External links are not followed (the build machine is offline by design).
 *
 * Pages are read once, by the single pass in outputScan.ts (parse5 and the
 * one table of URL-bearing attributes in urlAttributes.ts), which the
 * off-site resource check shares.
 */
import { HASH_ROUTER, scanText, type DocumentScan } from './outputScan.ts';

/** Uses a site-internal target must exist for (base, code and nested documents are not links). */
const CHECKED_USES = new Set(['load', 'send', 'navigate', 'refresh']);

/** The URLs of a scanned page the link check follows. */
export function linksOf(scan: DocumentScan): string[] {
  return scan.references.filter((item) => !item.nested && CHECKED_USES.has(item.use)).map((item) => item.url);
}

/** dist-relative file → the URL path it is served at ('posts/a/index.html' → '/base/posts/a/'). */
export function pageUrlPath(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/u, '$1');
  return `${base}${path.split('/').map(encodeURIComponent).join('/')}`;
}

export interface LinkCheckOptions {
  /** Base path, "/" or "/sub/". */
  base: string;
  /** Site origin (links to it with a full URL are internal too). */
  siteUrl: string;
  /** Does this file (relative to the output folder, decoded) exist? */
  exists: (file: string) => boolean;
  /** URL path prefixes (after the base) produced after this check runs, e.g. "pagefind/". */
  ignore?: readonly string[];
  /** Anchors (ids) of a built HTML file, to check #fragments; undefined = not checked. */
  anchors?: (file: string) => ReadonlySet<string> | undefined;
}

export interface BrokenLink {
  /** URL path of the page with the link. */
  page: string;
  link: string;
  ja: string;
  en: string;
}

const SKIPPED_SCHEMES = /^(?:mailto|tel|javascript|data|blob|about):/iu;

/** Why a link from `page` is broken, or null when it resolves (or is external). */
export function checkLink(
  link: string,
  page: string,
  options: LinkCheckOptions,
): Omit<BrokenLink, 'page' | 'link'> | null {
  if (SKIPPED_SCHEMES.test(link)) return null;
  const site = new URL(options.siteUrl);
  let url: URL;
  try {
    url = new URL(link, new URL(page, site));
  } catch {
    return { ja: 'URL の書き方が正しくありません', en: 'the URL is malformed' };
  }
  if (url.origin !== site.origin) return null; // external: not checked, never fails the build
  if (!url.pathname.startsWith(options.base)) {
    return {
      ja: `サイトのサブパス ${options.base} の外を指しています。リンクは ${options.base} から始めるか、相対パスで書いてください`,
      en: `points outside the site's base path ${options.base}; start the link with ${options.base} or make it relative`,
    };
  }
  let rest: string;
  try {
    rest = decodeURIComponent(url.pathname.slice(options.base.length));
  } catch {
    return { ja: 'URL の文字のエンコードが壊れています', en: 'the URL has broken percent-encoding' };
  }
  if (options.ignore?.some((prefix) => rest.startsWith(prefix))) return null;
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  // Astro names the not-found page /404/ (its canonical URL) but writes 404.html.
  if (rest === '404/') candidates.push('404.html');
  const target = candidates.find((file) => options.exists(file));
  if (target !== undefined) return checkFragment(url.hash, target, options);
  return {
    ja: 'リンク先のページまたはファイルがありません。URL の綴り、記事のファイル名、下書きや未来の日付の記事へのリンクでないかを確認してください',
    en: 'no page or file at this address; check the spelling, the post file name, and that it is not a draft or future-dated post',
  };
}

/** A #fragment must name an id on the target page (table of contents, skip link, footnotes). */
function checkFragment(
  hash: string,
  file: string,
  options: LinkCheckOptions,
): Omit<BrokenLink, 'page' | 'link'> | null {
  if (hash === '' || hash === '#' || !file.endsWith('.html')) return null;
  const anchors = options.anchors?.(file);
  if (!anchors) return null;
  if (hash.startsWith('#/') && anchors.has(HASH_ROUTER)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    id = hash.slice(1);
  }
  if (anchors.has(id) || id === 'top') return null;
  return {
    ja: `リンク先のページに見出し・目印「#${id}」がありません。見出しの文字を変えた場合は、リンクの # 以降も合わせてください`,
    en: `the target page has no anchor "#${id}"; if a heading was renamed, update the part after # too`,
  };
}

export interface BuiltPage {
  file: string;
  /** The page's scan from the single pass; read from `html` when absent. */
  scan?: DocumentScan;
  html?: string;
}

export function findBrokenLinks(pages: ReadonlyArray<BuiltPage>, options: LinkCheckOptions): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const scanned = pages.map(({ file, scan, html }) => ({ file, scan: scan ?? scanText('html', html ?? '') }));
  const anchorsByFile = new Map(scanned.map(({ file, scan }) => [file, scan.anchors]));
  const withAnchors = { ...options, anchors: options.anchors ?? ((file: string) => anchorsByFile.get(file)) };
  for (const { file, scan } of scanned) {
    const page = pageUrlPath(file, options.base);
    for (const link of new Set(linksOf(scan))) {
      const problem = checkLink(link, page, withAnchors);
      if (problem) broken.push({ page, link, ...problem });
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const heading =
    `リンク切れが ${broken.length} 件あります。修正するまで公開できません。\n` +
    `Found ${broken.length} broken internal link(s). Nothing is published until they are fixed.`;
  const lines = broken.map((item) =>
    [
      `● ページ page: ${safeDecodeUri(item.page)} › リンク link: ${item.link}`,
      `  [日本語] ${item.ja}`,
      `  [English] ${item.en}`,
    ].join('\n'),
  );
  return [heading, ...lines].join('\n\n');
}

function safeDecodeUri(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

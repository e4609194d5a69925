/**
 * Internal link check over a built site: every href/src/srcset that points
 * into the site must resolve to a file in the output, under the base path.
 * External links are not followed (the build machine is offline by design).
 *
 * HTML is read with node-html-parser: a small, maintained, dependency-light
 * parser that is fast enough for thousands of pages and needs no network.
 */
import { parse } from 'node-html-parser';

/** Attributes that make the browser fetch or navigate to a URL. */
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
];
const SRCSET = ['img[srcset]', 'source[srcset]'];

export function extractLinks(html: string): string[] {
  const root = parse(html, { comment: false });
  const links: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) links.push(value);
    }
  }
  for (const selector of SRCSET) {
    for (const element of root.querySelectorAll(selector)) {
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/u)[0];
        if (url) links.push(url);
      }
    }
  }
  return links;
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
  if (link.startsWith('#') || SKIPPED_SCHEMES.test(link)) return null;
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
  if (candidates.some((file) => options.exists(file))) return null;
  return {
    ja: 'リンク先のページまたはファイルがありません。URL の綴り、記事のファイル名、下書きや未来の日付の記事へのリンクでないかを確認してください',
    en: 'no page or file at this address; check the spelling, the post file name, and that it is not a draft or future-dated post',
  };
}

export function findBrokenLinks(
  pages: ReadonlyArray<{ file: string; html: string }>,
  options: LinkCheckOptions,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const { file, html } of pages) {
    const page = pageUrlPath(file, options.base);
    for (const link of new Set(extractLinks(html))) {
      const problem = checkLink(link, page, options);
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

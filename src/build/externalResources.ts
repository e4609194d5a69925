/**
 * Finds everything a built page would load from another origin. The site is
 * served inside an isolated network (三層分離): a web font, CDN script,
 * analytics tag or remote image would either leak a request or break the
 * page, so the build refuses them. Plain <a href> links are not loads and
 * are allowed (they are marked as external instead).
 *
 * Parsing uses node-html-parser and css-tree rather than regular
 * expressions so that attributes in any quoting style, srcset lists and
 * CSS escapes are read the way a browser reads them.
 */
import * as csstree from 'css-tree';
import { parse, type HTMLElement } from 'node-html-parser';
import { isOffSite } from '../site/urls.ts';

export { isOffSite };

export interface ExternalResource {
  /** Built file the reference is in, relative to the output folder. */
  file: string;
  /** What loads it, e.g. "<script src>", "<link rel=stylesheet>", "CSS url()". */
  via: string;
  /** The URL as written. */
  url: string;
}

/** <link rel> values that make the browser fetch something. */
const LOADING_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
]);

/** Element → attributes holding a single URL the browser loads. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src'],
  input: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

/** Element → attributes holding a srcset (comma-separated "url descriptor"). */
const SRCSET_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['srcset'],
  source: ['srcset'],
};


/** Candidate URLs of a srcset attribute (descriptors dropped). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    // A comma inside a data: URL splits it too, but the pieces resolve
    // on-site, so that never hides an off-site URL nor invents one.
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter((url) => url !== '');
}

/** URLs a stylesheet loads: url(), @import and image-set() strings. */
export function cssUrls(css: string, context: 'stylesheet' | 'declarationList' = 'stylesheet'): string[] {
  const urls: string[] = [];
  let ast: csstree.CssNode;
  try {
    ast = csstree.parse(css, { context, parseValue: true, parseAtrulePrelude: true });
  } catch {
    return urls; // css-tree is tolerant; a throw means nothing parseable
  }
  csstree.walk(ast, {
    enter(node: csstree.CssNode) {
      if (node.type === 'Url') urls.push(node.value);
      if (node.type === 'Atrule' && node.name.toLowerCase() === 'import' && node.prelude?.type === 'AtrulePrelude') {
        const first = node.prelude.children.first;
        if (first?.type === 'String') urls.push(first.value);
      }
    },
  });
  return urls;
}

function attr(element: HTMLElement, name: string): string | undefined {
  return element.getAttribute(name) ?? undefined;
}

/**
 * Off-site resources loaded by one HTML page. `pageUrl` is the page's own
 * absolute URL (relative references are resolved against it).
 */
export function findExternalInHtml(html: string, file: string, pageUrl: string, siteOrigin: string): ExternalResource[] {
  const found: ExternalResource[] = [];
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  let base = pageUrl;
  const baseElement = root.querySelector('base[href]');
  if (baseElement) {
    const href = attr(baseElement, 'href') ?? '';
    if (isOffSite(href, pageUrl, siteOrigin)) found.push({ file, via: '<base href>', url: href });
    try {
      base = new URL(href, pageUrl).href; // relative URLs below load from there
    } catch {
      // an unparseable base is ignored by browsers too
    }
  }
  const check = (url: string, via: string) => {
    if (isOffSite(url, base, siteOrigin)) found.push({ file, via, url: url.trim() });
  };

  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (tag === 'link') {
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
      const loading = rels.filter((rel) => LOADING_LINK_RELS.has(rel));
      if (loading.length > 0) {
        check(attr(element, 'href') ?? '', `<link rel=${loading.join(' ')}>`);
        for (const url of srcsetUrls(attr(element, 'imagesrcset') ?? '')) check(url, `<link rel=${loading.join(' ')} imagesrcset>`);
      }
    }
    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value !== undefined) check(value, `<${tag} ${name}>`);
    }
    for (const name of SRCSET_ATTRIBUTES[tag] ?? []) {
      for (const url of srcsetUrls(attr(element, name) ?? '')) check(url, `<${tag} ${name}>`);
    }
    const style = attr(element, 'style');
    if (style) for (const url of cssUrls(style, 'declarationList')) check(url, `<${tag} style> url()`);
    if (tag === 'style') for (const url of cssUrls(element.text)) check(url, '<style> url()');
  }
  return found;
}

/** Off-site resources loaded by a built stylesheet (fonts, images, @import). */
export function findExternalInCss(css: string, file: string, cssUrl: string, siteOrigin: string): ExternalResource[] {
  return cssUrls(css)
    .filter((url) => isOffSite(url, cssUrl, siteOrigin))
    .map((url) => ({ file, via: 'CSS url()/@import', url: url.trim() }));
}

/** The bilingual build failure listing every page and URL. */
export function formatExternalResources(found: readonly ExternalResource[]): string {
  const heading =
    `外部のサーバーから読み込む要素が ${found.length} 件あります。庁内ネットワーク（三層分離）では読み込めないため、ビルドを中止します。\n` +
    `画像・フォント・スクリプトなどはサイト内（public/ や content/）に置いてください。外部サイトへのリンク（<a href>）は問題ありません。\n` +
    `Found ${found.length} element(s) loading a resource from another origin. The site runs on an isolated intranet, so the build stops.\n` +
    `Put images, fonts and scripts inside the site (public/ or content/). Plain links (<a href>) to other sites are fine.`;
  const lines = found.map(
    (item) => `● ${item.file}\n  [日本語] ${item.via} が外部のURLを読み込みます: ${item.url}\n  [English] ${item.via} loads an off-site URL: ${item.url}`,
  );
  return [heading, ...lines].join('\n\n');
}

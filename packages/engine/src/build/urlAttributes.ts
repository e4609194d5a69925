/**
 * THE table of URL-bearing attributes, shared by the link check and the
 * off-site resource check (one home for the rule). Keyed by attribute, not
 * element, so that an attribute on an element nobody thought of (an old
 * `<bgsound src>`, `<table background>`, an SVG `<set href>`) is still read:
 * the table fails closed. Sources: HTML Living Standard attribute index,
 * SVG 2 and SMIL attribute lists, plus obsolete attributes old Edge honoured.
 */

/**
 * How the browser uses a URL:
 * - load: fetched without the reader doing anything (img, script, CSS, iframe…);
 * - send: data goes there when the reader acts (form action, ping);
 * - navigate: the reader goes there by choice (a href) — allowed off-site;
 * - refresh: the page moves there by itself (<meta http-equiv=refresh>);
 * - base: changes how every relative URL of the page resolves;
 * - document: the value IS a document (iframe srcdoc), read recursively.
 */
export type UrlUse = 'load' | 'send' | 'navigate' | 'refresh' | 'base' | 'document';

export interface AttributeRule {
  use: UrlUse;
  /** srcset = "url descriptor, …"; spaces = space-separated URLs (ping). */
  list?: 'srcset' | 'spaces';
  /** Only on these elements (lower-case local names); default: any element. */
  only?: readonly string[];
}

const URL_ATTRIBUTES: Readonly<Record<string, AttributeRule>> = {
  src: { use: 'load' }, // script img iframe frame embed source track audio video input bgsound …
  srcset: { use: 'load', list: 'srcset' },
  imagesrcset: { use: 'load', list: 'srcset' }, // <link rel=preload imagesrcset>
  poster: { use: 'load' },
  background: { use: 'load' }, // body table thead tbody tfoot tr td th (obsolete, still honoured)
  lowsrc: { use: 'load' },
  dynsrc: { use: 'load' },
  data: { use: 'load', only: ['object'] },
  codebase: { use: 'load', only: ['object', 'applet', 'embed'] },
  archive: { use: 'load', list: 'spaces', only: ['object', 'applet'] },
  code: { use: 'load', only: ['applet'] },
  classid: { use: 'load', only: ['object'] },
  manifest: { use: 'load', only: ['html'] },
  href: { use: 'load' }, // refined by hrefUse(): a/area navigate, link by rel, base
  action: { use: 'send' },
  formaction: { use: 'send' },
  ping: { use: 'send', list: 'spaces' },
  srcdoc: { use: 'document', only: ['iframe', 'frame'] },
  // Feeds: podcast and feed readers fetch enclosures and media thumbnails.
  url: { use: 'load', only: ['enclosure', 'media:content', 'media:thumbnail'] },
};

/** <link rel> values the browser never fetches for; any other rel (or none) counts as a load. */
const NAVIGATION_ONLY_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'prev',
  'privacy-policy',
  'tag',
  'terms-of-service',
]);

/** SVG/SMIL animation elements: `to`/`from`/`values`/`by` can set an href to any URL. */
export const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatecolor', 'animatemotion', 'animatetransform']);
export const ANIMATION_VALUE_ATTRIBUTES = ['to', 'from', 'by', 'values'];

/** The rule for `attribute` (local name, lower case; xlink:href counts as href) on `element`. */
export function attributeRule(element: string, attribute: string): AttributeRule | undefined {
  // Own keys only: an attribute named "constructor" is not a rule.
  const rule = Object.hasOwn(URL_ATTRIBUTES, attribute) ? URL_ATTRIBUTES[attribute] : undefined;
  if (!rule || (rule.only && !rule.only.includes(element))) return undefined;
  return rule;
}

/** How an href is used on a given element. `rel` only matters for <link>. */
export function hrefUse(element: string, rel: string | undefined, xml = false): UrlUse {
  if (element === 'a' || element === 'area') return 'navigate';
  if (element === 'base') return 'base';
  if (element === 'link') {
    const rels = (rel ?? (xml ? 'alternate' : '')).toLowerCase().split(/\s+/u).filter(Boolean);
    return rels.length > 0 && rels.every((item) => NAVIGATION_ONLY_RELS.has(item)) ? 'navigate' : 'load';
  }
  return 'load'; // SVG use/image/feImage/script/set/mpath/gradients/filters…: all may fetch
}

/**
 * Candidate URLs of a srcset attribute, split as the HTML spec does: a URL
 * is a run of non-space characters (so a data: URL keeps its commas), and
 * descriptors run to the next comma outside parentheses.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let index = 0;
  const length = srcset.length;
  while (index < length) {
    while (index < length && /[\s,]/u.test(srcset[index] ?? '')) index += 1;
    const start = index;
    while (index < length && !/\s/u.test(srcset[index] ?? '')) index += 1;
    const url = srcset.slice(start, index);
    if (url === '') break;
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/u, ''));
      continue;
    }
    urls.push(url);
    let depth = 0;
    while (index < length) {
      const char = srcset[index];
      if (char === '(') depth += 1;
      else if (char === ')') depth = Math.max(0, depth - 1);
      else if (char === ',' && depth === 0) break;
      index += 1;
    }
  }
  return urls.filter((url) => url !== '');
}

/** The URL of `<meta http-equiv=refresh content="5; url=…">`, or '' for a plain reload. */
export function refreshUrl(content: string): string {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/isu.exec(content);
  return (match?.[1] ?? '').trim().replace(/^(["'])(.*)\1$/su, '$2');
}

/**
 * <script type> values that are not data blocks (HTML "prepare the script
 * element"): JavaScript, modules, and the types the browser acts on without
 * running code — importmap (redirects module loads), speculationrules
 * (prefetches and prerenders other URLs, other hosts included) and
 * Chromium's webbundle. Anything else is a data block the browser never reads.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const value = type.trim().toLowerCase();
  return (
    value === '' ||
    value === 'module' ||
    value === 'importmap' ||
    value === 'speculationrules' ||
    value === 'webbundle' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script(?:\s*;.*)?$/u.test(value) ||
    /^text\/(?:jscript|livescript|javascript1\.[0-5])$/u.test(value)
  );
}

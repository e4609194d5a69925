/**
 * The single pass over the built output. Each file in dist/ is read once,
 * by the parser a browser would use for its type (parse5 for HTML — the
 * WHATWG algorithm, so <template>, <noscript>, <pre>, raw-text elements and
 * foreign SVG content come out as in Chromium; htmlparser2 in XML mode for
 * SVG, XHTML and feeds; css-tree for CSS), and yields every URL it holds
 * with how it is used (src/build/urlAttributes.ts, the one table) plus the
 * ids a #fragment may target. The link check (linkCheck.ts) and the
 * off-site resource check (externalResources.ts) both judge this output.
 *
 * Nested documents are read too: iframe srcdoc, and data: URLs holding
 * HTML, SVG, XML or CSS (to a fixed depth; deeper nesting is refused).
 */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import parseDataURL from 'data-urls';
import { Parser as XmlParser } from 'htmlparser2';
import { html, parse as parseHtml, type DefaultTreeAdapterTypes as T } from 'parse5';
import { cssReferences, type CssContext } from './css.ts';
import {
  ANIMATION_ELEMENTS,
  ANIMATION_VALUE_ATTRIBUTES,
  attributeRule,
  hrefUse,
  isExecutableScriptType,
  refreshUrl,
  srcsetUrls,
  type UrlUse,
} from './urlAttributes.ts';

/** How a reference is used, plus 'code' (inline script, event handler, javascript: URL) and 'unreadable'. */
export type ReferenceUse = UrlUse | 'code' | 'unreadable';

export interface Reference {
  /** The URL as written (for 'code': a short excerpt; for 'unreadable': why). */
  url: string;
  /** What holds it, e.g. "<img src>", "<svg image href>", "<style> background-image", "<iframe srcdoc> › <img src>". */
  via: string;
  use: ReferenceUse;
  /** URL to resolve against; undefined = the document's base (page URL or its <base href>). */
  base?: string;
  /** True inside srcdoc or data: documents (not checked as site links). */
  nested?: boolean;
}

export interface DocumentScan {
  references: Reference[];
  /** ids (and a[name]) a #fragment can point to. */
  anchors: Set<string>;
}

const MAX_NESTING = 3;
const XLINK = 'http://www.w3.org/1999/xlink';

class Collector {
  readonly references: Reference[] = [];
  readonly anchors = new Set<string>();
  private readonly prefix: string;
  private readonly depth: number;
  private readonly nestedBase: string | undefined;
  constructor(prefix: string, depth: number, nestedBase: string | undefined) {
    this.prefix = prefix;
    this.depth = depth;
    this.nestedBase = nestedBase;
  }

  private push(reference: Reference) {
    this.references.push({
      ...reference,
      via: this.prefix + reference.via,
      ...(this.depth > 0 ? { nested: true } : {}),
      ...(reference.base === undefined && this.nestedBase !== undefined ? { base: this.nestedBase } : {}),
    });
  }

  /** A URL-valued attribute or property. Schemes that run code or hold documents are followed up here. */
  url(raw: string, via: string, use: UrlUse) {
    // As the WHATWG URL parser does first: strip leading and trailing C0 controls and
    // spaces ("\x01javascript:" runs script on click) and every tab and newline ("java\nscript:").
    const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
    if (url === '') return;
    const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') {
      this.code(via, url);
      return;
    }
    this.push({ url, via, use });
    if (scheme === 'data') this.dataDocument(url, via);
  }

  code(via: string, excerpt: string) {
    const short = excerpt.replace(/\s+/gu, ' ').trim();
    this.push({ url: short.length > 80 ? `${short.slice(0, 77)}…` : short, via, use: 'code' });
  }

  unreadable(via: string, why: string) {
    this.push({ url: why, via, use: 'unreadable' });
  }

  css(text: string, via: string, context: CssContext) {
    for (const item of cssReferences(text, context)) {
      if (item.unreadable) this.unreadable(`${via} ${item.via}`, item.url);
      else this.url(item.url, `${via} ${item.via}`, 'load');
    }
  }

  /** A document inside a document (srcdoc, data:). */
  nested(kind: 'html' | 'xml' | 'css', text: string, via: string, base: string | undefined) {
    if (this.depth >= MAX_NESTING) {
      this.unreadable(via, `nested more than ${MAX_NESTING} levels deep`);
      return;
    }
    const inner = new Collector(`${this.prefix}${via} › `, this.depth + 1, base ?? this.nestedBase);
    if (kind === 'html') readHtml(text, inner);
    else if (kind === 'xml') readXml(text, inner);
    else inner.css(text, 'CSS', 'stylesheet');
    this.references.push(...inner.references);
  }

  private dataDocument(url: string, via: string) {
    const parsed = decodeDataUrl(url);
    if (!parsed) return;
    const kind = documentKind(parsed.mime);
    if (!kind) return;
    // Read as UTF-8 only what the browser reads as UTF-8 (a document declaring utf-16le would hide its markup).
    const encoding = parsed.encoding ?? declaredEncoding(kind === 'html' ? 'html' : kind === 'css' ? 'css' : 'xml', parsed.text);
    if (encoding !== undefined) {
      this.unreadable(`${via} data:${parsed.mime}`, `declares ${encoding}; only UTF-8 is read the same by every browser`);
      return;
    }
    // A data: document has an opaque origin: relative URLs in it resolve nowhere.
    this.nested(kind, parsed.text, `${via} data:${parsed.mime}`, 'about:blank');
  }
}

function documentKind(mime: string): 'html' | 'xml' | 'css' | undefined {
  if (mime === 'text/html') return 'html';
  if (mime === 'text/css') return 'css';
  if (/^(?:image\/svg\+xml|application\/xhtml\+xml|text\/xml|application\/xml|application\/rss\+xml|application\/atom\+xml)$/u.test(mime)) return 'xml';
  return undefined;
}

/**
 * A data: URL's type and text, by the WHATWG fetch spec's processor (what
 * browsers do: percent-decoding, forgiving base64, MIME parsing): the
 * data-urls package. undefined when a browser would not load it either.
 * `encoding` is set when a browser would decode the bytes other than as
 * UTF-8 (a declared charset, a UTF-16 byte-order mark, or bytes that are not
 * UTF-8): the scan cannot read such a document as the browser would.
 */
export function decodeDataUrl(url: string): { mime: string; text: string; encoding?: string } | undefined {
  const parsed = parseDataURL(url);
  if (!parsed) return undefined;
  const raw = parsed.body;
  const mime = parsed.mimeType.essence;
  const charset = parsed.mimeType.parameters.get('charset')?.toLowerCase();
  // A browser decodes by a byte-order mark, or by the declared charset, before anything else.
  const bom = raw[0] === 0xfe && raw[1] === 0xff ? 'utf-16be' : raw[0] === 0xff && raw[1] === 0xfe ? 'utf-16le' : undefined;
  const encoding = bom ?? (charset && !/^(?:utf-?8|us-ascii|ascii)$/u.test(charset) ? charset : undefined);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { mime, text: '', encoding: encoding ?? 'not valid UTF-8' };
  }
  return { mime, text, ...(encoding ? { encoding } : {}) };
}

// ---------------------------------------------------------------- elements

interface ElementView {
  /** Local name, lower case. */
  tag: string;
  svg: boolean;
  /** [qualified name as written, local name lower case, value]. */
  attributes: Array<[string, string, string]>;
  get(local: string): string | undefined;
}

function label(element: ElementView, attribute?: string): string {
  const tag = element.svg && element.tag !== 'svg' ? `svg ${element.tag}` : element.tag;
  return attribute ? `<${tag} ${attribute}>` : `<${tag}>`;
}

/**
 * Recorded among a page's anchors when it marks itself `data-hash-router`:
 * its #/… fragments are client-side routes, not ids. Only the browser editor
 * (/admin/) does, whose entries 「このページを編集」 opens at #/collections/….
 */
export const HASH_ROUTER = '\u0000hash-router';

/** Everything one element (HTML, SVG or XML) loads, sends, runs or names. */
function visitElement(element: ElementView, out: Collector, xml: boolean) {
  const { tag } = element;
  for (const [name, local, value] of element.attributes) {
    if (local === 'id') out.anchors.add(value);
    if (local === 'data-hash-router') out.anchors.add(HASH_ROUTER);
    if (local === 'name' && tag === 'a') out.anchors.add(value);
    if (/^on[a-z]/u.test(local)) {
      out.code(label(element, name), value);
      continue;
    }
    if (local === 'style') {
      out.css(value, label(element, 'style'), 'declarationList');
      continue;
    }
    if (tag === 'script' && (local === 'src' || local === 'href') && isExecutableScriptType(element.get('type')) && !isFetchedScript(value)) {
      // data:, blob:, javascript:… — script that comes with the page rather than from a file the check can place.
      out.code(label(element, name), value);
      continue;
    }
    if (local === 'xml:base' || name === 'xml:base') {
      out.url(value, label(element, name), 'base');
      continue;
    }
    const rule = attributeRule(tag, local);
    if (rule) {
      const use = local === 'href' ? hrefUse(tag, element.get('rel'), xml) : rule.use;
      if (use === 'document') out.nested('html', value, label(element, name), undefined);
      else if (rule.list === 'srcset') for (const url of srcsetUrls(value)) out.url(url, label(element, name), use);
      else if (rule.list === 'spaces') for (const url of value.split(/\s+/u)) out.url(url, label(element, name), use);
      else out.url(value, label(element, name), use);
      continue;
    }
    // SVG presentation attributes (fill, mask, filter, clip-path, marker-*, cursor…) take CSS url().
    if ((element.svg || xml) && value.includes('(')) out.css(value, label(element, name), 'value');
  }
  if (ANIMATION_ELEMENTS.has(tag)) {
    const target = (element.get('attributename') ?? '').toLowerCase().replace(/^.*:/u, '');
    if (target === 'href' || target === 'src') {
      for (const attribute of ANIMATION_VALUE_ATTRIBUTES) {
        for (const url of (element.get(attribute) ?? '').split(';')) out.url(url, label(element, `${attribute} (${target})`), 'load');
      }
    }
  }
  if (tag === 'meta') {
    const equiv = (element.get('http-equiv') ?? '').toLowerCase();
    const content = element.get('content') ?? '';
    if (equiv === 'refresh') out.url(refreshUrl(content), '<meta http-equiv=refresh>', 'refresh');
    const name = (element.get('name') ?? '').toLowerCase();
    // Old Edge/IE fetch these when a page is pinned.
    if (name.startsWith('msapplication-') && /[/.]/u.test(content)) out.url(content, `<meta name=${name}>`, 'load');
  }
}

/** A script URL the browser fetches over HTTP(S) (relative or absolute), which the off-site and file checks place. */
function isFetchedScript(value: string): boolean {
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
  const scheme = /^([a-z][a-z\d+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

function scriptText(element: ElementView, text: string, out: Collector) {
  if (element.get('src') === undefined && text.trim() !== '' && isExecutableScriptType(element.get('type'))) {
    out.code(label(element), text);
  }
}

// ---------------------------------------------------------------- HTML

function htmlView(node: T.Element): ElementView {
  const attributes: Array<[string, string, string]> = node.attrs.map((attribute) => {
    const qualified = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const local = attribute.namespace === XLINK ? attribute.name : qualified.toLowerCase();
    return [qualified, local, attribute.value];
  });
  return {
    tag: node.tagName.toLowerCase(),
    svg: node.namespaceURI === html.NS.SVG,
    attributes,
    get: (local) => attributes.find(([, name]) => name === local)?.[2],
  };
}

function textOf(node: T.Element): string {
  return node.childNodes.map((child) => (child.nodeName === '#text' ? (child as T.TextNode).value : '')).join('');
}

function walkHtml(node: T.ParentNode, out: Collector) {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const view = htmlView(child);
    visitElement(view, out, false);
    if (view.tag === 'style') out.css(textOf(child), label(view), 'stylesheet');
    if (view.tag === 'script') scriptText(view, textOf(child), out);
    if (view.tag === 'template') walkHtml((child as T.Template).content, out);
    walkHtml(child, out);
  }
}

function readHtml(html: string, out: Collector) {
  walkHtml(parseHtml(html), out);
  // With scripting on, <noscript> holds raw text; with it off, markup. The two
  // readings can disagree about where a tag ends, so read both.
  if (/<noscript/iu.test(html)) {
    const second = new Collector('', 0, undefined);
    walkHtml(parseHtml(html, { scriptingEnabled: false }), second);
    const seen = new Set(out.references.map((item) => `${item.via}\u0000${item.url}`));
    out.references.push(...second.references.filter((item) => !seen.has(`${item.via}\u0000${item.url}`)));
  }
}

// ---------------------------------------------------------------- XML (SVG, XHTML, feeds)

/** Feed elements whose text is HTML a feed reader renders. */
const FEED_HTML = new Set(['description', 'content:encoded', 'content', 'summary', 'subtitle']);
/** Feed elements whose text is a URL a reader fetches (RSS <image><url>, Atom <icon>/<logo>). */
const FEED_URL = new Set(['url', 'icon', 'logo']);

function readXml(xml: string, out: Collector) {
  if (/<!ENTITY/iu.test(xml)) {
    // Entities can assemble a URL the scan would not see; browsers expand internal ones.
    out.unreadable('<!ENTITY>', 'XML entity declarations are not allowed');
  }
  const open: Array<{ view: ElementView; text: string }> = [];
  const parser = new XmlParser(
    {
      onopentag(name, attribs) {
        const attributes = Object.entries(attribs).map(([qualified, value]): [string, string, string] => [
          qualified,
          qualified.toLowerCase().replace(/^[^:]*:(href|src)$/u, '$1'),
          value,
        ]);
        const view: ElementView = {
          tag: name.toLowerCase().replace(/^svg:/u, ''),
          svg: false, // labels read "<image href>"; XML elements are all checked for url() below
          attributes,
          get: (local) => attributes.find(([, attribute]) => attribute === local)?.[2],
        };
        visitElement(view, out, true);
        open.push({ view, text: '' });
      },
      ontext(text) {
        const top = open.at(-1);
        if (top) top.text += text;
      },
      onclosetag() {
        const top = open.pop();
        if (!top) return;
        const { view, text } = top;
        if (view.tag === 'style') out.css(text, label(view), 'stylesheet');
        else if (view.tag === 'script') scriptText(view, text, out);
        else if (FEED_HTML.has(view.tag) && /[<&]/u.test(text)) out.nested('html', text, `<${view.tag}>`, undefined);
        else if (FEED_URL.has(view.tag)) out.url(text, `<${view.tag}>`, 'load');
      },
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() !== '?xml-stylesheet') return;
        const href = /\bhref\s*=\s*(["'])(.*?)\1/su.exec(data)?.[2];
        if (href) out.url(href.replace(/&amp;/gu, '&'), '<?xml-stylesheet href>', 'load');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

// ---------------------------------------------------------------- files

/** How each file type in the output is read. An extension not listed fails the build. */
export type FileKind = 'html' | 'xml' | 'css' | 'json' | 'script' | 'opaque';

export const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'xml',
  svg: 'xml',
  xml: 'xml',
  xsl: 'xml',
  rss: 'xml',
  atom: 'xml',
  css: 'css',
  json: 'json',
  webmanifest: 'json',
  // Scripts are engine output (Astro bundles, Pagefind); only allowed in those folders (see scanFile).
  js: 'script',
  mjs: 'script',
  // Read by no browser as a document: text, images, fonts, media, PDF, search index.
  txt: 'opaque',
  vtt: 'opaque',
  png: 'opaque',
  jpg: 'opaque',
  jpeg: 'opaque',
  gif: 'opaque',
  webp: 'opaque',
  avif: 'opaque',
  ico: 'opaque',
  bmp: 'opaque',
  woff: 'opaque',
  woff2: 'opaque',
  ttf: 'opaque',
  otf: 'opaque',
  eot: 'opaque',
  mp3: 'opaque',
  mp4: 'opaque',
  m4a: 'opaque',
  webm: 'opaque',
  ogg: 'opaque',
  pdf: 'opaque',
  wasm: 'opaque',
  pagefind: 'opaque',
  pf_meta: 'opaque',
  pf_index: 'opaque',
  pf_fragment: 'opaque',
  pf_filter: 'opaque',
};

/** Compressed copies are read as what they decompress to (nginx serves x.html.gz for x.html). */
const COMPRESSED: Record<string, (data: Buffer) => Buffer> = { gz: gunzipSync, br: brotliDecompressSync };

export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export interface FileScan extends DocumentScan {
  kind: FileKind | 'unknown';
}

export interface ScanOptions {
  /** Folders (relative to dist, ending in "/") where engine scripts may live, e.g. "_astro/", "pagefind/". */
  scriptFolders: readonly string[];
}

/** Read one built file. `file` is relative to the output folder; `data` its bytes. */
export function scanFile(file: string, data: Buffer, options: ScanOptions): FileScan {
  let name = file;
  let bytes = data;
  let extension = extensionOf(name);
  const decompress = COMPRESSED[extension];
  if (decompress) {
    name = name.slice(0, -(extension.length + 1));
    extension = extensionOf(name);
    try {
      bytes = decompress(bytes);
    } catch {
      return only('unknown', { url: 'cannot be decompressed', via: file, use: 'unreadable' });
    }
  }
  const kind = FILE_KINDS[extension];
  if (!kind) return only('unknown', { url: extension === '' ? '(no extension)' : `.${extension}`, via: file, use: 'unreadable' });
  if (kind === 'opaque') return only(kind);
  if (kind === 'script') {
    if (options.scriptFolders.some((folder) => name.startsWith(folder))) return only(kind);
    return only(kind, { url: name, via: 'script file', use: 'code' });
  }
  let text: string;
  try {
    // A page the browser would decode differently (UTF-16, a legacy charset) could hide markup from this scan.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return only(kind, { url: 'not valid UTF-8', via: file, use: 'unreadable' });
  }
  const encoding = declaredEncoding(kind, text);
  if (encoding !== undefined) return only(kind, { url: `declares ${encoding}; only UTF-8 is read the same by every browser`, via: file, use: 'unreadable' });
  return { kind, ...scanText(kind, text) };
}

/**
 * A non-UTF-8 encoding the document declares, or ESC (ISO-2022-JP switches
 * on it: bytes valid as UTF-8 would read as other characters). nginx labels
 * HTML as UTF-8, but not SVG or CSS, where the declaration would win.
 */
function declaredEncoding(kind: FileKind, text: string): string | undefined {
  if (text.includes('\u001b')) return 'ESC (ISO-2022)';
  const head = text.slice(0, 2048);
  const declared =
    kind === 'xml'
      ? /^\uFEFF?\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)/iu.exec(head)?.[1]
      : kind === 'css'
        ? /^\uFEFF?@charset\s+["']([^"']+)/iu.exec(head)?.[1]
        : kind === 'html'
          ? /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1]
          : undefined;
  return declared && !/^utf-?8$/iu.test(declared.trim()) ? declared : undefined;
}

function only(kind: FileScan['kind'], reference?: Reference): FileScan {
  return { kind, references: reference ? [reference] : [], anchors: new Set() };
}

/** Read a document's text by kind. */
export function scanText(kind: 'html' | 'xml' | 'css' | 'json', text: string): DocumentScan {
  const out = new Collector('', 0, undefined);
  if (kind === 'html') readHtml(text, out);
  else if (kind === 'xml') readXml(text, out);
  else if (kind === 'css') out.css(text, 'CSS', 'stylesheet');
  else readJson(text, out);
  return { references: out.references, anchors: out.anchors };
}

/** Web app manifests and other JSON: every string that is an absolute URL (icons, start_url, shortcuts…). */
function readJson(text: string, out: Collector) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    out.unreadable('JSON', 'not valid JSON');
    return;
  }
  const visit = (item: unknown, path: string) => {
    if (typeof item === 'string') {
      if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/iu.test(item.trim()) && !/^(?:mailto|tel):/iu.test(item.trim())) out.url(item, `JSON ${path || '(root)'}`, 'load');
    } else if (Array.isArray(item)) item.forEach((entry, index) => visit(entry, `${path}[${index}]`));
    else if (item && typeof item === 'object') for (const [key, entry] of Object.entries(item)) visit(entry, path ? `${path}.${key}` : key);
  };
  visit(value, '');
}

/**
 * What a body may not put in HTML, judged the way a browser reads it:
 * elements are found by parse5 (the WHATWG HTML parser, as in Chromium), so
 * every tag of a block counts, not only the first, and `<img/onerror=…>`
 * or an upper-case `ONLOAD` is an attribute like any other; URL values are
 * read by the WHATWG URL parser (the built-in URL), which strips leading
 * control characters and spaces and every tab and newline before the scheme,
 * exactly as the browser does before running `\x01javascript:…`.
 *
 * One definition for .mdx components and HTML elements (bodyReferences.ts,
 * which walks the MDX tree) and for raw HTML in .md files (parsed here).
 */
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { MAX_NESTING } from './mdxSource.ts';

/** HTML elements a body may not contain: they run code, load other pages or take input. */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'link', 'meta', 'base', 'template', 'slot', 'portal', 'fencedframe', 'noscript',
  'noembed', 'noframes', 'isindex', 'keygen', 'bgsound',
]);

/** Attributes whose value the browser fetches, sends to or navigates to. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'codebase',
  'lowsrc', 'dynsrc', 'ping', 'cite', 'manifest', 'icon', 'longdesc', 'usemap', 'imagesrcset', 'srcdoc',
]);

/** Schemes that run code or carry a whole document of their own. */
const CODE_SCHEMES = new Set(['javascript:', 'vbscript:', 'livescript:', 'data:', 'blob:', 'filesystem:']);

/** The scheme a browser reads in a URL value ("javascript:"), or undefined for a relative URL. */
function urlScheme(value: string): string | undefined {
  try {
    return new URL(value).protocol.toLowerCase();
  } catch {
    // Not an absolute URL; but a leading "java\tscript:" still fails above only when the rest is broken:
    // take the scheme the way the URL parser would before it gives up.
    const stripped = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
    return /^([a-z][a-z\d+.-]*:)/iu.exec(stripped)?.[1]?.toLowerCase();
  }
}

type AttributeProblem = 'handler' | 'code-url';

/**
 * Why an attribute may not be written, or undefined. Any `on…` attribute is
 * an event handler (onclick, onerror, onmouseover, onanimationstart, onClick,
 * ONLOAD…); a URL attribute may not hold a scheme that runs code, and no
 * attribute may hold a javascript: URL (a component may pass it on).
 */
export function attributeProblem(name: string, value: string): AttributeProblem | undefined {
  const key = name.toLowerCase();
  if (/^on/u.test(key)) return 'handler';
  const scheme = urlScheme(value);
  if (scheme === undefined) {
    // srcset and ping hold several URLs.
    if (key === 'srcset' || key === 'imagesrcset' || key === 'ping') {
      const parts = value.split(/[\s,]+/u).filter(Boolean);
      if (parts.some((part) => CODE_SCHEMES.has(urlScheme(part) ?? ''))) return 'code-url';
    }
    return undefined;
  }
  if (scheme === 'javascript:' || scheme === 'vbscript:' || scheme === 'livescript:') return 'code-url';
  if (URL_ATTRIBUTES.has(key) && CODE_SCHEMES.has(scheme)) return 'code-url';
  return undefined;
}

interface HtmlProblem {
  /** 1-based line within the HTML given. */
  line: number;
  /** Offset of the element's start tag within the HTML given. */
  offset?: number;
  /** Lower-case element name. */
  tag: string;
  /** The attribute as written, when the problem is an attribute. */
  attribute?: string;
  /** The element is nested deeper than MAX_NESTING. */
  tooDeep?: boolean;
}

/**
 * Every forbidden element and attribute in a piece of HTML (a block or an
 * inline tag of a Markdown file), and the first element nested deeper than
 * MAX_NESTING as the HTML parser builds the tree (an unclosed <p> is
 * closed by the next, as in the browser). Walked without recursion: a body
 * may nest elements thousands deep.
 */
export function htmlProblems(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  let tooDeep = false;
  const stack: Array<[T.ParentNode, number]> = [[parseFragment(html, { sourceCodeLocationInfo: true }), 0]];
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!;
    for (let index = parent.childNodes.length - 1; index >= 0; index -= 1) {
      const node = parent.childNodes[index]!;
      if (!('tagName' in node)) continue;
      const tag = node.tagName.toLowerCase();
      const line = node.sourceCodeLocation?.startLine ?? 1;
      const offset = node.sourceCodeLocation?.startOffset ?? 0;
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push({ line, offset, tag });
      for (const attribute of node.attrs) {
        const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
        if (attributeProblem(name, attribute.value)) problems.push({ line, offset, tag, attribute: name });
      }
      if (depth + 1 > MAX_NESTING && !tooDeep) {
        tooDeep = true;
        problems.push({ line, offset, tag, tooDeep: true });
      }
      if (tag === 'template') stack.push([(node as T.Template).content, depth + 1]);
      stack.push([node, depth + 1]);
    }
  }
  return problems.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
}

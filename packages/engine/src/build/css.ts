/**
 * What a stylesheet, a style attribute or an SVG presentation attribute
 * makes the browser fetch, read with css-tree. css-tree's tokenizer does not
 * treat an escaped name such as `\75rl(` as url() (the CSS Syntax spec
 * does), so function names are decoded here and unparsed (Raw) values are
 * re-tokenized: a hostile stylesheet cannot hide a URL behind an escape.
 */
import * as csstree from 'css-tree';

export interface CssReference {
  url: string;
  /** The property or at-rule that loads it, e.g. "background-image", "@import". */
  via: string;
  /** True when the URL cannot be known without running the cascade (var() or attr() inside a URL-taking function). */
  unreadable?: boolean;
}

/**
 * Functions that substitute a value from elsewhere: inside a URL-taking
 * function they would fetch whatever a custom property (`--u: "https://…"`)
 * or an attribute holds, which a static scan cannot resolve.
 */
const SUBSTITUTIONS = new Set(['var', 'attr', 'env', 'if', 'inherit']);

/** Functions whose bare string arguments are URLs (image-set("a.png" 1x), src("f.woff2")). */
const STRING_URL_FUNCTIONS = new Set(['image-set', '-webkit-image-set', 'src', 'image', 'cross-fade', '-webkit-cross-fade']);

export type CssContext = 'stylesheet' | 'declarationList' | 'value';

export function cssReferences(css: string, context: CssContext = 'stylesheet'): CssReference[] {
  const found: CssReference[] = [];
  let ast: csstree.CssNode;
  try {
    ast = csstree.parse(css, { context, parseValue: true, parseAtrulePrelude: true, parseCustomProperty: true });
  } catch {
    // css-tree recovers from almost everything; if it gives up, read tokens.
    return rawUrls(css).map((url) => ({ url, via: 'CSS' }));
  }
  csstree.walk(ast, function enter(this: csstree.WalkContext, node: csstree.CssNode) {
    if (this.atrule?.name.toLowerCase() === 'namespace') return; // a namespace name, never fetched
    const via = this.declaration ? this.declaration.property : this.atrule ? `@${this.atrule.name}` : 'CSS';
    if (node.type === 'Url') found.push({ url: node.value, via });
    else if (node.type === 'String' && this.atrule?.name.toLowerCase() === 'import' && this.atrulePrelude && !this.function) {
      found.push({ url: node.value, via: '@import' });
    } else if (node.type === 'Function') {
      const name = csstree.ident.decode(node.name).toLowerCase();
      if (name === 'url') {
        // Only reached for an escaped name (`\75rl(`); css-tree reads plain url( as a Url node.
        const first = node.children.first;
        found.push({ url: first?.type === 'String' ? first.value : csstree.generate(node).replace(/^[^(]*\(|\)$/gu, '').trim(), via });
      } else if (STRING_URL_FUNCTIONS.has(name)) {
        node.children.forEach((child) => {
          if (child.type === 'String') found.push({ url: child.value, via });
        });
      }
      if (name === 'url' || STRING_URL_FUNCTIONS.has(name)) {
        const inner = substitutionIn(node);
        if (inner) found.push({ url: `${inner}() inside ${name}()`, via, unreadable: true });
      }
    } else if (node.type === 'Raw') {
      for (const url of rawUrls(node.value)) found.push(url.startsWith(SUBSTITUTED) ? { url: url.slice(SUBSTITUTED.length), via, unreadable: true } : { url, via });
    }
  });
  return found;
}

/** The first var()/attr()… anywhere inside a function node, by decoded name. */
function substitutionIn(fn: csstree.FunctionNode): string | undefined {
  let found: string | undefined;
  csstree.walk(fn, (node) => {
    if (found === undefined && node !== fn && node.type === 'Function') {
      const name = csstree.ident.decode(node.name).toLowerCase();
      if (SUBSTITUTIONS.has(name)) found = name;
    }
  });
  return found;
}

/** Marks a rawUrls() result that is a substitution, not a URL. */
const SUBSTITUTED = '\u0000';

/** url(...) and string-taking functions in text css-tree left unparsed. */
function rawUrls(text: string): string[] {
  const urls: string[] = [];
  let open: { name: string; start: number } | undefined;
  let depth = 0;
  csstree.tokenize(text, (type, start, end) => {
    if (open) {
      if (type === csstree.tokenTypes.Function || type === csstree.tokenTypes.LeftParenthesis) depth += 1;
      if (type === csstree.tokenTypes.Function) {
        const inner = csstree.ident.decode(text.slice(start, end - 1)).toLowerCase();
        if (SUBSTITUTIONS.has(inner)) urls.push(`${SUBSTITUTED}${inner}() inside ${open.name}()`);
      }
      if (type === csstree.tokenTypes.String && STRING_URL_FUNCTIONS.has(open.name)) urls.push(csstree.string.decode(text.slice(start, end)));
      if (type === csstree.tokenTypes.RightParenthesis && --depth === 0) {
        if (open.name === 'url') urls.push(unquote(text.slice(open.start, start).trim()));
        open = undefined;
      }
      return;
    }
    if (type === csstree.tokenTypes.Url) urls.push(csstree.url.decode(text.slice(start, end)));
    if (type === csstree.tokenTypes.Function) {
      const name = csstree.ident.decode(text.slice(start, end - 1)).toLowerCase();
      if (name === 'url' || STRING_URL_FUNCTIONS.has(name)) {
        open = { name, start: end };
        depth = 1;
      }
    }
  });
  return urls;
}

function unquote(value: string): string {
  return /^(["']).*\1$/su.test(value) ? csstree.string.decode(value) : value;
}

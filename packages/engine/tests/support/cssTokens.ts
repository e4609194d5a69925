/**
 * Reads the colour tokens of src/styles/tokens.css for each colour scheme:
 * the light values from `:root`, the dark ones from `:root` inside
 * `@media (prefers-color-scheme: dark)` layered over the light ones.
 * Hand-written rather than a CSS parser dependency because the file's shape is
 * ours and tiny; an unexpected shape throws instead of guessing.
 */

export type Scheme = 'light' | 'dark';
export type TokenSet = Record<string, string>;

const DECLARATION = /(--[\w-]+)\s*:\s*([^;]+);/gu;

function declarations(block: string): TokenSet {
  const tokens: TokenSet = {};
  for (const match of block.matchAll(DECLARATION)) {
    tokens[match[1] as string] = (match[2] as string).replace(/\s+/gu, ' ').trim();
  }
  return tokens;
}

/** Text between the brace that opens at `open` and its matching close. */
function braceBody(css: string, open: number): string {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    else if (css[i] === '}') {
      depth -= 1;
      if (depth === 0) return css.slice(open + 1, i);
    }
  }
  throw new Error('tokens.css: unbalanced braces');
}

export function parseTokens(cssText: string): Record<Scheme, TokenSet> {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//gu, '');
  const darkAt = css.search(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/u);
  const lightAt = css.search(/(^|\})\s*:root\s*\{/u);
  if (lightAt < 0) throw new Error('tokens.css: no top-level :root block');
  const light = declarations(braceBody(css, css.indexOf('{', lightAt + 1)));
  if (darkAt < 0) return { light, dark: { ...light } };
  const media = braceBody(css, css.indexOf('{', darkAt));
  const rootAt = media.search(/:root\s*\{/u);
  if (rootAt < 0) throw new Error('tokens.css: the dark media block has no :root');
  const dark = { ...light, ...declarations(braceBody(media, media.indexOf('{', rootAt))) };
  return { light, dark };
}

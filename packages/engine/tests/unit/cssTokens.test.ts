import { describe, expect, it } from 'vitest';
import { parseTokens } from '../support/cssTokens.ts';

describe('parseTokens', () => {
  it('reads :root, layers the dark media block over it, and ignores comments', () => {
    const css = `/* :root { --color-bg: #000; } */
:root { --color-bg: #fff; --color-text: #111; /* note */ --font: 'A', 'B'; }
@media (prefers-color-scheme: dark) { :root { --color-bg: #000; } }`;
    const { light, dark } = parseTokens(css);
    expect(light).toEqual({ '--color-bg': '#fff', '--color-text': '#111', '--font': "'A', 'B'" });
    expect(dark).toEqual({ '--color-bg': '#000', '--color-text': '#111', '--font': "'A', 'B'" });
  });

  it('uses the light values for dark when there is no dark block', () => {
    expect(parseTokens(':root { --a: 1; }').dark).toEqual({ '--a': '1' });
  });

  it('fails loudly on an unexpected shape', () => {
    expect(() => parseTokens('body { color: red; }')).toThrow(/no top-level :root/u);
    expect(() => parseTokens(':root { --a: 1;')).toThrow(/unbalanced/u);
  });
});

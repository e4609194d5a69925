/**
 * The design tokens, read from src/styles/tokens.css, meet AA in both colour
 * schemes: every text/background pair the components use (4.5:1; none of the
 * site's text is large enough in Japanese terms to need less), and every
 * colour that identifies a control or shows focus (3:1, WCAG 2.1 SC 1.4.11).
 * axe-core checks rendered text; this also covers states and non-text colours.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../support/contrast.ts';
import { parseTokens, type Scheme } from '../support/cssTokens.ts';

const tokens = parseTokens(readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8'));

/** [foreground, background, where it is used]. */
const TEXT_PAIRS: Array<[string, string, string]> = [
  ['text', 'bg', 'body text'],
  ['text', 'surface', 'header, footer, badges, table headers'],
  ['muted', 'bg', 'dates, leads'],
  ['muted', 'surface', 'footer notes, header organisation name'],
  ['link', 'bg', 'links'],
  ['link', 'surface', 'footer links'],
  ['link-visited', 'bg', 'visited links'],
  ['link-visited', 'surface', 'visited footer links'],
  ['accent', 'bg', 'principle numbers'],
  ['bg', 'accent', 'buttons, skip link, current navigation item'],
  ['text', 'accent-soft', 'accent badges, navigation hover'],
  ['warning-text', 'warning-bg', 'draft badge'],
];

const NON_TEXT_PAIRS: Array<[string, string, string]> = [
  ['focus', 'bg', 'focus ring on the page'],
  ['focus', 'surface', 'focus ring in header and footer'],
  ['control-border', 'bg', 'input and button borders'],
  ['control-border', 'surface', 'input and button borders in the header'],
  ['accent', 'bg', 'filled buttons against the page'],
  ['accent', 'surface', 'current navigation item against the header'],
];

describe.each(['light', 'dark'] as Scheme[])('design tokens in the %s scheme', (scheme) => {
  const color = (name: string) => {
    const value = tokens[scheme][`--color-${name}`];
    if (!value) throw new Error(`tokens.css has no --color-${name} (${scheme})`);
    return value;
  };

  it.each(TEXT_PAIRS)('text %s on %s (%s) is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(color(fg), color(bg))).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(NON_TEXT_PAIRS)('%s against %s (%s) is at least 3:1', (fg, bg) => {
    expect(contrastRatio(color(fg), color(bg))).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });
});

describe('reading tokens.css', () => {
  it('finds both schemes and lets dark override light', () => {
    expect(tokens.light['--color-bg']).toBe('#fdfcf9');
    expect(tokens.dark['--color-bg']).toBe('#16181a');
    // Not colour-specific tokens are inherited by the dark scheme.
    expect(tokens.dark['--radius']).toBe(tokens.light['--radius']);
  });
});

/**
 * WCAG 2.x colour contrast, as JIS X 8341-3:2016 (= WCAG 2.0) defines it.
 * Small and exact, so the design tokens can be checked in a unit test without
 * a browser; axe-core checks rendered text, this also covers UI components
 * (borders of controls, the focus ring) that axe does not measure.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Minimum ratios (WCAG 2.1 SC 1.4.3 text, SC 1.4.11 non-text). */
export const AA_TEXT = 4.5;
const AA_LARGE_TEXT = 3;
export const AA_NON_TEXT = 3;

/** Parses #rgb or #rrggbb (the only forms the tokens use). */
export function parseHexColor(value: string): Rgb {
  const hex = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/u.exec(hex);
  const parts = short ? short.slice(1).map((d) => d + d) : long?.slice(1);
  if (!parts) throw new Error(`not a #rgb or #rrggbb colour: ${value}`);
  const [r, g, b] = parts.map((p) => Number.parseInt(p, 16)) as [number, number, number];
  return { r, g, b };
}

/**
 * Parses the colours a browser's getComputedStyle returns (rgb()/rgba(),
 * comma or space separated) and hex. Returns the alpha too so callers can
 * skip transparent backgrounds.
 */
export function parseCssColor(value: string): Rgb & { alpha: number } {
  const v = value.trim().toLowerCase();
  if (v.startsWith('#')) return { ...parseHexColor(v), alpha: 1 };
  if (v === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/u.exec(v);
  if (!m) throw new Error(`unsupported CSS colour: ${value}`);
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { r: Math.round(Number(m[1])), g: Math.round(Number(m[2])), b: Math.round(Number(m[3])), alpha };
}

/** Relative luminance, WCAG 2.x definition (sRGB, 0.03928 threshold as in the spec text). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (c8: number) => {
    const c = c8 / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21; order of arguments does not matter. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(typeof a === 'string' ? parseHexColor(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseHexColor(b) : b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * "Large text" for Japanese. WCAG counts 18pt, or 14pt bold; for Japanese the
 * WAIC guidance on JIS X 8341-3 counts 22pt, or 18pt bold, because kanji need
 * more size to stay legible. 1pt = 4/3 CSS px, so 22pt = 29.33px and
 * 18pt = 24px. Bold means font-weight 700 or more.
 */
export function isLargeJapaneseText(fontSizePx: number, fontWeight: number): boolean {
  const pt = (fontSizePx * 3) / 4;
  return pt >= 22 || (fontWeight >= 700 && pt >= 18);
}

/** The AA minimum that applies to text of this size and weight (Japanese rule). */
export function requiredTextRatio(fontSizePx: number, fontWeight: number): number {
  return isLargeJapaneseText(fontSizePx, fontWeight) ? AA_LARGE_TEXT : AA_TEXT;
}

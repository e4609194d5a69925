/**
 * Site-internal URLs. Every href goes through `joinBase` so the site works
 * under a sub-path such as /mayor/ as well as at /.
 */

import { normaliseBase } from '../rules/siteConfig.ts';

/** joinBase('/mayor/', '/posts/') → '/mayor/posts/' */
export function joinBase(base: string, path: string): string {
  const root = normaliseBase(base);
  const rest = path.replace(/^\/+/u, '');
  return `${root}${rest}`;
}

/** Percent-encode each path segment (Japanese tag names included). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponentSafe(segment)))
    .join('/');
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Fill a URL template such as "https://forms.example/?title={title}". */
export function fillUrlTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    // Own keys only: "{constructor}" must not find Object.prototype's.
    Object.hasOwn(values, key) ? encodeURIComponent(values[key] ?? '') : whole,
  );
}

/**
 * True when `url`, resolved against `base` (a page URL on the site), loads
 * from an origin other than `siteOrigin`. data:, blob: and the like stay
 * on the machine and are fine (src/build/outputScan.ts reads inside data:).
 */
export function isOffSite(url: string, base: string, siteOrigin: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return false; // not a URL the browser could load either
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:'].includes(resolved.protocol)) return false;
  // file: reaches the reader's own disk or a network share, never the site.
  return resolved.protocol === 'file:' || resolved.origin !== new URL(siteOrigin).origin;
}

/**
 * True while siteUrl is still the placeholder (localhost, 127.0.0.1): the
 * real intranet address is unknown, so pages must not print or state it.
 */
export function isPlaceholderSiteUrl(siteUrl: string | URL): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./u.test(host);
}

/**
 * A page's address as the site may hand it to someone else (a feedback form,
 * paper): the full URL, or only the path while siteUrl is the placeholder, so
 * no localhost address ever leaves the page. Other sites' URLs are kept whole.
 */
export function shareableAddress(url: URL, siteRoot: string | URL = url): string {
  return isPlaceholderSiteUrl(siteRoot) && url.origin === new URL(siteRoot).origin ? url.pathname : url.href;
}

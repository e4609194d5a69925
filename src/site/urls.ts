/**
 * Site-internal URLs. Every href goes through `joinBase` so the site works
 * under a sub-path such as /mayor/ as well as at /.
 */

/** Normalise a base path to "/" or "/sub/path/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

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
    key in values ? encodeURIComponent(values[key] ?? '') : whole,
  );
}

/**
 * True while siteUrl is still the placeholder (localhost, 127.0.0.1): the
 * real intranet address is unknown, so pages must not print or state it.
 */
export function isPlaceholderSiteUrl(siteUrl: string | URL): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./u.test(host);
}

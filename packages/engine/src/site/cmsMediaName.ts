/**
 * The name a photo gets when it is uploaded in the browser editor: safe in
 * any URL and file system, never the name of another post's photo, and
 * keeping what can be kept of the original. Decap files uploads beside the
 * post, and every post of a year shares that folder: two `IMG_2041.JPG` of
 * two posts were one file. So the name starts with the post's own name
 * (or, for a post not saved yet, the moment of upload in the site's time
 * zone) and ends with a short stamp; the ASCII words of the original name
 * stay in between. Japanese names (`説明会.jpg`) and spaces
 * (`会議の様子 (1).jpg`) are accepted: they become `…-photo-….jpg`.
 */
const EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg']);

export function safeMediaName(original: string, postName: string | undefined, now: Date, timeZone: string): string {
  const dot = original.lastIndexOf('.');
  const rawExtension = dot > 0 ? original.slice(dot + 1).normalize('NFKC').toLowerCase() : '';
  const extension = rawExtension === 'jpeg' ? 'jpg' : EXTENSIONS.has(rawExtension) ? rawExtension : 'jpg';
  const stem = dot > 0 ? original.slice(0, dot) : original;
  const words = (stem.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/gu) ?? []).slice(0, 6).join('-') || 'photo';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const prefix = postName && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(postName) ? postName : `${part('year')}-${part('month')}-${part('day')}`;
  // Seconds and milliseconds of the upload: two uploads of one name never meet.
  const stamp = `${part('hour')}${part('minute')}${part('second')}${String(now.getUTCMilliseconds()).padStart(3, '0')}`;
  return `${prefix}-${words}-${stamp}.${extension}`;
}

/** The post being edited, from the editor's address (#/collections/posts/entries/<year>/<name>). */
export function postNameFromHash(hash: string): string | undefined {
  return /^#\/collections\/posts\/entries\/(?:[^/]+\/)*([a-z0-9-]+)$/u.exec(hash)?.[1];
}

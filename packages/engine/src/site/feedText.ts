/**
 * Text for the parts of a feed that readers render as HTML. RSS 2.0's
 * <description> (and the channel's) is HTML: @astrojs/rss escapes it once for
 * XML, and the reader unescapes it and renders what is left. A summary that
 * reads as HTML (「<img src=…>」) would be markup there, loading or running
 * whatever it says. Escaped once more here, it is shown as the editor typed it,
 * as on the page. Titles and categories are plain text in RSS and are left to
 * the library's XML escaping.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function feedHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char]!);
}

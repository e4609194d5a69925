/**
 * The rules for an image in a body, as one definition: the build's body check
 * (bodyReferences.ts, on the MDX parser's images) and the browser editor's
 * pre-save check (src/site/cmsCheck.ts, on the Markdown images its blocks
 * write) report the same problems in the same words. No parser here, so the
 * editor can load it.
 */
import type { IssueCode } from './issues.ts';

const isExternalUrl = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(url);

/** A local path with a "?" or "#" part: Vite reads ?raw, ?url, ?inline… as instructions (?raw prints the file's text into the build log). */
export const hasQueryOrFragment = (url: string) => !url.startsWith('/') && !isExternalUrl(url) && /[?#]/u.test(url);

/** Problems of one image reference, without the file checks (the caller knows the files). */
export function imageProblems(image: { url: string; alt: string }): Array<{ code: IssueCode; ja: string; en: string }> {
  const problems: Array<{ code: IssueCode; ja: string; en: string }> = [];
  if (image.alt.trim() === '') {
    problems.push({
      code: 'body.image-alt-missing',
      ja: `画像「${image.url}」の代替テキストが空です。![ここ](${image.url}) の角かっこの中に、画像の内容を短い文で書いてください`,
      en: `the image "${image.url}" has no alt text: describe the picture inside the square brackets, ![here](${image.url})`,
    });
  }
  if (image.url === '') {
    problems.push({ code: 'body.image-no-file', ja: '画像のファイル名が書かれていません', en: 'the image has no file name' });
  } else if (isExternalUrl(image.url)) {
    problems.push({
      code: 'body.image-off-site',
      ja: `画像「${image.url}」は外部のサーバーにあります。庁内ネットワークでは表示できないため、画像ファイルを記事と同じフォルダに置き ./ファイル名 で指定してください`,
      en: `the image "${image.url}" is on another server, which the intranet cannot reach: put the file beside the post and write ./file-name`,
    });
  } else if (hasQueryOrFragment(image.url)) {
    problems.push({
      code: 'body.image-query',
      ja: `画像「${image.url}」に「?」や「#」から後の部分があります。画像のファイル名だけを書いてください（例: ./photo.png）`,
      en: `the image "${image.url}" has a "?" or "#" part: write the file name only (e.g. ./photo.png)`,
    });
  }
  return problems;
}

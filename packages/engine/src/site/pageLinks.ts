/** Links built from site configuration templates (content/site.yaml). */
import { encodePath, fillUrlTemplate } from './urls.ts';

/**
 * 「このページを編集」: `{path}` is the file's path in the repository. Slashes
 * stay slashes (git web UIs expect them); each segment is percent-encoded.
 */
export function editPageUrl(template: string | undefined, file: string): string | undefined {
  if (!template) return undefined;
  return template.replaceAll('{path}', encodePath(file));
}

/** 「感想・質問を送る」: `{title}` and `{url}` are the post's title and address. */
export function feedbackUrl(template: string | undefined, title: string, url: string): string | undefined {
  if (!template) return undefined;
  return fillUrlTemplate(template, { title, url });
}

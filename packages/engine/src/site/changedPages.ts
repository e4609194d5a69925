/**
 * Which pages a pull request touches, from the files it changes: the CI
 * fast path (src/cli/contentFastPath.ts) checks only those pages with axe,
 * and runs at all only when every change is inside the content folder.
 */
import { postSlugFromPath } from '../rules/slug.ts';

export interface ChangeSummary {
  /** True when every changed file is inside the content folder. */
  contentOnly: boolean;
  /** Changed files outside it (why the full suite runs). */
  codeFiles: string[];
  /** Site paths (without base) of pages to check, e.g. /posts/gyomu-tanaoroshi/. */
  pages: string[];
}

/** Pages listing or linking every kind of content: always checked. */
const ALWAYS = ['/', '/posts/'];

/**
 * `files` are repository paths as `git diff --name-only` prints them;
 * `contentFolder` is the content folder relative to the repository ('content').
 */
export function summariseChanges(files: readonly string[], contentFolder = 'content'): ChangeSummary {
  const prefix = `${contentFolder.replace(/\/+$/u, '')}/`;
  const codeFiles = files.filter((file) => !file.startsWith(prefix));
  const pages = new Set<string>(ALWAYS);
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    for (const page of pagesOfContentFile(file.slice(prefix.length))) pages.add(page);
  }
  return { contentOnly: files.length > 0 && codeFiles.length === 0, codeFiles, pages: [...pages] };
}

/** Pages that show a content file (path inside the content folder). */
export function pagesOfContentFile(relative: string): string[] {
  const [top, ...rest] = relative.split('/');
  const isText = /\.mdx?$/u.test(relative);
  // /updates/ lists every new post, mission version and changed chapter or principle, with its diff.
  if (top === 'posts') return isText ? [`/posts/${postSlugFromPath(relative)}/`, '/updates/'] : [];
  if (top === 'principles' && isText && rest.length === 1) return [`/principles/${postSlugFromPath(relative)}/`, '/principles/', '/updates/'];
  if (top === 'handbook' && isText && rest.length === 1) return [`/handbook/${postSlugFromPath(relative)}/`, '/handbook/', '/updates/'];
  if (top === 'mission') return ['/mission/', '/updates/'];
  if (relative === 'glossary.yaml') return ['/glossary/'];
  if (relative === 'onboarding.yaml') return ['/onboarding/'];
  // site.yaml, authors.yaml and anything else: the home page and lists show them.
  return ['/tags/'];
}

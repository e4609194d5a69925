/**
 * What content may read from disk: only files inside the content folder,
 * never through a symbolic link, never of unbounded size. A symbolic link in
 * content/ (to a post, an image, the emblem) would publish or copy a file
 * from anywhere on the machine; Vite follows links, so they are refused
 * before anything is loaded, as public/ does (src/files/publicFolder.ts).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileTooLargeIssue, MAX_CONTENT_FILE_BYTES, symlinkIssue } from '../rules/contentLayout.ts';
import type { ContentIssue } from '../rules/issues.ts';

/** Symbolic links anywhere under the content folder, and files too large to read. */
export function contentFolderIssues(contentRoot: string, rel: (file: string) => string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  let entries;
  try {
    entries = readdirSync(contentRoot, { recursive: true, withFileTypes: true });
  } catch {
    return issues;
  }
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) issues.push(symlinkIssue(rel(absolute)));
    else if (entry.isFile() && /\.(?:mdx?|ya?ml|json)$/iu.test(entry.name)) {
      const { size } = lstatSync(absolute);
      if (size > MAX_CONTENT_FILE_BYTES) issues.push(fileTooLargeIssue(rel(absolute), size));
    }
  }
  return issues.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Whether a path a content file names (an image beside a post: ./photo.png,
 * ../shared/map.svg) is a real file inside the content folder, resolved
 * through any link on the way. 'outside' for anything else that exists.
 */
export function localFileState(contentRoot: string, fromFolder: string, relative: string): 'ok' | 'missing' | 'outside' {
  let real: string;
  let root: string;
  try {
    real = realpathSync(path.resolve(fromFolder, relative));
    root = realpathSync(contentRoot);
  } catch {
    return 'missing';
  }
  if (!real.startsWith(root + path.sep)) return 'outside';
  return statSync(real).isFile() ? 'ok' : 'missing';
}

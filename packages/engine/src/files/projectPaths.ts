/**
 * Where editors' content lives. CONTENT_DIR points the engine at another
 * folder (test fixtures, the benchmark's generated posts, another city).
 */
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** Project-relative path with forward slashes, for messages and edit links. */
export function relativeToRoot(file: string, root: string = process.cwd()): string {
  return path.relative(root, file).split(path.sep).join('/');
}

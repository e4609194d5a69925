/**
 * The engine's pages, injected into the site that installs it. The route of
 * each file follows Astro's own file-based routing (src/pages/posts/[slug].astro
 * → /posts/[slug]), so a page added to src/pages/ is served without being
 * listed anywhere else.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HookParameters } from 'astro';

const PAGES_DIR = fileURLToPath(new URL('../../pages/', import.meta.url));
const PAGE_FILE = /\.(?:astro|ts)$/u;

/** Route pattern of a page file, relative to src/pages/ with forward slashes. */
export function routePattern(file: string): string {
  const withoutExt = file.replace(PAGE_FILE, '');
  const parts = withoutExt.split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return `/${parts.join('/')}`;
}

/** Every page file under src/pages/, relative and sorted (stable injection order). */
export function pageFiles(dir: string = PAGES_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function injectPages(injectRoute: HookParameters<'astro:config:setup'>['injectRoute']): void {
  for (const file of pageFiles()) {
    injectRoute({ pattern: routePattern(file), entrypoint: new URL(file, pathToFileURL(PAGES_DIR)) });
  }
}

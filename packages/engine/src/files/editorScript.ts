/**
 * The /admin/ editor's script (src/client/cmsEditor.ts and everything it
 * imports, dynamic imports included), bundled once per change of its inputs
 * instead of on every site build (./prebuiltScript.ts). The site serves the
 * bundle itself at /admin/editor/ (src/pages/admin/editor/[name].js.ts); the
 * site's own data (Decap config, authors, words) stays in the page's JSON
 * block, so one bundle serves every site and every base path.
 *
 * The cache is node_modules/.cache/mission-handbook/editor-script under the
 * engine's folder (under the site's folder when the engine's is read-only);
 * MISSION_HANDBOOK_CACHE_DIR names another. A site's own cache (Astro's
 * cacheDir, cleared by `astro build --force`) does not hold it: the script
 * depends on the engine's code, not on the site.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prebuiltScript, type PrebuiltScript } from './prebuiltScript.ts';

/**
 * The engine's folder. Not from import.meta.url alone: in a build this module
 * runs from Astro's prerender bundle (the site's .astro/), so the engine is
 * found as the site finds it, by its package name.
 */
function engineRoot(): string {
  const own = fileURLToPath(new URL('../../', import.meta.url));
  if (existsSync(path.join(own, 'src/client/cmsEditor.ts'))) return own;
  return path.dirname(createRequire(import.meta.url).resolve('mission-handbook/package.json'));
}
const SUBFOLDER = path.join('node_modules', '.cache', 'mission-handbook', 'editor-script');

function writable(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function editorScriptCacheDir(): string {
  if (process.env.MISSION_HANDBOOK_CACHE_DIR) return path.resolve(process.env.MISSION_HANDBOOK_CACHE_DIR, 'editor-script');
  const beside = path.join(engineRoot(), SUBFOLDER);
  return writable(beside) ? beside : path.resolve(SUBFOLDER);
}

let once: Promise<PrebuiltScript> | undefined;

/** The extensions of the script's files, one route each (src/pages/admin/editor/[name].<ext>.ts). */
export const EDITOR_SCRIPT_EXTENSIONS = ['.js'] as const;

/**
 * The editor's bundle, checked once per build process. `fresh` checks the
 * inputs again (`astro dev`, where the engine's code may change while it runs).
 */
export function editorScript({ fresh = false }: { fresh?: boolean } = {}): Promise<PrebuiltScript> {
  if (fresh || !once) {
    const root = engineRoot();
    const options = {
      entry: path.join(root, 'src/client/cmsEditor.ts'),
      cacheDir: editorScriptCacheDir(),
      name: 'cms-editor',
      // The bundler's settings live there: a change to them is a change of output.
      settings: path.join(root, 'src/files/prebuiltScript.ts'),
    };
    once = prebuiltScript(options).then((script) => {
      if (script.built) console.info(`[mission-handbook] 編集画面のスクリプトを作りました / bundled the editor script (${script.reason})`);
      return script;
    });
    // A failed bundle is not kept: the next call tries again.
    once.catch(() => (once = undefined));
  }
  return once;
}

/** One file of the editor's bundle, or undefined when the bundle has no such file. */
export async function readEditorScriptFile(file: string, options: { fresh?: boolean } = {}): Promise<Buffer | undefined> {
  const { dir, files } = await editorScript(options);
  return files.includes(file) ? readFile(path.join(dir, file)) : undefined;
}

/**
 * The Decap CMS browser bundle, copied from node_modules into the built site
 * at /admin/decap/ so the editor loads nothing from a CDN (see docs/cms.md).
 * The bundle already holds every locale, Japanese included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CMS_ENTRY = 'decap-cms.js';

function bundleDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/**
 * The files the browser may load: the entry, its lazy chunks and wasm, and
 * the licence notices. Not the source maps (66 MB) and not the alternative
 * `cms.js` build, which would double the copy.
 */
/**
 * The extensions of the bundle's files, one route each
 * (src/pages/admin/decap/[name].<ext>.ts); tests/unit/editorRoutes.test.ts
 * checks that every file has one.
 */
export const DECAP_FILE_EXTENSIONS = ['.js', '.wasm', '.txt'] as const;

export function cmsBundleFiles(): string[] {
  return readdirSync(bundleDir())
    .filter((name) => /^(?:(?:\d+\.)?decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/u.test(name))
    .sort();
}

export function readCmsBundleFile(name: string): Buffer {
  if (!cmsBundleFiles().includes(name)) throw new Error(`not part of the CMS bundle: ${name}`);
  return readFileSync(path.join(bundleDir(), name));
}

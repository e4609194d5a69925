/**
 * The /admin/ editor's script is bundled once and reused by later builds
 * (src/files/prebuiltScript.ts, src/files/editorScript.ts). A reused bundle
 * must never be stale: any change to a module it holds — a static import, the
 * chunk of a dynamic import (the editor loads parsers lazily), a library file —
 * or to the bundler settings bundles again, and what is served then carries
 * the change. Only an unchanged engine reuses it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prebuiltScript, type PrebuiltOptions, type PrebuiltScript } from '../../src/files/prebuiltScript.ts';
import { EDITOR_SCRIPT_EXTENSIONS, editorScript } from '../../src/files/editorScript.ts';

const SETTINGS = fileURLToPath(new URL('../../src/files/prebuiltScript.ts', import.meta.url));
const ENGINE = fileURLToPath(new URL('../../', import.meta.url));

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(): { src: string; options: PrebuiltOptions } {
  const root = mkdtempSync(path.join(tmpdir(), 'prebuilt-script-'));
  dirs.push(root);
  const src = path.join(root, 'src');
  const files: Record<string, string> = {
    'entry.ts': "import { word } from './dep.ts';\nexport const shown = word;\nvoid import('./lazy.ts').then((lazy) => console.log(word, lazy.lazyWord));\n",
    'dep.ts': "export const word = 'static-one';\n",
    'lazy.ts': "export const lazyWord = 'lazy-one';\n",
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(src, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { src, options: { entry: path.join(src, 'entry.ts'), cacheDir: path.join(root, 'cache'), name: 'probe', settings: SETTINGS } };
}

/** Every file of the bundle joined: what a browser would run. */
function served(script: PrebuiltScript): string {
  return script.files.map((file) => readFileSync(path.join(script.dir, file), 'utf8')).join('\n');
}

describe('the prebuilt editor script', () => {
  it('is reused while nothing changed, and bundled again when a static import, a lazy chunk or the settings change', async () => {
    const { src, options } = project();
    const first = await prebuiltScript(options);
    expect(first.built).toBe(true);
    expect(first.files).toContain(first.entry);
    // The dynamic import is its own chunk, next to the entry and listed with it.
    expect(first.files.length).toBeGreaterThan(1);
    expect(served(first)).toContain('static-one');
    expect(served(first)).toContain('lazy-one');

    const again = await prebuiltScript(options);
    expect(again).toEqual({ dir: first.dir, entry: first.entry, files: first.files, built: false });

    writeFileSync(path.join(src, 'dep.ts'), "export const word = 'static-two';\n");
    const afterStatic = await prebuiltScript(options);
    expect(afterStatic.built).toBe(true);
    expect(afterStatic.reason).toContain('dep.ts');
    expect(afterStatic.entry).not.toBe(first.entry);
    expect(served(afterStatic)).toContain('static-two');
    expect(served(afterStatic)).not.toContain('static-one');

    writeFileSync(path.join(src, 'lazy.ts'), "export const lazyWord = 'lazy-two';\n");
    const afterLazy = await prebuiltScript(options);
    expect(afterLazy.built).toBe(true);
    expect(afterLazy.reason).toContain('lazy.ts');
    expect(served(afterLazy)).toContain('lazy-two');
    expect(served(afterLazy)).not.toContain('lazy-one');
    expect((await prebuiltScript(options)).built).toBe(false);

    // Other bundler settings (a copy of the settings module that differs) are another output.
    const otherSettings = path.join(path.dirname(options.cacheDir), 'settings.ts');
    writeFileSync(otherSettings, `${readFileSync(SETTINGS, 'utf8')}\n// changed\n`);
    const afterSettings = await prebuiltScript({ ...options, settings: otherSettings });
    expect(afterSettings.built).toBe(true);
    expect(afterSettings.reason).toMatch(/settings/u);
  }, 60_000);

  it('is bundled again when a bundled file was removed from the cache', async () => {
    const { options } = project();
    const first = await prebuiltScript(options);
    rmSync(path.join(first.dir, first.entry));
    const second = await prebuiltScript(options);
    expect(second.built).toBe(true);
    expect(readFileSync(path.join(second.dir, second.entry), 'utf8')).toContain('static-one');
  }, 60_000);

  it("holds the editor's own code and the CMS code of src/site, so a change there bundles again", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'editor-script-'));
    dirs.push(cache);
    const previous = process.env.MISSION_HANDBOOK_CACHE_DIR;
    process.env.MISSION_HANDBOOK_CACHE_DIR = cache;
    try {
      const script = await editorScript({ fresh: true });
      const manifest = JSON.parse(readFileSync(path.join(cache, 'editor-script', 'manifest.json'), 'utf8')) as { inputs: Record<string, string> };
      const inputs = Object.keys(manifest.inputs).map((file) => path.relative(ENGINE, file).split(path.sep).join('/'));
      for (const file of ['src/client/cmsEditor.ts', 'src/client/cmsSourceMode.ts', 'src/client/cmsRichText.ts', 'src/site/cmsConfig.ts', 'src/site/cmsCheck.ts', 'src/site/i18n/ja.ts']) {
        expect(inputs).toContain(file);
      }
      // The libraries it bundles are inputs too (an update of Decap's Markdown widget bundles again).
      expect(inputs.some((file) => file.includes('node_modules/decap-cms-widget-markdown/'))).toBe(true);
      // Each file has its route (src/pages/admin/editor/[name].<ext>.ts): a chunk of another kind would not be served.
      expect(script.files.filter((file) => !EDITOR_SCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension)))).toEqual([]);
      // The site's own data is not in it: the page hands it over in its JSON block.
      expect(served(script)).toContain('cms-config');
    } finally {
      if (previous === undefined) delete process.env.MISSION_HANDBOOK_CACHE_DIR;
      else process.env.MISSION_HANDBOOK_CACHE_DIR = previous;
    }
  }, 120_000);
});

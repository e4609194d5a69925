/**
 * Plain posts' HTML is kept in Astro's content store, which re-renders an
 * entry only when its file changes. The renderer version clears it when the
 * code that rendered it changes, so an incremental build never shows HTML
 * from older renderer code.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeInputs } from '../../src/files/codeVersion.ts';
import { RENDERER_ROOTS, rendererVersion } from '../../src/model/loaders/strictGlob.ts';

describe('the plain-post renderer version', () => {
  it('covers the renderer modules, what they import, and the Markdown libraries', () => {
    const { sources, packages } = codeInputs(RENDERER_ROOTS, ['satteri']);
    const files = [...sources.keys()].map((file) => path.basename(file));
    expect(files).toEqual(expect.arrayContaining(['editorSafeMdx.ts', 'externalLinks.ts', 'mdxSource.ts']));
    expect([...packages.values()].some((id) => id.startsWith('satteri@'))).toBe(true);
  });

  it('is stable, and changes with the config file that assembles the renderer', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'renderer-version-'));
    const url = pathToFileURL(`${root}/`);
    writeFileSync(path.join(root, 'astro.config.mjs'), 'export default { markdown: {} };\n');
    const first = rendererVersion(url);
    expect(first).toMatch(/^[0-9a-f]{64}$/u);
    expect(rendererVersion(url)).toBe(first);
    writeFileSync(path.join(root, 'astro.config.mjs'), 'export default { markdown: { hastPlugins: [] } };\n');
    expect(rendererVersion(url)).not.toBe(first);
  });
});

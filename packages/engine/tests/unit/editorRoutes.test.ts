/**
 * /admin/ serves its files through one route per extension
 * (src/pages/admin/{decap,editor}/[name].<ext>.ts), so that `astro dev`
 * serves them without a trailing slash. A file whose extension has no route
 * would be left out of the site and the editor would not load: every file of
 * Decap's bundle and of the editor's script must have its route.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsBundleFiles, DECAP_FILE_EXTENSIONS } from '../../src/files/cmsBundle.ts';
import { EDITOR_SCRIPT_EXTENSIONS } from '../../src/files/editorScript.ts';
import { ENGINE } from '../support/paths.ts';

const routeFile = (folder: string, extension: string) => path.join(ENGINE, 'src/pages/admin', folder, `[name]${extension}.ts`);

describe('the routes of /admin/ files', () => {
  it('has a route for each extension, and no file of Decap’s bundle without one', () => {
    for (const extension of DECAP_FILE_EXTENSIONS) expect(existsSync(routeFile('decap', extension)), extension).toBe(true);
    for (const extension of EDITOR_SCRIPT_EXTENSIONS) expect(existsSync(routeFile('editor', extension)), extension).toBe(true);
    const files = cmsBundleFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.filter((file) => !DECAP_FILE_EXTENSIONS.some((extension) => file.endsWith(extension)))).toEqual([]);
  });
});

/** What the /admin/ routes need from disk: whether the editor is on, the CMS bundle and the editor's script. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { editorMode as modeOf, type EditorMode } from '../rules/siteConfig.ts';
import { getCollection } from 'astro:content';
import { referenceIndex } from '../files/contentIndex.ts';
import { getSiteContent } from './siteContent.ts';
import { isPublished } from '../rules/publication.ts';
import { contentDir } from '../files/projectPaths.ts';
import { listFiles } from '../files/listFiles.ts';
import { digestNames } from '../site/nameDigest.ts';
import { cmsBundleFiles, readCmsBundleFile, DECAP_FILE_EXTENSIONS } from '../files/cmsBundle.ts';
import { editorScript, readEditorScriptFile, EDITOR_SCRIPT_EXTENSIONS } from '../files/editorScript.ts';
import { cmsBundleFileKey, editorScriptFileKey } from './cacheKeys.ts';

export { CMS_ENTRY } from '../files/cmsBundle.ts';
export { editorScript };

/**
 * Files of one extension as `[name].<ext>` routes: the extension in the
 * route's own file name exempts it from the site's `trailingSlash: 'always'`,
 * so `astro dev` serves /admin/decap/decap-cms.js as the build does (a
 * `[file].ts` route answered 404 there without a trailing slash).
 */
function named(files: readonly string[], extension: string) {
  return files.filter((file) => file.endsWith(extension)).map((file) => ({ name: file.slice(0, -extension.length), file }));
}

/** The route of Decap's bundle files ending in `extension` (only when the editor is on). */
export function decapFileRoute(extension: (typeof DECAP_FILE_EXTENSIONS)[number]) {
  const getStaticPaths = (() =>
    editorEnabled() ? named(cmsBundleFiles(), extension).map(({ name, file }) => ({ params: { name }, cacheKey: cmsBundleFileKey(file) })) : []) satisfies GetStaticPaths;
  const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readCmsBundleFile(`${String(params.name)}${extension}`)));
  return { getStaticPaths, GET };
}

/** The route of the editor's own script and chunks ending in `extension` (src/files/editorScript.ts). */
export function editorScriptRoute(extension: (typeof EDITOR_SCRIPT_EXTENSIONS)[number]) {
  const getStaticPaths = (async () => {
    if (!editorEnabled() || editorMode() === 'unconfigured') return [];
    const { files } = await editorScript({ fresh: import.meta.env.DEV });
    return named(files, extension).map(({ name, file }) => ({ params: { name }, cacheKey: editorScriptFileKey(file) }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ params }) => {
    const bytes = await readEditorScriptFile(`${String(params.name)}${extension}`, { fresh: import.meta.env.DEV });
    return bytes ? new Response(new Uint8Array(bytes)) : new Response(null, { status: 404 });
  };
  return { getStaticPaths, GET };
}

/** site.yaml editor.enabled (read directly: getStaticPaths runs before the content model). */
export function editorEnabled(): boolean {
  return loadSiteConfig().editor.enabled;
}

let warned = false;

/**
 * 'on', 'off', or 'unconfigured': a build whose site.yaml names no git server
 * (backend: local) outside `npm run editor`. Such a build's /admin/ would
 * save to 127.0.0.1 on the reader's PC, so it shows an explanation instead
 * of the editor, and the build says so loudly once (docs/cms.md).
 */
export function editorMode(): EditorMode {
  const mode = modeOf(loadSiteConfig().editor, process.env.EDITOR_BACKEND);
  if (mode === 'unconfigured' && !warned) {
    warned = true;
    console.warn(
      [
        '',
        '⚠⚠⚠ 編集画面 /admin/ は設定されていません / the browser editor /admin/ is not configured ⚠⚠⚠',
        '  site.yaml の editor: に git サーバー（backend: gitlab など）がないため、/admin/ には説明だけを載せ、編集画面は載せません。',
        '  使うには docs/cms.md のとおり editor: を設定してください。この PC で編集するだけなら npm run editor を使います。',
        '  site.yaml names no git server (editor.backend is local), so /admin/ shows an explanation instead of the editor.',
        '  Configure editor: as docs/cms.md says, or use npm run editor on this PC; editor.enabled: false leaves /admin/ out.',
        '',
      ].join('\n'),
    );
  }
  return mode;
}

/**
 * What the editor's pre-save check knows of the site (src/site/cmsCheck.ts):
 * the same index check:content reads (principles, post names, glossary
 * terms), and the files of content/ other than texts (photos), named as the
 * editor names them (content/…). Posts not published today come from the
 * posts collection the site already loaded, not from a second reading of
 * every file.
 */
export async function editorReferences() {
  const root = contentDir();
  const { principleIds, principleTitles, postSlugs, terms } = referenceIndex(root);
  const mediaFiles = listFiles(root)
    .filter((file) => !/\.(?:mdx?|ya?ml)$/iu.test(file))
    .map((file) => `content/${file}`);
  // Drafts and later dates: whether each is published by then is decided on the day of the save.
  const { today } = await getSiteContent();
  const unpublishedPosts = (await getCollection('posts'))
    .filter((entry) => !isPublished(entry.data, today))
    .map((entry) => ({ slug: entry.id, date: entry.data.date, draft: entry.data.draft }));
  // Names as digests: /admin/ is open to every reader, and drafts' names reach no output (src/site/nameDigest.ts).
  return { principleIds, principleTitles, terms: terms ?? null, ...digestNames({ postSlugs, mediaFiles, unpublishedPosts }) };
}

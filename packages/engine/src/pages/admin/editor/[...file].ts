/**
 * The /admin/ editor's own script and the chunks of its dynamic imports,
 * bundled once per change of the engine's code (src/files/editorScript.ts)
 * and served by the site itself (only when the editor is on).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorScriptFileKey } from '../../../model/cacheKeys.ts';
import { editorEnabled, editorMode, editorScript, readEditorScriptFile } from '../../../model/editor.ts';

export const getStaticPaths = (async () => {
  if (!editorEnabled() || editorMode() === 'unconfigured') return [];
  const { files } = await editorScript({ fresh: import.meta.env.DEV });
  return files.map((file) => ({ params: { file }, cacheKey: editorScriptFileKey(file) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await readEditorScriptFile(String(params.file), { fresh: import.meta.env.DEV });
  return bytes ? new Response(new Uint8Array(bytes)) : new Response(null, { status: 404 });
};

/** The Decap CMS bundle, served by the site itself (only when the editor is enabled). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsBundleFileKey } from '../../../model/cacheKeys.ts';
import { cmsBundleFiles, editorEnabled, readCmsBundleFile } from '../../../model/editor.ts';

export const getStaticPaths = (() =>
  editorEnabled() ? cmsBundleFiles().map((file) => ({ params: { file }, cacheKey: cmsBundleFileKey(file) })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readCmsBundleFile(String(params.file))));

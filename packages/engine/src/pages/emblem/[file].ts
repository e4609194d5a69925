/** /emblem/<file>: the emblem named in site.yaml, copied from the content folder. */
import type { APIRoute } from 'astro';
import { emblemFile, readEmblem } from '../../model/emblem.ts';

export function getStaticPaths() {
  const file = emblemFile();
  return file ? [{ params: { file } }] : [];
}

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readEmblem(String(params.file))));

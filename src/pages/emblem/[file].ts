/** /emblem/<file>: the emblem named in site.yaml, copied from the content folder. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { emblemPath, loadSiteConfig } from '../../files/loadSiteConfig.ts';

export function getStaticPaths() {
  const { emblem } = loadSiteConfig();
  return emblem ? [{ params: { file: emblem } }] : [];
}

export const GET: APIRoute = ({ params }) => new Response(readFileSync(emblemPath(String(params.file))));

/**
 * Runs for every page Astro renders (at build time for this static site, and
 * in `npm run dev`): adds BudouX phrase breaks to headings, the mission
 * statement, cards and navigation so Japanese never wraps inside a word.
 * See src/site/phraseBreaks.ts for why this is done at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { addPhraseBreaks } from './site/phraseBreaks.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(addPhraseBreaks(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});

/**
 * Every text a build gives readers or the search, as text: pages, feed,
 * sitemap, scripts, styles, and Pagefind's index (gzip files; each fragment
 * holds a page's text and title). Precompressed copies (.gz, .br) are the
 * same bytes as their originals and are skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../files/listFiles.ts';
import type { TextFile } from './words.ts';

const TEXT = /\.(?:html?|xml|json|txt|js|mjs|css|svg|webmanifest|xsl)$/iu;
const PAGEFIND = /\.pf_(?:fragment|meta|index)$/u;
/** Pagefind's gzip payloads start with this signature before the data. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

export function readOutputTexts(outDir: string): TextFile[] {
  const texts: TextFile[] = [];
  for (const file of listFiles(outDir)) {
    const absolute = path.join(outDir, file);
    if (TEXT.test(file)) texts.push({ file, text: readFileSync(absolute, 'utf8') });
    else if (PAGEFIND.test(file)) {
      let text: string;
      try {
        text = gunzipSync(readFileSync(absolute)).toString('utf8');
      } catch {
        text = readFileSync(absolute).toString('utf8');
      }
      texts.push({ file, text: text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text });
    }
  }
  return texts;
}

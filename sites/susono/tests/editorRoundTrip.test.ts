/**
 * This site's texts in the browser editor: each opens in rich text or, when
 * the rich-text mode would rewrite it, as source; one opened in rich text
 * and saved unedited is the same file, byte for byte (the engine checks the
 * same on its own fixtures: packages/engine/tests/unit/cmsRichText.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cmsBlocks, cmsInlineReferences } from '../../../packages/engine/src/site/cmsBlocks.ts';
import { fromFile, toFile } from '../../../packages/engine/src/site/cmsFormat.ts';
import { ja } from '../../../packages/engine/src/site/i18n/ja.ts';
import { localize } from '../../../packages/engine/src/site/i18n/words.ts';
import { listFiles } from '../../../packages/engine/src/files/listFiles.ts';

const CONTENT = path.resolve(import.meta.dirname, '../content');
// Decap's Markdown control touches these when it loads.
const global = globalThis as Record<string, unknown>;
global.window ??= globalThis;
global.localStorage ??= { getItem: () => null, setItem: () => undefined };

it('opens every text of this site in rich text or as source, and an unedited save in rich text changes nothing', async () => {
  const { firstRewrittenLine, richTextRewrite } = await import('../../../packages/engine/src/client/cmsRichText.ts');
  const choices = { principles: [], terms: [] };
  const dictionary = localize(ja, { organization: '', leader: '', principles: '', principleCount: 0, blog: '', missionNote: '' });
  const blocks = [...cmsBlocks(choices, dictionary), ...cmsInlineReferences(choices, dictionary)];
  const files = listFiles(CONTENT).filter((file) => /\.mdx?$/u.test(file));
  let inRichText = 0;
  for (const file of files) {
    const text = readFileSync(path.join(CONTENT, file), 'utf8');
    const data = fromFile(text);
    if (firstRewrittenLine(String(data.body), blocks) !== undefined) continue;
    inRichText += 1;
    expect(toFile({ ...data, body: richTextRewrite(String(data.body), blocks) }), file).toBe(text);
  }
  expect(inRichText / files.length).toBeGreaterThan(0.8);
}, 60_000);

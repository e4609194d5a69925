/**
 * In a build, every content rule runs once per file: the gate (the very check
 * `npm run check:content` runs, src/model/loaders/contentGate.ts) reads each
 * entry, and the loader (src/model/loaders/strictGlob.ts) takes that reading
 * instead of parsing and validating the same frontmatter again — but only
 * for the very text it loads (same digest). A file that differs from what the
 * gate read is checked again by the loader, with the same messages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContent, checkedEntryKey, contentDigest, type CheckedEntry } from '../../src/files/contentCheck.ts';
import { postSchema } from '../../src/rules/schemas.ts';
import { ContentValidationError } from '../../src/rules/issues.ts';

const CONTENT = path.resolve('tests/fixtures/content-valid');
const POST = path.join(CONTENT, 'posts/2024/first-post.mdx');
const FILE = path.relative(process.cwd(), POST).split(path.sep).join('/');

let gateReading = new Map<string, CheckedEntry>();
vi.mock('../../src/model/loaders/contentGate.ts', () => ({ contentGate: async () => gateReading }));
vi.mock('astro/loaders', () => ({
  glob: () => ({
    name: 'glob',
    load: async (context: { parseData: (props: { id: string; data: unknown; filePath: string }) => Promise<unknown>; stored: unknown[] }) => {
      context.stored.push(await context.parseData({ id: 'first-post', data: {}, filePath: FILE }));
    },
  }),
}));
const { strictGlob } = await import('../../src/model/loaders/strictGlob.ts');

/** What the loader hands Astro for the one post (the stand-in glob() calls parseData once). */
async function loaded(): Promise<Record<string, unknown>> {
  const stored: unknown[] = [];
  const loader = strictGlob({ pattern: '**/*.mdx', base: path.join(CONTENT, 'posts'), schema: postSchema('mayor') });
  await loader.load({
    collection: 'posts',
    stored,
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { warn: () => {}, info: () => {} },
  } as never);
  return stored[0] as Record<string, unknown>;
}

describe('the build reads each content file once', () => {
  it('the check keeps what it read of every entry it found fine, tied to the digest of the text', () => {
    const { issues, entries } = checkContent(CONTENT, process.cwd(), '2026-01-01');
    expect(issues).toEqual([]);
    const entry = entries?.[checkedEntryKey('posts', FILE)];
    expect(entry?.digest).toBe(contentDigest(readFileSync(POST, 'utf8')));
    expect(entry?.data).toMatchObject({ title: '最初の記事', principles: ['real-problem'] });
    expect(entry?.principles).toEqual(['real-problem']);
  });

  it("the loader takes the gate's reading of the same text, and does not validate it again", async () => {
    const { entries } = checkContent(CONTENT, process.cwd(), '2026-01-01');
    const reading = entries![checkedEntryKey('posts', FILE)]!;
    // A marker only the gate's reading holds: seen in the store means the loader did not parse again.
    gateReading = new Map([[checkedEntryKey('posts', FILE), { ...reading, data: { ...reading.data, title: 'from the gate' } }]]);
    expect(await loaded()).toMatchObject({ title: 'from the gate', principles: ['real-problem'] });
  });

  it('a file whose text is not what the gate read is validated by the loader itself, with its messages', async () => {
    const { entries } = checkContent(CONTENT, process.cwd(), '2026-01-01');
    const reading = entries![checkedEntryKey('posts', FILE)]!;
    gateReading = new Map([[checkedEntryKey('posts', FILE), { ...reading, digest: 'other text', data: { ...reading.data, title: 'from the gate' } }]]);
    expect(await loaded()).toMatchObject({ title: '最初の記事' });
    // The loader's own check still refuses: a schema the file does not meet.
    const strict = strictGlob({ pattern: '**/*.mdx', base: path.join(CONTENT, 'posts'), schema: postSchema('mayor').refine(() => false, { message: 'x' }) });
    await expect(
      strict.load({ collection: 'posts', stored: [], parseData: async () => ({}), logger: { warn: () => {} } } as never),
    ).rejects.toBeInstanceOf(ContentValidationError);
  });
});

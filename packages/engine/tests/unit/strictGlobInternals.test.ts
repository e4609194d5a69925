/**
 * The plain-Markdown fast path (src/model/loaders/strictGlob.ts) uses Astro
 * internals: the loader context's entryTypes, the .md render function, the
 * store's methods. When a newer Astro changes their shape, the loader must
 * take Astro's documented path (every .mdx compiled by @astrojs/mdx) and say
 * so in the build log, never store posts without a body.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';

/** What the stand-in for Astro's glob() received, call by call. */
const calls: Array<{ entryTypes: unknown; store: unknown }> = [];
let globBody: (context: { store: FakeStore; entryTypes?: Map<string, unknown> }) => void = () => {};
vi.mock('astro/loaders', () => ({
  glob: () => ({
    name: 'glob',
    load: async (context: { store: FakeStore; entryTypes?: Map<string, unknown> }) => {
      calls.push({ entryTypes: context.entryTypes, store: context.store });
      globBody(context);
    },
  }),
}));
vi.mock('../../src/model/loaders/contentGate.ts', () => ({ contentGate: async () => {} }));
const { globInternals, strictGlob, unrenderedMdxEntries } = await import('../../src/model/loaders/strictGlob.ts');

interface Entry {
  id: string;
  filePath?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}
type FakeStore = ReturnType<typeof fakeStore>;
function fakeStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    delete: (id: string) => void entries.delete(id),
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    addModuleImport: () => {},
  };
}
const markdownType = { getRenderFunction: async () => async () => ({ html: '<p>x</p>' }) };
function context(overrides: Record<string, unknown> = {}) {
  const meta = new Map<string, string>();
  const warnings: string[] = [];
  const value = {
    collection: 'posts',
    store: fakeStore(),
    meta: { get: (key: string) => meta.get(key), set: (key: string, v: string) => void meta.set(key, v), has: (key: string) => meta.has(key), delete: (key: string) => meta.delete(key) },
    config: { root: new URL('file:///nonexistent/') },
    entryTypes: new Map<string, unknown>([['.md', markdownType], ['.mdx', { contentModuleTypes: '' }]]),
    logger: { warn: (message: string) => warnings.push(message), info: () => {}, error: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    ...overrides,
  };
  return { value, warnings };
}
const loader = () => strictGlob({ pattern: '**/*.mdx', base: 'content/posts', schema: z.object({}), plainBodiesInStore: true });
/** A stand-in context, shaped only as far as the loader reads it. */
const load = (value: unknown) => loader().load(value as Parameters<ReturnType<typeof loader>['load']>[0]);

describe('the Astro internals the fast path needs', () => {
  it('are accepted when present in the shape Astro 7.3 gives', () => {
    expect(typeof globInternals(context().value as never)).toBe('object');
  });

  it.each([
    ['entryTypes', { entryTypes: undefined }, /entryTypes/u],
    ['the .md render function', { entryTypes: new Map([['.md', {}], ['.mdx', {}]]) }, /getRenderFunction/u],
    ['the .mdx entry type', { entryTypes: new Map([['.md', markdownType]]) }, /\.mdx/u],
    ['the store’s set()', { store: { ...fakeStore(), set: undefined } }, /set\(\)/u],
    ['the meta store', { meta: undefined }, /meta/u],
  ])('name what is missing: %s', (_what, overrides, reason) => {
    expect(globInternals(context(overrides).value as never)).toMatch(reason);
  });

  it('missing entryTypes: the build log says so, and glob() gets Astro’s own entry types and store', async () => {
    calls.length = 0;
    globBody = () => {};
    const { value, warnings } = context({ entryTypes: undefined });
    await load(value);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^astro-internals: the loader context has no entryTypes map; .*documented path/u);
    expect(calls).toEqual([{ entryTypes: undefined, store: value.store }]);
  });

  it('present: plain .mdx bodies get the Markdown renderer, and an unrendered .mdx entry is stored as deferred', async () => {
    calls.length = 0;
    globBody = ({ store }) => store.set({ id: 'a', filePath: 'content/posts/a.mdx' });
    const { value, warnings } = context();
    await load(value);
    expect(warnings).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.store).not.toBe(value.store);
    expect((calls[0]!.entryTypes as Map<string, unknown>).get('.mdx')).toHaveProperty('getRenderFunction');
    expect(value.store.get('a')).toEqual({ id: 'a', filePath: 'content/posts/a.mdx', deferredRender: true });
  });

  it('an .mdx entry stored with no body after all: the log says so, and those entries load again the documented way', async () => {
    calls.length = 0;
    // A future glob() that writes to the store another way, bypassing the wrapped set().
    globBody = ({ store }) => {
      const fastPath = calls.length === 1;
      const target = fastPath ? (Object.getPrototypeOf(store) as FakeStore) : store;
      target.set({ id: 'a', filePath: 'content/posts/a.mdx', ...(fastPath ? {} : { deferredRender: true }) });
    };
    const { value, warnings } = context();
    await load(value);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^astro-internals: 1 \.mdx entries were stored neither rendered nor deferred \(a\)/u);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ entryTypes: value.entryTypes, store: value.store });
    expect(unrenderedMdxEntries(value.store as never)).toEqual([]);
  });
});

describe('unrenderedMdxEntries', () => {
  it('lists .mdx entries with neither HTML nor a deferred render, and nothing else', () => {
    const store = fakeStore();
    store.set({ id: 'plain', filePath: 'p/plain.mdx', rendered: { html: '<p>本文</p>' } });
    store.set({ id: 'compiled', filePath: 'p/compiled.mdx', deferredRender: true });
    store.set({ id: 'markdown', filePath: 'p/markdown.md' });
    store.set({ id: 'lost', filePath: 'p/lost.mdx' });
    expect(unrenderedMdxEntries(store as never)).toEqual(['lost']);
  });
});

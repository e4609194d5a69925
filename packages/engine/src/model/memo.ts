/**
 * One cache policy for everything the model derives from the collections.
 *
 * A build reads content once, so each model is computed once. `astro dev`
 * keeps running while editors change files: there a model is recomputed only
 * when an entry's digest changed (or the day turned, which publishes future
 * posts), instead of on every call — which rebuilt related posts several
 * times per page view — or never, which left the glossary stale.
 */
import { getCollection } from 'astro:content';
import type { collections } from '../collections.ts';

type CollectionName = keyof typeof collections;
/** Every collection; `satisfies` makes the compiler flag one added or removed. */
const COLLECTIONS = {
  posts: true,
  principles: true,
  handbook: true,
  mission: true,
  missionVersions: true,
  authors: true,
  onboarding: true,
  glossary: true,
} satisfies Record<CollectionName, true>;

async function contentFingerprint(): Promise<string> {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  const day = new Date().toISOString().slice(0, 10);
  return [day, ...lists.flat().map((entry) => `${entry.collection}/${entry.id}@${entry.digest ?? ''}`)].join('\n');
}

export function memoizeModel<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: { key: string; value: Promise<T> } | undefined;
  return async () => {
    if (!import.meta.env.DEV) {
      cached ??= { key: '', value: load() };
      return cached.value;
    }
    const key = await contentFingerprint();
    if (cached?.key !== key) cached = { key, value: load() };
    return cached.value;
  };
}

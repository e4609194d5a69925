/**
 * Ids that content may refer to, read from file names on disk: principle ids
 * and post slugs. File names are the ids (see src/rules/slug.ts), so no file
 * needs to be parsed, and the loader can use this before collections exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentLayout, type ContentCollectionName } from '../rules/contentLayout.ts';
import { postSlugFromPath } from '../rules/slug.ts';

/** Files of one collection, as paths relative to its folder, sorted. */
export function collectionFiles(contentRoot: string, name: ContentCollectionName): string[] {
  const { folder, matches } = contentLayout[name];
  const dir = path.join(contentRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => matches.test(file))
    .sort();
}

export interface ReferenceIndex {
  principleIds: string[];
  postSlugs: string[];
}

export function referenceIndex(contentRoot: string): ReferenceIndex {
  return {
    principleIds: collectionFiles(contentRoot, 'principles').map(postSlugFromPath),
    postSlugs: [...new Set(collectionFiles(contentRoot, 'posts').map(postSlugFromPath))],
  };
}

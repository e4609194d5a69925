/**
 * Ids that content may refer to, read from disk: principle ids (file names)
 * and titles, post slugs (file names), glossary term ids. The loader uses
 * this before collections exist; `npm run check:content` too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentLayout, GLOSSARY_FILE, type ContentCollectionName } from '../rules/contentLayout.ts';
import { parseFrontmatter } from '../rules/frontmatter.ts';
import { glossarySchema } from '../rules/schemas.ts';
import { postSlugFromPath } from '../rules/slug.ts';
import { decodeContentFile } from '../rules/sourceText.ts';
import { parseYaml } from '../rules/yamlText.ts';

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

/** A content file as text, or undefined when it is not UTF-8 (reported by the check). */
function readContentText(file: string): string | undefined {
  const decoded = decodeContentFile(readFileSync(file), file);
  return decoded.ok ? decoded.text : undefined;
}

export interface ReferenceIndex {
  principleIds: string[];
  /** id → official title, for titles written in place of ids and for messages. */
  principleTitles: Record<string, string>;
  postSlugs: string[];
  /** Undefined when glossary.yaml cannot be read: its own problem is reported instead. */
  terms: Array<{ id: string; term: string }> | undefined;
}

export function referenceIndex(contentRoot: string): ReferenceIndex {
  const principleFiles = collectionFiles(contentRoot, 'principles');
  const principleTitles: Record<string, string> = {};
  for (const entry of principleFiles) {
    const text = readContentText(path.join(contentRoot, contentLayout.principles.folder, entry));
    const front = text === undefined ? undefined : parseFrontmatter(text, entry);
    const title = front?.ok ? front.data.title : undefined;
    if (typeof title === 'string') principleTitles[postSlugFromPath(entry)] = title;
  }
  return {
    principleIds: principleFiles.map(postSlugFromPath),
    principleTitles,
    postSlugs: [...new Set(collectionFiles(contentRoot, 'posts').map(postSlugFromPath))],
    terms: glossaryTerms(path.join(contentRoot, GLOSSARY_FILE)),
  };
}

function glossaryTerms(file: string): ReferenceIndex['terms'] {
  // No glossary.yaml: the glossary is off, so every <Term> is an unknown term.
  if (!existsSync(file)) return [];
  const text = readContentText(file);
  const parsed = text === undefined ? undefined : parseYaml(text, file);
  if (!parsed?.ok) return undefined;
  const result = glossarySchema.safeParse(parsed.data);
  return result.success ? result.data.terms.map(({ id, term }) => ({ id, term })) : undefined;
}

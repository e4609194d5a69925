/**
 * The glossary (content/glossary.yaml) as the pages use it, checked once
 * per build: related links must point at real pages, and every
 * <Term id="…"> in any MDX file (drafts included, so a pull request fails
 * early) must name a term that exists.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentValidationError, type ContentIssue } from '../rules/issues.ts';
import { checkGlossary, checkTermUses, shortDefinition, sortByReading } from '../rules/glossary.ts';
import { joinJapaneseLines } from '../rules/japaneseText.ts';
import { relativeToRoot } from '../files/projectPaths.ts';
import type { GlossaryTermData } from '../rules/schemas.ts';
import { getSiteContent } from './siteContent.ts';
import { knownPages } from './pages.ts';
import { memoizeModel } from './memo.ts';

export interface GlossaryTerm extends GlossaryTermData {
  /** What hover and focus show. */
  shortText: string;
}

export interface Glossary {
  file: string;
  /** In 五十音 order of their readings. */
  terms: GlossaryTerm[];
  byId: Map<string, GlossaryTerm>;
}

export const getGlossary: () => Promise<Glossary> = memoizeModel(loadGlossary);

async function loadGlossary(): Promise<Glossary> {
  const [entry, content, postEntries, principleEntries, chapterEntries, missionEntries] = await Promise.all([
    getEntry('glossary', 'glossary'),
    getSiteContent(),
    getCollection('posts'),
    getCollection('principles'),
    getCollection('handbook'),
    getCollection('mission'),
  ]);
  if (!entry) throw new Error('content/glossary.yaml was not loaded');
  const file = entry.filePath ?? 'content/glossary.yaml';
  const raw = entry.data.terms;

  const issues: ContentIssue[] = checkGlossary(raw, knownPages(content, raw), file);
  for (const source of [...postEntries, ...principleEntries, ...chapterEntries, ...missionEntries]) {
    const sourceFile = source.filePath ? relativeToRoot(source.filePath) : source.id;
    issues.push(...checkTermUses(source.body ?? '', sourceFile, raw));
  }
  if (issues.length > 0) throw new ContentValidationError(issues);

  const terms = sortByReading(raw).map((term): GlossaryTerm => {
    const definition = joinJapaneseLines(term.definition);
    const short = term.short && joinJapaneseLines(term.short);
    return { ...term, definition, short, shortText: shortDefinition({ definition, short }) };
  });
  return { file, terms, byId: new Map(terms.map((term) => [term.id, term])) };
}

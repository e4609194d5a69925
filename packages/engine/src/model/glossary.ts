/**
 * The glossary (content/glossary.yaml) as the pages use it, checked once
 * per build: related links must point at real pages. Every <Term id="…">
 * is checked earlier, by line, with the body of its file (the loader's
 * body pass, src/rules/bodyReferences.ts).
 */
import { getEntry } from 'astro:content';
import { ContentValidationError, type ContentIssue } from '../rules/issues.ts';
import { checkGlossary, shortDefinition, sortByReading } from '../rules/glossary.ts';
import { joinJapaneseLines } from '../rules/japaneseText.ts';
import type { GlossaryTermData } from '../rules/schemas.ts';
import { getSiteContent } from './siteContent.ts';
import { knownPages } from './pages.ts';
import { memoizeModel } from './memo.ts';

export interface GlossaryTerm extends GlossaryTermData {
  /** What hover and focus show. */
  shortText: string;
}

export interface Glossary {
  /** False without content/glossary.yaml: no glossary page, link or nav entry. */
  enabled: boolean;
  file: string;
  /** In 五十音 order of their readings. */
  terms: GlossaryTerm[];
  byId: Map<string, GlossaryTerm>;
}

export const getGlossary: () => Promise<Glossary> = memoizeModel(loadGlossary);

async function loadGlossary(): Promise<Glossary> {
  const [entry, content] = await Promise.all([getEntry('glossary', 'glossary'), getSiteContent()]);
  const file = entry?.filePath ?? 'content/glossary.yaml';
  // Without content/glossary.yaml the glossary is off (no page, link or nav entry).
  const raw = entry?.data.terms ?? [];

  const issues: ContentIssue[] = checkGlossary(raw, knownPages(content, raw), file);
  if (issues.length > 0) throw new ContentValidationError(issues);

  const terms = sortByReading(raw).map((term): GlossaryTerm => {
    const definition = joinJapaneseLines(term.definition);
    const short = term.short && joinJapaneseLines(term.short);
    return { ...term, definition, short, shortText: shortDefinition({ definition, short }) };
  });
  return { enabled: entry !== undefined, file, terms, byId: new Map(terms.map((term) => [term.id, term])) };
}

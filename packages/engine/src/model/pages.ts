/**
 * Page references written in content (`principles/<id>`, `posts/<slug>`)
 * turned into what a list needs: link, title, kind, reading time.
 */
import { parsePageRef, type KnownPages } from '../rules/pageRefs.ts';
import { ja } from './ui.ts';
import { readingMinutes } from '../site/readingTime.ts';
import type { SiteContent } from './siteContent.ts';
import { routes } from './routes.ts';

export interface ResolvedPage {
  key: string;
  href: string;
  title: string;
  /** ミッション / principles (site.yaml principlesName) / ハンドブック / ブログ記事 / 用語集 */
  kindLabel: string;
  description?: string | undefined;
  readingMinutes?: number | undefined;
  /** A sample post (frontmatter `sample: true`): every link to it says サンプル. */
  sample?: boolean | undefined;
}

export function knownPages(content: SiteContent, terms: ReadonlyArray<{ id: string }>): KnownPages {
  return {
    principles: content.principles.map((principle) => principle.id),
    handbook: content.chapters.map((chapter) => chapter.slug),
    posts: content.posts.filter((post) => !post.unpublished).map((post) => post.slug),
    glossary: terms.map((term) => term.id),
  };
}

/** Assumes the reference was checked (checkPageRef) beforehand. */
export function resolvePage(
  key: string,
  content: SiteContent,
  terms: ReadonlyArray<{ id: string; term: string; shortText: string }>,
): ResolvedPage {
  const ref = parsePageRef(key);
  const kinds = ja.onboarding.kinds;
  if (ref?.kind === 'mission') {
    return {
      key,
      href: routes.mission,
      title: content.mission.entry.data.title,
      kindLabel: kinds.mission,
      description: content.mission.entry.data.lead,
      readingMinutes: readingMinutesOf(content.mission.entry.body),
    };
  }
  if (ref?.kind === 'principles') {
    const principle = content.principles.find((candidate) => candidate.id === ref.id)!;
    return {
      key,
      href: routes.principle(principle.id),
      title: principle.title,
      kindLabel: `${kinds.principle}${principle.order}`,
      description: principle.lead,
      readingMinutes: principle.readingMinutes,
    };
  }
  if (ref?.kind === 'handbook') {
    const chapter = content.chapters.find((candidate) => candidate.slug === ref.id)!;
    return {
      key,
      href: routes.chapter(chapter.slug),
      title: chapter.title,
      kindLabel: kinds.chapter,
      description: chapter.description,
      readingMinutes: chapter.readingMinutes,
    };
  }
  if (ref?.kind === 'posts') {
    const post = content.posts.find((candidate) => candidate.slug === ref.id)!;
    return {
      key,
      href: routes.post(post.slug),
      title: post.title,
      kindLabel: post.sample ? `${kinds.post}（${ja.posts.sample}）` : kinds.post,
      description: post.summary,
      readingMinutes: post.readingMinutes,
      sample: post.sample,
    };
  }
  const term = ref?.id ? terms.find((candidate) => candidate.id === ref.id) : undefined;
  return term
    ? { key, href: routes.glossaryTerm(term.id), title: term.term, kindLabel: kinds.glossary, description: term.shortText }
    : { key, href: routes.glossary, title: ja.onboarding.glossary.title, kindLabel: kinds.glossary };
}

function readingMinutesOf(body: string | undefined): number {
  return readingMinutes(body ?? '');
}

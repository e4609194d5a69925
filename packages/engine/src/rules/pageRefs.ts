/**
 * References from one content file to a page of the site (onboarding steps,
 * glossary "related" links), written like the page's URL: `mission`,
 * `principles/<id>`, `handbook/<chapter>`, `posts/<post file name>`,
 * `glossary`, `glossary/<term id>`.
 */
import { listChoices, type ContentIssue, type IssueCode } from './issues.ts';

type PageKind = 'mission' | 'principles' | 'handbook' | 'posts' | 'glossary';

export interface PageRef {
  kind: PageKind;
  /** Entry id; absent for the mission page and the glossary page itself. */
  id?: string | undefined;
  /** The reference as written, e.g. "principles/<id>": a stable key. */
  key: string;
}

const KINDS: readonly PageKind[] = ['mission', 'principles', 'handbook', 'posts', 'glossary'];

export function parsePageRef(text: string): PageRef | undefined {
  const [kind, id, ...rest] = text.split('/');
  if (rest.length > 0 || !KINDS.includes(kind as PageKind)) return undefined;
  if (kind === 'mission') return id === undefined ? { kind, key: text } : undefined;
  if (kind === 'glossary') return { kind, id: id || undefined, key: text };
  return id ? { kind: kind as PageKind, id, key: text } : undefined;
}

/** Ids that exist, per kind of page. */
export interface KnownPages {
  principles: readonly string[];
  handbook: readonly string[];
  posts: readonly string[];
  glossary: readonly string[];
}

const WHERE: Record<Exclude<PageKind, 'mission'>, { ja: string; en: string }> = {
  principles: { ja: '原則（principles/）', en: 'principle' },
  handbook: { ja: 'ハンドブックの章', en: 'handbook chapter' },
  posts: { ja: '公開中のブログ記事', en: 'published post' },
  glossary: { ja: '用語集の用語', en: 'glossary term' },
};

const UNKNOWN_PAGE = {
  principles: 'page-ref.unknown-principle',
  handbook: 'page-ref.unknown-chapter',
  posts: 'page-ref.unknown-post',
  glossary: 'page-ref.unknown-term',
} as const satisfies Record<Exclude<PageKind, 'mission'>, IssueCode>;

/** Problem with one reference, or undefined when it points at a real page. */
export function checkPageRef(text: string, known: KnownPages, file: string, field: string): ContentIssue | undefined {
  const ref = parsePageRef(text);
  if (!ref) {
    return {
      code: 'page-ref.unreadable',
      file,
      field,
      ja: `「${text}」はページの指定として読めません。mission、principles/<ID>、handbook/<章>、posts/<記事>、glossary/<用語ID> の形で書いてください`,
      en: `"${text}" is not a page reference; write mission, principles/<id>, handbook/<chapter>, posts/<post> or glossary/<term id>`,
    };
  }
  if (ref.kind === 'glossary' && ref.id === undefined && known.glossary.length === 0) {
    // No content/glossary.yaml: the site has no glossary page to point at.
    return {
      code: 'page-ref.no-glossary',
      file,
      field,
      ja: '用語集（content/glossary.yaml）がないため、glossary は指定できません。用語集を作るか、この指定を消してください',
      en: 'there is no glossary (content/glossary.yaml), so "glossary" cannot be used; add a glossary or remove this reference',
    };
  }
  if (ref.kind === 'mission' || ref.id === undefined) return undefined;
  const ids = known[ref.kind];
  if (ids.includes(ref.id)) return undefined;
  const where = WHERE[ref.kind];
  const list = listChoices(ids);
  return {
    code: UNKNOWN_PAGE[ref.kind],
    file,
    field,
    ja: `${where.ja}「${ref.id}」はありません（下書きや公開日前の記事は指定できません）。次のいずれかを書いてください: ${list}`,
    en: `there is no ${where.en} "${ref.id}" (drafts and future posts cannot be used). Expected one of: ${list}`,
  };
}

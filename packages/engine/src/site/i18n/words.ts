/**
 * The organisation's own words for the UI dictionary. ja.ts is written
 * without any organisation's names; where a string needs one it holds a
 * placeholder, filled here from site.yaml and from the content:
 *
 *   {organization}  site.yaml `organization`      e.g. ○○町役場
 *   {leader}        site.yaml `leaderTitle`       e.g. 町長
 *   {principles}    site.yaml `principlesName`    e.g. 行動指針
 *   {principlesN}   the number of principles with that word, counted from
 *                   content/principles/           e.g. 3つの行動指針
 *   {blog}          site.yaml `blogName`          e.g. 町長ブログ
 *   {missionNote}   site.yaml `missionNoteLabel`  e.g. 補足
 */
export interface SiteWords {
  organization: string;
  leader: string;
  principles: string;
  principleCount: number;
  blog: string;
  missionNote: string;
}

/** 「3つの行動指針」, 「12の行動指針」: つ is only used with one to nine. */
export function countedPrinciples(count: number, name: string): string {
  return count >= 1 && count <= 9 ? `${count}つの${name}` : `${count}の${name}`;
}

export function fillWords(text: string, words: SiteWords): string {
  const values: Record<string, string> = {
    organization: words.organization,
    leader: words.leader,
    principles: words.principles,
    principlesN: countedPrinciples(words.principleCount, words.principles),
    blog: words.blog,
    missionNote: words.missionNote,
  };
  return text.replace(/\{(organization|leader|principlesN|principles|blog|missionNote)\}/gu, (_, key: string) => values[key]!);
}

type Placeholder = 'organization' | 'leader' | 'principles' | 'principlesN' | 'blog' | 'missionNote';

/** A dictionary string that still holds a placeholder: not a string until localize() fills it. */
interface Unfilled<S extends string = string> {
  readonly unfilled: S;
}

/** A dictionary as written: each string holding a placeholder is Unfilled. */
export type Template<T> = T extends string
  ? T extends `${string}{${Placeholder}}${string}`
    ? Unfilled<T>
    : T
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Template<R>
    : T extends object
      ? { readonly [K in keyof T]: Template<T[K]> }
      : T;

/** A dictionary (or a structure holding its strings) with every placeholder filled. */
export type Filled<T> = T extends Unfilled
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Filled<R>
    : T extends object
      ? { readonly [K in keyof T]: Filled<T[K]> }
      : T;

/**
 * The dictionary with every placeholder filled: strings are replaced, and
 * functions return filled strings; the shape stays the same.
 */
export function localize<T>(dictionary: T, words: SiteWords): Filled<T> {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return fillWords(value, words);
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => walk(fn(...args));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    }
    return value;
  };
  return walk(dictionary) as Filled<T>;
}

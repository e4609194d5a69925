/**
 * One fixture per kind of mistake (tests/fixtures/content-*), each a complete
 * content folder with a single bad input, and what the report must say:
 * the file, the field, and the expectation in Japanese and in English.
 */
export interface BadFixture {
  fixture: string;
  /** Content-relative files the message must name. */
  files: string[];
  field: string;
  ja: string;
  en: string;
  /** Only the build finds it (it needs the rendered site). */
  buildOnly?: boolean;
}

export const BAD_FIXTURES: BadFixture[] = [
  {
    fixture: 'content-bad-date',
    files: ['posts/2025/bad-date.mdx'],
    field: '› date',
    ja: '実在する日を書いてください',
    en: 'expected a real calendar date',
  },
  {
    fixture: 'content-missing-title',
    files: ['posts/2025/no-title.mdx'],
    field: '› title',
    ja: '必須の項目です',
    en: 'this field is required',
  },
  {
    fixture: 'content-unknown-principle',
    files: ['posts/2025/unknown-principle.mdx'],
    field: '› principles[0]',
    ja: '原則（principles/）のID「real-problm」はありません',
    en: 'unknown principle id "real-problm"',
  },
  {
    fixture: 'content-unknown-author',
    files: ['posts/2025/unknown-author.mdx'],
    field: '› author',
    ja: '執筆者ID「mayer」は',
    en: 'unknown author id "mayer"',
  },
  {
    fixture: 'content-duplicate-slug',
    files: ['posts/2024/hello.mdx', 'posts/2025/hello.mdx'],
    field: '(ファイル名 / file name)',
    ja: '同じファイル名「hello」',
    en: '"hello"',
  },
  { fixture: 'content-wrong-type', files: ['posts/2025/wrong-type.mdx'], field: '› tags', ja: 'リスト', en: 'got 5' },
  {
    fixture: 'content-missing-image',
    files: ['posts/2025/missing-image.mdx'],
    field: '画像 image 9行目 / line 9',
    ja: '画像ファイル「./kaigi.jpg」が見つかりません',
    en: 'image file "./kaigi.jpg" not found',
  },
  {
    fixture: 'content-missing-alt',
    files: ['posts/2025/missing-alt.mdx'],
    field: '画像 image 9行目 / line 9',
    ja: '代替テキストが空です',
    en: 'has no alt text',
  },
  {
    fixture: 'content-broken-link',
    files: [],
    field: 'ページ page: /mayor/posts/broken-link/ › リンク link: /mayor/posts/no-such-post/',
    ja: 'リンク先のページまたはファイルがありません',
    en: 'no page or file at this address',
    buildOnly: true,
  },
];

/**
 * One overlay per kind of mistake (tests/fixtures/overlays/<name>, applied to
 * content-valid by ./contentOverlays.ts), and what the report must say: the
 * files, the field (with the line where there is one), and the expectation in
 * Japanese and in English. check:content and the build must both say it.
 */
export interface BadFixture {
  overlay: string;
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
    overlay: 'proposal-bad',
    files: ['mission/versions/v2.md'],
    field: '› proposal',
    ja: '改訂案（proposal）には適用日（effective）を書きません',
    en: 'a proposal has no effective date',
  },
  {
    overlay: 'bad-date',
    files: ['posts/2025/bad-date.mdx'],
    field: '› date',
    ja: '実在する日を書いてください',
    en: 'expected a real calendar date',
  },
  { overlay: 'missing-title', files: ['posts/2025/no-title.mdx'], field: '› title', ja: '必須の項目です', en: 'this field is required' },
  {
    overlay: 'unknown-principle',
    files: ['posts/2025/unknown-principle.mdx'],
    field: '› principles[0]',
    ja: '原則（principles/）「real-problm」はありません。ID か正式な名前で',
    en: 'unknown principle "real-problm"',
  },
  {
    overlay: 'unknown-author',
    files: ['posts/2025/unknown-author.mdx'],
    field: '› author',
    ja: '執筆者ID「mayer」は',
    en: 'unknown author id "mayer"',
  },
  {
    overlay: 'duplicate-slug',
    files: ['posts/2024/hello.mdx', 'posts/2025/hello.mdx'],
    field: '(ファイル名 / file name)',
    ja: '同じファイル名「hello」',
    en: '"hello"',
  },
  { overlay: 'wrong-type', files: ['posts/2025/wrong-type.mdx'], field: '› tags', ja: 'リスト', en: 'got 5' },
  {
    overlay: 'missing-image',
    files: ['posts/2025/missing-image.mdx'],
    field: '› 画像 image 9行目 / line 9',
    ja: '画像ファイル「./kaigi.jpg」が見つかりません',
    en: 'image file "./kaigi.jpg" not found',
  },
  {
    overlay: 'missing-alt',
    files: ['posts/2025/missing-alt.mdx'],
    field: '› 画像 image 9行目 / line 9',
    ja: '代替テキストが空です',
    en: 'has no alt text',
  },
  {
    overlay: 'unknown-component',
    files: ['posts/2025/unknown-component.mdx'],
    field: '› <Calout> 7行目 / line 7',
    ja: '部品「Calout」はありません',
    en: 'there is no component "Calout"',
  },
  {
    overlay: 'unknown-term',
    files: ['posts/2025/unknown-term.mdx'],
    field: '› <Term> 7行目 / line 7 id',
    ja: '用語ID「hojokin」は content/glossary.yaml にありません',
    en: 'unknown glossary term id "hojokin"',
  },
  {
    overlay: 'glossary-bad-related',
    files: ['glossary.yaml'],
    field: '› terms[0].related[0]',
    ja: '公開中のブログ記事「no-such-post」はありません',
    en: 'there is no published post "no-such-post"',
  },
  {
    overlay: 'onboarding-yaml-error',
    files: ['onboarding.yaml'],
    field: '› (6行目 / line 6)',
    ja: 'YAML の書き方に誤りがあります',
    en: 'not valid YAML',
  },
  {
    overlay: 'authors-bad-entry',
    files: ['authors.yaml'],
    field: '› [1].role',
    ja: '必須の項目です',
    en: 'this field is required',
  },
  // Issue 12: what a Japanese editor types.
  {
    overlay: 'fullwidth-colon',
    files: ['posts/2025/fullwidth-colon.mdx'],
    field: '› summary 4行目 / line 4',
    ja: '「summary」の後のコロンが全角（：）です',
    en: 'the colon after "summary" is full-width',
  },
  {
    overlay: 'fullwidth-indent',
    files: ['posts/2025/fullwidth-indent.mdx'],
    field: '› (YAML) 6行目 / line 6',
    ja: '行の始めに全角スペースがあります',
    en: 'full-width space',
  },
  {
    overlay: 'shift-jis',
    files: ['posts/2025/shift-jis.mdx'],
    field: '› (文字コード / encoding)',
    ja: 'UTF-8 ではありません（Shift_JIS のようです）',
    en: 'it looks like Shift_JIS',
  },
  {
    overlay: 'bad-tags',
    files: ['posts/2025/bad-tags.mdx'],
    field: '› tags[2]',
    ja: 'タグ「a/b」には「/」を使えません',
    en: 'the tag "a/b" may not contain "/"',
  },
  {
    overlay: 'tag-collision',
    files: ['posts/2025/tag-ai-1.mdx', 'posts/2025/tag-ai-2.mdx'],
    field: '› tags',
    ja: '同じタグが 「ＡＩ活用」「AI活用」 と違う書き方',
    en: 'one tag is written in different ways',
  },
  {
    overlay: 'updated-before-date',
    files: ['posts/2025/updated-before-date.mdx'],
    field: '› updated',
    ja: '更新日（2025-06-01）が公開日（2025-06-10）より前です',
    en: 'updated (2025-06-01) is before date (2025-06-10)',
  },
  {
    overlay: 'import-node-fs',
    files: ['posts/2025/import-node-fs.mdx'],
    field: '› import / export 7行目 / line 7',
    ja: '本文に import や export は書けません',
    en: 'posts never run code',
  },
  {
    overlay: 'process-env',
    files: ['posts/2025/process-env.mdx'],
    field: '› { } 7行目 / line 7',
    ja: 'プログラムとして実行されるため書けません',
    en: 'would run as code',
  },
  {
    overlay: 'script-tag',
    files: ['posts/2025/script-tag.mdx'],
    field: '› <script> 9行目 / line 9',
    ja: '<script> は本文に書けません',
    en: '<script> is not allowed',
  },
  {
    overlay: 'unclosed-component',
    files: ['posts/2025/unclosed-component.mdx'],
    field: '› <Callout> 7行目 / line 7',
    ja: '<Callout> が閉じられていません',
    en: '<Callout> is not closed',
  },
  {
    overlay: 'deep-nesting',
    files: ['posts/2025/deep-nesting.mdx'],
    field: '› 本文 body 7行目 / line 7',
    ja: '入れ子が深すぎます',
    en: 'nested too deeply',
  },
  {
    overlay: 'huge-post',
    files: ['posts/2025/huge-post.mdx'],
    field: '› 本文 body 6行目 / line 6',
    ja: '本文が長すぎます',
    en: 'the body is too long',
  },
  {
    overlay: 'huge-title',
    files: ['posts/2025/huge-title.mdx'],
    field: '› title',
    ja: '題名は 120 字以内にしてください',
    en: 'the title must be at most 120 characters long',
  },
  {
    overlay: 'alias-bomb',
    files: ['posts/2025/alias-bomb.mdx'],
    field: '› (YAML 6行目 / line 6)',
    ja: '別名（*名前）が 63 個あります',
    en: '63 aliases (*name) found, at most 10 are allowed',
  },
  {
    overlay: 'nested-one-line',
    files: ['posts/2025/nested-one-line.mdx'],
    field: '› 本文 body 7行目 / line 7',
    ja: '入れ子が深すぎます',
    en: 'nested too deeply',
  },
  {
    overlay: 'symlinked-post',
    files: ['posts/2025/linked-post.mdx'],
    field: '› (シンボリックリンク / symbolic link)',
    ja: 'content/ の中にシンボリックリンクは置けません',
    en: 'symbolic links are not allowed in the content folder',
  },
  {
    overlay: 'symlinked-image',
    files: ['posts/2025/linked.svg'],
    field: '› (シンボリックリンク / symbolic link)',
    ja: 'content/ の中にシンボリックリンクは置けません',
    en: 'symbolic links are not allowed in the content folder',
  },
  {
    overlay: 'md-hidden-script',
    files: ['posts/2025/md-hidden-script.md'],
    field: '› <script> 11行目 / line 11',
    ja: '<script> は本文に書けません',
    en: '<script> is not allowed in content',
  },
  {
    overlay: 'control-char-href',
    files: ['posts/2025/control-char-href.mdx'],
    field: '› <a> href 9行目 / line 9',
    ja: '属性「href」は使えません',
    en: 'the attribute "href" is not allowed',
  },
  {
    overlay: 'image-query',
    files: ['posts/2025/image-query.mdx'],
    field: '› 画像 image 9行目 / line 9',
    ja: '「?」や「#」から後の部分があります',
    en: 'has a "?" or "#" part: write the file name only',
  },
  {
    overlay: 'reserved-slug',
    files: ['handbook/print.mdx'],
    field: '› (ファイル名 / file name)',
    ja: '「print」はサイトのページ（/handbook/print/）用に予約された名前',
    en: '"print" is reserved for one of the site\'s own pages (/handbook/print/)',
  },
  {
    overlay: 'broken-link',
    files: [],
    field: 'ページ page: /mayor/posts/broken-link/ › リンク link: /mayor/posts/no-such-post/',
    ja: 'リンク先のページまたはファイルがありません',
    en: 'no page or file at this address',
    buildOnly: true,
  },
];

/**
 * Overlays that must build, shown as the editor meant (see CONTRIBUTING.md,
 * 「書き癖の扱い」): built once together and checked page by page.
 */
export const GOOD_OVERLAYS = ['editor-habits'];

/** Valid content for one feature, built by its own tests: `proposals` (改訂案, tests/unit/proposals*.test.ts). */
export const FEATURE_OVERLAYS = ['proposals'];

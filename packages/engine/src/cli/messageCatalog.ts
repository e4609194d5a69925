/**
 * Every message an editor can meet, produced by running the real checks on a
 * small wrong example, with a hand-written fix. `npm run docs:messages` writes
 * it into CONTRIBUTING.md, and a unit test fails when that section is stale,
 * so the documentation always shows the messages the code really prints.
 */
import { checkBodyReferences, unpublishedEmbedIssue } from '../rules/bodyReferences.ts';
import { formatContentIssue, type ContentIssue } from '../rules/issues.ts';
import { checkContentIntegrity } from '../rules/crossFile.ts';
import { checkOnboarding } from '../rules/onboarding.ts';
import { authorListIssues } from '../rules/schemas.ts';
import { decodeContentFile } from '../rules/sourceText.ts';
import { parseYaml } from '../rules/yamlText.ts';
import { checkBoundIssue, fileTooLargeIssue, symlinkIssue } from '../rules/contentLayout.ts';
import { reservedSlugProblem } from '../rules/slug.ts';
import { checkLink, findBrokenLinks, formatBrokenLinks } from '../build/linkCheck.ts';
import { documentBase, formatExternalResources, judgeReferences } from '../build/externalResources.ts';
import { scanText } from '../build/outputScan.ts';
import { formatPublicProblems } from '../files/publicFolder.ts';
import { postSchema, principleSchema, TEMPLATE_SUMMARY } from '../rules/schemas.ts';
import { formatProposalWarnings, overdueProposalWarnings } from '../rules/proposals.ts';
import { validateEntrySource } from '../rules/validateEntry.ts';

const FILE = 'content/posts/2025/example.mdx';
/** Made-up principle ids: the catalog names no organisation's own. */
const EXAMPLE_PRINCIPLES = ['listen-first', 'try-small', 'share-results'];
const post = (frontmatter: string) =>
  validateEntrySource(`---\n${frontmatter}\n---\n\n本文\n`, FILE, postSchema('mayor')).issues;
const VALID = "title: タイトル\ndate: '2025-06-02'\nsummary: 概要です。";
const body = (text: string) =>
  checkBodyReferences(text, {
    file: FILE,
    firstLine: 9,
    principleIds: EXAMPLE_PRINCIPLES,
    principleTitles: { 'try-small': '小さく試す' },
    postSlugs: ['kaigi-memo'],
    terms: [{ id: 'sanso-bunri', term: '三層分離' }],
    fileExists: (relative) => relative === './kaigi.jpg',
  });
const integrity = (principles: string[], author: string) =>
  checkContentIntegrity({
    posts: [{ slug: 'example', file: FILE, principles, author }],
    principleIds: EXAMPLE_PRINCIPLES,
    authorIds: ['mayor', 'deputy-mayor', 'koho'],
  });

export interface MessageEntry {
  title: string;
  /** The example that produces it, as an editor would write it. */
  example: string;
  fix: string;
  message: () => string;
}

const issues = (list: ContentIssue[]) => () => list.map(formatContentIssue).join('\n\n');

export const MESSAGE_CATALOG: MessageEntry[] = [
  {
    title: 'ありえない日付・日付の書き方の誤り',
    example: 'date: 2025-02-30',
    fix: "実在する日付を `'2025-06-02'` のように、年4桁・月2桁・日2桁で、引用符（'）で囲んで書きます。`updated` も同じです。",
    message: issues(post('title: タイトル\ndate: 2025-02-30\nsummary: 概要です。')),
  },
  {
    title: '必須の項目がない',
    example: '（title の行がない）',
    fix: '`title`・`date`・`summary` は必ず書きます。項目名の綴りと、コロンの後の半角スペースを確かめてください。',
    message: issues(post("date: '2025-06-02'\nsummary: 概要です。")),
  },
  {
    title: '項目が空',
    example: 'summary: ""',
    fix: '内容を書きます。書くことがない任意の項目は、行ごと消してください。',
    message: issues(post("title: タイトル\ndate: '2025-06-02'\nsummary: ''")),
  },
  {
    title: '型の違い（リストのはずが数値など）',
    example: 'tags: 5',
    fix: 'タグと原則（principles）は `[タグ1, タグ2]` のようにリストで書きます。`draft`・`pinned` は `true` か `false` です。',
    message: issues(post(`${VALID}\ntags: 5\ndraft: はい`)),
  },
  {
    title: '知らない項目',
    example: 'auther: koho',
    fix: '項目名の綴りを確かめます。使える項目は「フロントマターの項目」の表のとおりです。',
    message: issues(post(`${VALID}\nauther: koho`)),
  },
  {
    title: '概要が長すぎる',
    example: 'summary: （201字以上）',
    fix: '概要は一覧や検索結果に出る1〜2文です。200字以内にまとめ、詳しいことは本文に書きます。',
    message: issues(post(`title: タイトル\ndate: '2025-06-02'\nsummary: ${'あ'.repeat(201)}`).map((issue) => issue)),
  },
  {
    title: '題名・タグ・検索語が長すぎる、多すぎる',
    example: 'title: （121字以上）、tags: （21個以上）',
    fix: '題名は 120 字まで、タグは 20 個まで（1つ 40 字まで）、検索語は 50 個まで（1つ 60 字まで）、リード文・説明は 1,000 字までです。短くまとめます。',
    message: issues(post(`title: ${'あ'.repeat(121)}\ndate: '2025-06-02'\nsummary: 概要です。\ntags: [${Array.from({ length: 21 }, (_, i) => `タグ${i}`).join(', ')}]`)),
  },
  {
    title: '概要がひな形のまま',
    example: 'summary: ここに記事の概要を1〜2文で書いてください。',
    fix: '`npm run new` が入れた仮の文のままです。記事の内容を1〜2文にまとめて書き換えます。',
    message: issues(post(`title: タイトル\ndate: '2025-06-02'\nsummary: ${TEMPLATE_SUMMARY}`)),
  },
  {
    title: 'フロントマターの書き方の誤り（YAML）',
    example: 'title タイトル（コロンがない）など',
    fix: '`---` で囲んだ部分は「項目名: 値」の形で1行に1項目です。コロンの後に半角スペース、引用符は閉じる、行頭に余計な空白を入れない、を確かめます。タイトルにコロン（:）を含むときは全体を `"…"` で囲みます。',
    message: issues(post('title: "閉じていない引用符\ndate: 2025-06-02')),
  },
  {
    title: '存在しない原則（principles/）の ID',
    example: 'principles: [listen-frist]',
    fix: '表示された一覧の ID か、かっこ内の正式な名前（例: `principles: [小さく試す]`）を書きます。',
    message: issues(integrity(['listen-frist'], 'mayor')),
  },
  {
    title: '存在しない執筆者 ID',
    example: 'author: mayer',
    fix: '`content/authors.yaml` にある ID を書きます。新しい執筆者は、先に `authors.yaml` に追加します。',
    message: issues(integrity([], 'mayer')),
  },
  {
    title: '同じファイル名の記事が2つある',
    example: 'posts/2024/hello.mdx と posts/2025/hello.mdx',
    fix: '記事の URL はファイル名で決まるため、フォルダが違っても同じ名前は使えません。どちらかの名前を変えます（公開済みの記事の名前を変えると URL が変わるので、新しい方を変えます）。',
    message: issues(
      checkContentIntegrity({
        posts: [
          { slug: 'hello', file: 'content/posts/2024/hello.mdx', principles: [], author: 'mayor' },
          { slug: 'hello', file: 'content/posts/2025/hello.mdx', principles: [], author: 'mayor' },
        ],
        principleIds: [],
        authorIds: ['mayor'],
      }),
    ),
  },
  {
    title: 'サイトのページと同じファイル名',
    example: 'content/handbook/print.mdx',
    fix: '`print`（印刷用ページ）、記事の `page`・`archive` は、サイトが使う名前です。別のファイル名にします。',
    message: issues([{ code: 'file.reserved-name', file: 'content/handbook/print.mdx', field: '(ファイル名 / file name)', ...reservedSlugProblem('handbook', 'print')! }]),
  },
  {
    title: '使えないファイル名',
    example: 'Keiei_Kaigi.mdx、2025.mdx',
    fix: 'ファイル名は半角の英小文字・数字・ハイフンで、英字を1文字以上含めます（例: `kaigi-memo.mdx`）。',
    message: issues(
      checkContentIntegrity({
        posts: [{ slug: 'Keiei_Kaigi', file: 'content/posts/2025/Keiei_Kaigi.mdx', principles: [], author: 'mayor' }],
        principleIds: [],
        authorIds: ['mayor'],
      }),
    ),
  },
  {
    title: '画像ファイルが見つからない',
    example: '![会議の様子](./kaigi.png)（ファイルは kaigi.jpg）',
    fix: '画像を記事と同じフォルダに置き、`./ファイル名` で指定します。大文字・小文字と拡張子（.jpg / .jpeg / .png）も一致させます。',
    message: issues(body('![会議の様子](./kaigi.png)')),
  },
  {
    title: '画像のパスの「?」「#」、content/ の外の画像',
    example: '![会議の様子](./kaigi.jpg?raw)、![地図](../../../../資料/map.svg)',
    fix: '画像はファイル名だけで指定します（`?` や `#` から後は書きません）。画像ファイルは `content/` の中（記事と同じフォルダなど）に置きます。',
    message: issues([
      ...body('![会議の様子](./kaigi.jpg?raw)'),
      ...checkBodyReferences('![地図](../../../../資料/map.svg)', {
        file: FILE,
        firstLine: 9,
        principleIds: EXAMPLE_PRINCIPLES,
        postSlugs: [],
        fileExists: () => true,
        fileInside: () => false,
      }),
    ]),
  },
  {
    title: 'content/ の中のシンボリックリンク',
    example: 'content/posts/2025/link.mdx → /home/user/文書/memo.mdx',
    fix: 'シンボリックリンク（ショートカットのようなもの）を消し、ファイルそのものを `content/` に置きます。',
    message: issues([symlinkIssue('content/posts/2025/link.mdx')]),
  },
  {
    title: '画像の代替テキストがない',
    example: '![](./kaigi.jpg)',
    fix: '角かっこの中に、画像を見られない人にも伝わるよう内容を短く書きます（例: `![会議室で職員が話し合う様子](./kaigi.jpg)`）。',
    message: issues(body('![](./kaigi.jpg)')),
  },
  {
    title: '外部のサーバーの画像',
    example: '![地図](https://maps.example.com/a.png)',
    fix: '庁内ネットワークからは外部のサーバーに接続できません。画像をダウンロードして記事と同じフォルダに置きます。',
    message: issues(body('![地図](https://maps.example.com/a.png)')),
  },
  {
    title: '部品の名前の誤り',
    example: '<Calout>…</Calout>',
    fix: '使える部品は `Callout`・`Figure`・`PrincipleLink`・`PostEmbed`・`Term` です。大文字・小文字も同じに書きます。',
    message: issues(body('<Calout>…</Calout>')),
  },
  {
    title: '部品の原則 ID・記事名の誤り',
    example: '<PrincipleLink id="cost-ishiki" /> <PostEmbed slug="keiei" />',
    fix: '`id` には原則（principles/）の ID、`slug` には記事のファイル名（`.mdx` を除く）を書きます。',
    message: issues(body('<PrincipleLink id="cost-ishiki" />\n<PostEmbed slug="keiei" />')),
  },
  {
    title: '囲みの種類・図のキャプションの誤り',
    example: '<Callout type="警告">… / <Figure>（caption がない）',
    fix: '`type` は `ポイント`（point）、`注意`（caution）、`解説`（explanation：サイトが書いた説明の印）のいずれかです。`Figure` には `caption="…"` を必ず書きます。',
    message: issues(body('<Callout type="警告">…</Callout>\n<Figure>')),
  },
  {
    title: '用語 ID の誤り',
    example: '<Term id="sanso">三層分離</Term>',
    fix: '`id` には `content/glossary.yaml` にある用語の ID を書きます。新しい用語は先に用語集に追加します。',
    message: issues(body('<Term id="sanso">三層分離</Term>')),
  },
  {
    title: '閉じていない部品',
    example: '<Callout type="注意">（</Callout> がない）',
    fix: '中身のある部品は `</Callout>` のような閉じタグで終えます。中身がない部品は `<PostEmbed slug="…" />` のように `/>` で閉じます。',
    message: issues(body('<Callout type="注意">\n\n締め切りは金曜日です。')),
  },
  {
    title: '本文の import / export（プログラム）',
    example: "import fs from 'node:fs'",
    fix: '記事・原則・ハンドブック・ミッションではプログラムを動かせません。部品は import なしで使えるので、この行を消します。',
    message: issues(body("import fs from 'node:fs'")),
  },
  {
    title: '{ } の中の英数字（プログラム）',
    example: '{process.env.HOME}',
    fix: '`{ }` の中の英数字はプログラムとして扱われるため止まります。括弧を文字として見せたいときは全角の `｛ ｝` を使います（`{月曜}` のように日本語だけならそのまま表示されます）。',
    message: issues(body('ホーム: {process.env.HOME}')),
  },
  {
    title: 'script などの使えない HTML',
    example: "<script>…</script>、<a onclick=\"…\">",
    fix: '`<script>`・`<iframe>`・`<form>` などの要素と `onclick` などの属性は、読む人のブラウザでプログラムを動かすため使えません。部品と通常の Markdown で書きます。',
    message: issues(body("<script>alert('x')</script>\n\n<a href=\"#\" onclick=\"alert(1)\">x</a>")),
  },
  {
    title: '入れ子が深すぎる',
    example: '>>>>>>…（100段を超える引用・箇条書き・部品の入れ子）',
    fix: '箇条書き・引用・部品の入れ子は 100 段までです。表やいくつかの記事に分けて書きます。',
    message: issues(body(`${'>'.repeat(150)} 深い引用`)),
  },
  {
    title: '検査が終わらないファイル・大きすぎるファイル',
    example: '（4 MB を超えるファイル、30 秒で検査の終わらないファイル）',
    fix: '記事を分けます。極端に長い行や、同じものの大量の繰り返しがないか確かめます。',
    message: issues([fileTooLargeIssue(FILE, 5_200_000), checkBoundIssue(FILE, { seconds: 30 })]),
  },
  {
    title: '本文が長すぎる',
    example: '（1,000,000 字を超える本文）',
    fix: '記事を分けるか、長い資料はファイルとして添付します。',
    message: issues(body('あ'.repeat(1_000_001))),
  },
  {
    title: 'YAML の別名（*名前）の使いすぎ',
    example: 'b: &b [*a, *a, *a, …]',
    fix: '同じ値を別名（`&名前` と `*名前`）で使い回さず、それぞれの場所にそのまま書きます。別名は 10 個までです。',
    message: () => {
      const result = parseYaml(['a: &a [x, x, x]', 'b: &b [*a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b]'].join('\n'), 'content/site.yaml');
      return result.ok ? '' : result.issues.map(formatContentIssue).join('\n\n');
    },
  },
  {
    title: '項目名の後の全角コロン',
    example: 'summary：概要です。',
    fix: '日本語入力のまま打つと全角の「：」になります。半角英数に切り替えて `summary: ` と打ちます（コロンの後に半角スペース）。',
    message: issues(post("title: タイトル\ndate: '2025-06-02'\nsummary：概要です。")),
  },
  {
    title: 'コロンの後に空白がない',
    example: 'summary:概要です。',
    fix: 'コロンの後に半角スペースを1つ入れます（`summary: 概要です。`）。',
    message: issues(post("title: タイトル\ndate: '2025-06-02'\nsummary:概要です。")),
  },
  {
    title: '行頭の全角スペース',
    example: 'tags: の次の行が「　- 働き方」',
    fix: 'フロントマターや YAML ファイルの字下げは半角スペースで入れます。',
    message: issues(post("title: タイトル\ndate: '2025-06-02'\nsummary: 概要です。\ntags:\n\u3000- 働き方")),
  },
  {
    title: '文字コードが UTF-8 でない（Shift_JIS など）',
    example: 'メモ帳で「ANSI」や「Shift_JIS」として保存したファイル',
    fix: 'エディターの「名前を付けて保存」で文字コードに「UTF-8」を選んで保存し直します。',
    message: () => {
      const decoded = decodeContentFile(new Uint8Array([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]), FILE);
      return decoded.ok ? '' : formatContentIssue(decoded.issue);
    },
  },
  {
    title: 'URL にできないタグ',
    example: "tags: ['..', a/b]",
    fix: 'タグはタグのページの URL になるため、`/ \\ ? # % < > " \' { } | ^` と、点だけのタグは使えません。「・」やスペースで区切るか、別の言葉にします。',
    message: issues(post(`${VALID}\ntags: ['..', a/b]`)),
  },
  {
    title: '書き方だけ違う同じタグ',
    example: 'tags: [ＡＩ活用] と tags: [AI活用]',
    fix: '全角・半角、大文字・小文字、空白だけが違うタグは同じタグのページになります。どれか1つの書き方にそろえます。',
    message: issues(
      checkContentIntegrity({
        posts: [
          { slug: 'a', file: 'content/posts/2025/a.mdx', principles: [], author: 'mayor', tags: ['ＡＩ活用'] },
          { slug: 'b', file: 'content/posts/2025/b.mdx', principles: [], author: 'mayor', tags: ['AI活用'] },
        ],
        principleIds: [],
        authorIds: ['mayor'],
      }),
    ),
  },
  {
    title: '更新日が公開日より前',
    example: "date: '2025-06-10' / updated: '2025-06-01'",
    fix: '`updated` には記事を更新した日（公開日以降）を書きます。更新していなければ行ごと消します。',
    message: issues(post("title: タイトル\ndate: '2025-06-10'\nupdated: '2025-06-01'\nsummary: 概要です。")),
  },
  {
    title: '執筆者一覧（authors.yaml）の誤り',
    example: '- id: koho（name はあるが role がない）',
    fix: '執筆者ごとに `id`・`name`・`role` を書きます。誤りのある執筆者だけが報告され、ほかの執筆者の記事は影響を受けません。',
    message: issues(authorListIssues([{ id: 'mayor', name: '町長', role: '町長' }, { id: 'koho', name: '広報担当' }], 'content/authors.yaml').issues),
  },
  {
    title: 'YAML ファイルの書き方の誤り（用語集・新人向けの道順）',
    example: '- page: "mission（引用符が閉じていない）',
    fix: '表示された行の近くで、引用符の閉じ忘れ、コロンの後の空白、字下げを確かめます。',
    message: () => {
      const parsed = parseYaml('sections:\n  - title: ミッションを知る\n    steps:\n      - page: "mission\n', 'content/onboarding.yaml');
      return parsed.ok ? '' : parsed.issues.map(formatContentIssue).join('\n\n');
    },
  },
  {
    title: '道順・用語集のページ指定の誤り',
    example: '- page: posts/no-such-post',
    fix: '公開中のページを `mission`、`principles/<ID>`、`handbook/<章>`、`posts/<記事のファイル名>`、`glossary/<用語ID>` の形で書きます。',
    message: issues(
      checkOnboarding(
        { sections: [{ title: '道順', steps: [{ page: 'posts/no-such-post' }] }] },
        { principles: ['try-small'], handbook: [], posts: ['kaigi-memo'], glossary: [] },
        'content/onboarding.yaml',
      ),
    ),
  },
  {
    title: 'まだ公開されていない記事の埋め込み',
    example: '<PostEmbed slug="shitagaki" />（draft: true の記事）',
    fix: '埋め込む記事が公開されてから（`draft: false`、公開日が今日以前）埋め込みます。同じ日に公開するなら、両方の記事の公開日をそろえます。',
    message: issues([unpublishedEmbedIssue('shitagaki', [FILE])]),
  },
  {
    title: 'リンク切れ（ビルドの最後に見つかるもの）',
    example: '[経営会議](/posts/keiei/)',
    fix: '記事へのリンクは `/posts/ファイル名/` と書きます。下書きや公開日が未来の記事にはリンクできません。サイトがサブパス（例: `/mayor/`）で公開されるときは、`../kaigi-memo/` のような相対リンクにすると確実です。庁外のサイトへのリンクは確認されず、ビルドは止まりません。',
    message: () => {
      const options = { base: '/', siteUrl: 'http://localhost:4321', exists: () => false };
      const problem = checkLink('/posts/keiei/', '/posts/example/', options);
      return formatBrokenLinks(problem ? [{ page: '/posts/example/', link: '/posts/keiei/', ...problem }] : [])
        .split('\n\n')
        .slice(1)
        .join('\n\n');
    },
  },
];

MESSAGE_CATALOG.push({
  title: 'ページ内の見出しへのリンク切れ',
  example: '[会議のねらい](../kaigi-memo/#ねらい)（見出しの文字を変えた後）',
  fix: '`#` の後ろは、リンク先のページの見出しの文字と同じにします。見出しを書き換えたときは、その見出しへのリンクも直します。',
  message: () => {
    const pages = [
      { file: 'posts/kaigi-memo/index.html', html: '<h2 id="会議のねらい">会議のねらい</h2>' },
      { file: 'posts/example/index.html', html: '<a href="../kaigi-memo/#ねらい">会議のねらい</a>' },
    ];
    const broken = findBrokenLinks(pages, {
      base: '/',
      siteUrl: 'http://localhost:4321',
      exists: (file) => pages.some((page) => page.file === file),
    });
    return formatBrokenLinks(broken).split('\n\n').slice(1).join('\n\n');
  },
});

/**
 * How each habit of Japanese typing is handled: read as the editor meant, or
 * refused with a message (above). The overlay named is the test fixture
 * (tests/fixtures/overlays/) that proves it through check:content and a build.
 */
export interface HabitDecision {
  habit: string;
  example: string;
  decision: '受け付ける' | '止める';
  why: string;
  overlay: string;
}

export const HABIT_DECISIONS: HabitDecision[] = [
  { habit: '本文の不等号', example: '10人<20人、<金曜>', decision: '受け付ける', why: 'そのまま表示します。`<` の直後が半角英字のとき（`<b>` など）だけタグとして読みます。', overlay: 'editor-habits' },
  { habit: '本文の波かっこ', example: '{月曜}', decision: '受け付ける', why: 'そのまま表示します。記事はプログラムを動かさないので、かっこは文字です。', overlay: 'editor-habits' },
  { habit: '波かっこの中の英数字', example: '{process.env.HOME}', decision: '止める', why: 'プログラムを書こうとしたものと見なします。ビルドするコンピューターの情報が出ることを防ぎます。', overlay: 'process-env' },
  { habit: 'import / export の行', example: "import fs from 'node:fs'", decision: '止める', why: '記事からファイルを読むなど、プログラムを動かせないようにします。', overlay: 'import-node-fs' },
  { habit: 'script・iframe・on… 属性', example: "<script>…</script>", decision: '止める', why: '読む人のブラウザでプログラムが動くのを防ぎます。', overlay: 'script-tag' },
  { habit: 'URL の直後の「。」', example: 'https://example.jp/page。', decision: '受け付ける', why: 'リンクは URL の英数字の部分までにし、「。」からは文章として表示します。`<https://…>` もリンクにします。', overlay: 'editor-habits' },
  { habit: 'HTML のコメント', example: '<!-- 公開前に課長確認 -->', decision: '受け付ける', why: '編集メモとして扱い、ページには出しません。', overlay: 'editor-habits' },
  { habit: '部品の属性のスマート引用符', example: '<Callout type=“注意”>', decision: '受け付ける', why: '日本語入力で打った “ ” を " " として読みます。', overlay: 'editor-habits' },
  { habit: '日本語の日付・和暦・全角数字', example: '2025年6月2日、令和7年6月3日、２０２５－０６－０２', decision: '受け付ける', why: 'YYYY-MM-DD に読み替えます。実在しない日は止めます。', overlay: 'editor-habits' },
  { habit: '原則を正式な名前で書く', example: 'principles: [本当の課題を見つける]', decision: '受け付ける', why: '原則の正式な名前（title）を ID として読みます。どちらでもないときは、ID と名前の一覧を示して止めます。', overlay: 'editor-habits' },
  { habit: 'タグを「、」で区切る・全角［ ］で囲む', example: 'tags: [働き方、業務改善]、tags: ［広報］', decision: '受け付ける', why: '「、」「，」で分け、全角のかっこを外して、別々のタグにします。', overlay: 'editor-habits' },
  { habit: 'URL にできないタグ', example: "tags: ['..', '/', a/b, a?b]", decision: '止める', why: 'タグのページの URL が壊れたり、別のタグと同じ URL になったりするためです。', overlay: 'bad-tags' },
  { habit: '全角・半角だけ違うタグ', example: 'ＡＩ活用 と AI活用', decision: '止める', why: '同じタグのページになるので、どちらの書き方を表示するか決められません。', overlay: 'tag-collision' },
  { habit: '項目名の後の全角コロン・コロンの後の空白なし', example: 'summary：概要、summary:概要', decision: '止める', why: 'フロントマターは Astro 本体も読むため、ここだけ読み替えると食い違います。行と直し方を示して止めます。', overlay: 'fullwidth-colon' },
  { habit: '行頭の全角スペース（字下げ）', example: '　- 働き方', decision: '止める', why: '同上。字下げは半角スペースで入れてもらいます。', overlay: 'fullwidth-indent' },
  { habit: 'Shift_JIS などで保存したファイル', example: 'メモ帳の「ANSI」', decision: '止める', why: '推測で変換すると文字化けを公開するおそれがあるため、推測した文字コードと保存し直す方法を示します。', overlay: 'shift-jis' },
  { habit: '更新日が公開日より前', example: "date: '2025-06-10'、updated: '2025-06-01'", decision: '止める', why: 'どちらかの書き間違いなので、正しい日を書いてもらいます。', overlay: 'updated-before-date' },
  { habit: '極端に深い入れ子', example: '>>>>…（数千段）', decision: '止める', why: '100 段を超えるとファイル名と行を示して止めます（数千段では変換プログラムが異常終了するため、その前に調べます）。', overlay: 'deep-nesting' },
  { habit: '数 MB の記事', example: '表を貼り付けた記事', decision: '止める', why: '1,000,000 字を超える本文は、ファイル名を示して止めます。', overlay: 'huge-post' },
  { habit: '文中の全角スペース・全角かっこ・スマート引用符', example: '「　」（　）“引用”', decision: '受け付ける', why: '本文ではそのまま表示します。', overlay: 'editor-habits' },
];

export function renderHabitDecisions(): string {
  const rows = HABIT_DECISIONS.map(
    (item) => `| ${item.habit} | \`${item.example.replaceAll('`', "'").replaceAll('|', '｜')}\` | **${item.decision}** | ${item.why.replaceAll('|', '｜')} |`,
  );
  return ['#### 書き癖の扱い', '', '| 書き方 | 例 | 扱い | 理由・結果 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

MESSAGE_CATALOG.push(
  {
    title: '外部のサーバーから読み込む画像など（ビルドの最後に見つかるもの）',
    example: '![会議の様子](https://www.example.com/photos/kaigi.jpg)',
    fix: '画像は記事と同じフォルダに置き、`![会議の様子](./kaigi.jpg)` のように書きます。庁内ネットワークからは外部のサーバーに接続できないため、外部の画像・動画・地図の埋め込みは使えません。外部のページを紹介するときは、リンク（`[文字](https://…)`）にします。',
    message: () => {
      const page = 'https://intra.example.lg.jp/posts/example/';
      const scan = scanText('html', '<img src="https://www.example.com/photos/kaigi.jpg" alt="会議の様子">');
      const found = judgeReferences('posts/example/index.html', scan.references, documentBase(scan.references, page), 'https://intra.example.lg.jp');
      return formatExternalResources(found).split('\n\n').slice(1).join('\n\n');
    },
  },
  {
    title: 'public/ の「.」で始まるファイル（ビルドの最初に見つかるもの）',
    example: 'public/.env',
    fix: '`public/` に置いたものはすべてそのまま公開されます。設定ファイルや「.」で始まるファイル・フォルダは `public/` に置かないでください。`public/` の外のファイルを指すシンボリックリンク（ショートカット）も使えません。実物のファイルを置きます。',
    message: () => formatPublicProblems([{ file: '.env', reason: 'dotfile' }]).split('\n\n').slice(1).join('\n\n'),
  },
);

MESSAGE_CATALOG.push(
  {
    title: '改訂案（proposal）に新しい名称もリード文もない',
    example: "proposal: { commentsUntil: '2025-07-31', reason: 言葉を改めたい }",
    fix: '改訂案には、新しい名称（`title`）か新しいリード文（`lead`）の少なくとも一方を、`proposal:` の下に書きます。いまの名称とリード文は、ファイルの上の `title`・`lead` のまま変えません。',
    message: issues(
      validateEntrySource(
        "---\norder: 1\ntitle: 小さく試す\nlead: 小さく試して学びます。\nquestions:\n  - 試せませんか？\nproposal:\n  commentsUntil: '2025-07-31'\n  reason: 言葉を改めたい\n---\n\n本文\n",
        'content/principles/try-small.mdx',
        principleSchema,
      ).issues,
    ),
  },
  {
    title: '意見募集の締切を過ぎた改訂案（警告。公開は続きます）',
    example: "commentsUntil: '2025-07-31'（8月になっても proposal が残っている）",
    fix: '採用するなら、ミッションは `proposal:` を消して適用日（`effective`）を書き、原則（principles）は案の `title`・`lead` を上の項目に書き写して `proposal:` を消します。取り下げるなら `proposal:` に `withdrawn: true` を書きます。',
    message: () =>
      formatProposalWarnings(overdueProposalWarnings([{ file: 'content/mission/versions/v2.md', kind: 'mission', commentsUntil: '2025-07-31', withdrawn: false }], '2025-08-01'))
        .split('\n\n')
        .slice(1)
        .join('\n\n'),
  },
);

export const MESSAGES_START = '<!-- messages:start (npm run docs:messages で生成。手で編集しないでください) -->';
export const MESSAGES_END = '<!-- messages:end -->';

export function renderMessageCatalog(): string {
  const sections = MESSAGE_CATALOG.map(
    (entry) =>
      `#### ${entry.title}\n\n書いた例: \`${entry.example.replaceAll('`', "'")}\`\n\n\`\`\`text\n${entry.message()}\n\`\`\`\n\n**直し方**: ${entry.fix}`,
  );
  return [MESSAGES_START, renderHabitDecisions(), ...sections, MESSAGES_END].join('\n\n');
}

/** Replace the generated section of a document (between the markers). */
export function withMessageCatalog(document: string): string {
  const start = document.indexOf(MESSAGES_START);
  const end = document.indexOf(MESSAGES_END);
  if (start === -1 || end === -1) throw new Error('CONTRIBUTING.md has no messages:start / messages:end markers');
  return document.slice(0, start) + renderMessageCatalog() + document.slice(end + MESSAGES_END.length);
}

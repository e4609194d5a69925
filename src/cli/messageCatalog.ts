/**
 * Every message an editor can meet, produced by running the real checks on a
 * small wrong example, with a hand-written fix. `npm run docs:messages` writes
 * it into CONTRIBUTING.md, and a unit test fails when that section is stale,
 * so the documentation always shows the messages the code really prints.
 */
import { checkBodyReferences, unpublishedEmbedIssue } from '../rules/bodyReferences.ts';
import { formatContentIssue, type ContentIssue } from '../rules/issues.ts';
import { checkContentIntegrity } from '../rules/crossFile.ts';
import { checkLink, findBrokenLinks, formatBrokenLinks } from '../build/linkCheck.ts';
import { documentBase, formatExternalResources, judgeReferences } from '../build/externalResources.ts';
import { scanText } from '../build/outputScan.ts';
import { formatPublicProblems } from '../files/publicFolder.ts';
import { postSchema, TEMPLATE_SUMMARY } from '../rules/schemas.ts';
import { validateEntrySource } from '../rules/validateEntry.ts';

const FILE = 'content/posts/2025/example.mdx';
const post = (frontmatter: string) =>
  validateEntrySource(`---\n${frontmatter}\n---\n\n本文\n`, FILE, postSchema('mayor')).issues;
const VALID = "title: タイトル\ndate: '2025-06-02'\nsummary: 概要です。";
const body = (text: string) =>
  checkBodyReferences(text, {
    file: FILE,
    firstLine: 9,
    principleIds: ['real-problem', 'better-solutions', 'start-small', 'new-challenges', 'cost'],
    postSlugs: ['keiei-kaigi'],
    fileExists: (relative) => relative === './kaigi.jpg',
  });
const integrity = (principles: string[], author: string) =>
  checkContentIntegrity({
    posts: [{ slug: 'example', file: FILE, principles, author }],
    principleIds: ['real-problem', 'better-solutions', 'start-small', 'new-challenges', 'cost'],
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
    fix: 'タグと綱領は `[タグ1, タグ2]` のようにリストで書きます。`draft`・`pinned` は `true` か `false` です。',
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
    title: '存在しない綱領 ID',
    example: 'principles: [real-problm]',
    fix: '表示された一覧の ID から選びます（綴りの誤りが多い原因です）。',
    message: issues(integrity(['real-problm'], 'mayor')),
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
    title: '使えないファイル名',
    example: 'Keiei_Kaigi.mdx、2025.mdx',
    fix: 'ファイル名は半角の英小文字・数字・ハイフンで、英字を1文字以上含めます（例: `keiei-kaigi.mdx`）。',
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
    fix: '使える部品は `Callout`・`Figure`・`PrincipleLink`・`PostEmbed` です。大文字・小文字も同じに書きます。',
    message: issues(body('<Calout>…</Calout>')),
  },
  {
    title: '部品の綱領 ID・記事名の誤り',
    example: '<PrincipleLink id="cost-ishiki" /> <PostEmbed slug="keiei" />',
    fix: '`id` には綱領の ID、`slug` には記事のファイル名（`.mdx` を除く）を書きます。',
    message: issues(body('<PrincipleLink id="cost-ishiki" />\n<PostEmbed slug="keiei" />')),
  },
  {
    title: '囲みの種類・図のキャプションの誤り',
    example: '<Callout type="警告">… / <Figure>（caption がない）',
    fix: '`type` は `ポイント`（point）か `注意`（caution）です。`Figure` には `caption="…"` を必ず書きます。',
    message: issues(body('<Callout type="警告">…</Callout>\n<Figure>')),
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
    fix: '記事へのリンクは `/posts/ファイル名/` と書きます。下書きや公開日が未来の記事にはリンクできません。サイトがサブパス（例: `/mayor/`）で公開されるときは、`../keiei-kaigi/` のような相対リンクにすると確実です。庁外のサイトへのリンクは確認されず、ビルドは止まりません。',
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
  example: '[会議のねらい](../keiei-kaigi/#ねらい)（見出しの文字を変えた後）',
  fix: '`#` の後ろは、リンク先のページの見出しの文字と同じにします。見出しを書き換えたときは、その見出しへのリンクも直します。',
  message: () => {
    const pages = [
      { file: 'posts/keiei-kaigi/index.html', html: '<h2 id="経営会議のねらい">経営会議のねらい</h2>' },
      { file: 'posts/example/index.html', html: '<a href="../keiei-kaigi/#ねらい">会議のねらい</a>' },
    ];
    const broken = findBrokenLinks(pages, {
      base: '/',
      siteUrl: 'http://localhost:4321',
      exists: (file) => pages.some((page) => page.file === file),
    });
    return formatBrokenLinks(broken).split('\n\n').slice(1).join('\n\n');
  },
});

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

export const MESSAGES_START = '<!-- messages:start (npm run docs:messages で生成。手で編集しないでください) -->';
export const MESSAGES_END = '<!-- messages:end -->';

export function renderMessageCatalog(): string {
  const sections = MESSAGE_CATALOG.map(
    (entry) =>
      `#### ${entry.title}\n\n書いた例: \`${entry.example.replaceAll('`', "'")}\`\n\n\`\`\`text\n${entry.message()}\n\`\`\`\n\n**直し方**: ${entry.fix}`,
  );
  return [MESSAGES_START, ...sections, MESSAGES_END].join('\n\n');
}

/** Replace the generated section of a document (between the markers). */
export function withMessageCatalog(document: string): string {
  const start = document.indexOf(MESSAGES_START);
  const end = document.indexOf(MESSAGES_END);
  if (start === -1 || end === -1) throw new Error('CONTRIBUTING.md has no messages:start / messages:end markers');
  return document.slice(0, start) + renderMessageCatalog() + document.slice(end + MESSAGES_END.length);
}

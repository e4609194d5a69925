/**
 * What `mission-handbook init` writes around the content: the site's
 * package.json (the engine pinned to one version), its CI for GitLab and
 * GitHub, CODEOWNERS and review templates, a README for its administrator
 * and a CONTRIBUTING for its editors — all in the organisation's own words,
 * from the same answers as its content. Pure: the files are returned by path.
 * (astro.config.mjs, src/content.config.ts, tsconfig.json and public/ are
 * copied as they are from templates/site/.)
 */
import { renderMessageCatalog } from './messageCatalog.ts';
import { principleIds, type InitAnswers } from './initTemplate.ts';

export interface SiteOptions {
  /** npm package name of the site (from its folder name). */
  name: string;
  /** What package.json depends on: a version ("0.3.0") or a tarball ("file:vendor/…tgz"). */
  engine: string;
  /** The engine's version, for the README. */
  engineVersion: string;
}

/** A folder name as an npm package name: lower-case ASCII, else "mission-site". */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/gu, '-')
    .replace(/^[._-]+|[._-]+$/gu, '');
  return name === '' ? 'mission-site' : name.slice(0, 214);
}

/** The site's npm scripts: every one runs the engine's command of the same name. */
export const SITE_SCRIPTS: Record<string, string> = {
  dev: 'mission-handbook dev',
  build: 'mission-handbook build',
  preview: 'mission-handbook preview',
  start: 'mission-handbook build && mission-handbook preview',
  check: 'mission-handbook check',
  'check:content': 'mission-handbook check',
  new: 'mission-handbook new',
  editor: 'mission-handbook editor',
  deploy: 'mission-handbook deploy',
  pdf: 'mission-handbook pdf',
  verify: 'mission-handbook verify',
  // What CI runs: the content check, the build (links and off-site resources
  // included) and the engine's checks of the built site.
  ci: 'mission-handbook check && mission-handbook build && mission-handbook verify',
};

export function renderSitePackage(answers: InitAnswers, options: SiteOptions): string {
  const pkg = {
    name: options.name,
    version: '1.0.0',
    private: true,
    type: 'module',
    description: `${answers.title}（mission-handbook で作るサイト）`,
    engines: { node: '>=22.18' },
    scripts: SITE_SCRIPTS,
    dependencies: { 'mission-handbook': options.engine },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const GITHUB_CI = (answers: InitAnswers) => `# ${answers.title}: pull requests and main are checked (content, build, the built site).
# Chromium for the checks of the built site: Playwright's build on GitHub's runners.
name: CI
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v4
        with:
          # 最終更新日 on each page comes from git log.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      - run: npm ci --no-audit --no-fund
      - run: npx playwright install --with-deps chromium
      - run: npm run ci
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: site
          path: dist/
`;

const GITHUB_DEPLOY = (answers: InitAnswers) => `# ${answers.title}: publish to the intranet server from a self-hosted runner
# inside the network, on every push to main and daily at 00:05 JST (15:05 UTC)
# so that posts dated today go out without anyone pushing.
# Repository variables: DEPLOY_TARGET (a folder or user@host:folder),
# optionally SITE_URL and BASE_PATH.
name: Deploy
on:
  push:
    branches: [main]
  schedule:
    - cron: '5 15 * * *'
  workflow_dispatch:
permissions:
  contents: read
concurrency:
  group: deploy
  cancel-in-progress: false
jobs:
  deploy:
    runs-on: [self-hosted, intranet]
    timeout-minutes: 30
    env:
      SITE_URL: \${{ vars.SITE_URL }}
      BASE_PATH: \${{ vars.BASE_PATH }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - run: npm ci --no-audit --no-fund
      - run: npm run ci
      - name: Deploy
        env:
          DEPLOY_TARGET: \${{ vars.DEPLOY_TARGET }}
        run: |
          test -n "$DEPLOY_TARGET" || { echo "リポジトリ変数 DEPLOY_TARGET を設定してください / Set the repository variable DEPLOY_TARGET"; exit 1; }
          npm run deploy -- --to "$DEPLOY_TARGET"
`;

const GITLAB_CI = (answers: InitAnswers) => `# ${answers.title}: merge requests and the default branch are checked (content,
# build, the built site); the default branch is published by a runner inside
# the network. CI/CD variables: DEPLOY_TARGET (a folder or user@host:folder),
# optionally SITE_URL and BASE_PATH. A scheduled pipeline (daily, 00:05 JST)
# publishes posts dated today.
# The image needs Node.js 22.18+ and git; Chromium is installed from Debian.
default:
  image: node:24-bookworm

variables:
  GIT_DEPTH: 0

stages: [check, deploy]

check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  before_script:
    - apt-get update -qq && apt-get install -y -qq chromium
    - npm ci --no-audit --no-fund
  script:
    - npm run ci
  artifacts:
    name: site
    paths: [dist/]
    expire_in: 1 week

deploy:
  stage: deploy
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  resource_group: deploy
  tags: [intranet]
  script:
    - npm ci --no-audit --no-fund
    - npm run build
    - test -n "$DEPLOY_TARGET" || { echo "CI/CD 変数 DEPLOY_TARGET を設定してください / Set the CI/CD variable DEPLOY_TARGET"; exit 1; }
    - npm run deploy -- --to "$DEPLOY_TARGET"
`;

const CODEOWNERS = (answers: InitAnswers) => `# 次のファイルを変える変更には、ここに書いた人またはグループの承認が必要です
# （GitHub: ブランチ保護の「Require review from Code Owners」、GitLab: 保護ブランチの「コードオーナーの承認」）。
# 行頭の # を消し、@ のあとに${answers.organization}の実際のグループ名を書いてください。
#
# ミッションと${answers.principlesName}は${answers.leaderTitle}の言葉です:
# /content/mission/     @グループ名
# /content/principles/  @グループ名
#
# サイトの設定と公開の仕組み:
# /content/site.yaml    @グループ名
# /package.json         @グループ名
`;

const REVIEW_TEMPLATE = (answers: InitAnswers) => `## 変更の内容

<!-- 例: ${answers.blogName}に記事を追加します。公開日は〇年〇月〇日です。 -->

## 確認したこと（執筆者）

- [ ] \`npm run check\` で「問題はありません」と表示された（ブラウザーの編集画面で書いた場合は不要）
- [ ] 記事を開き、表示（見出し・画像・リンク・部品）を確かめた
- [ ] タイトル・公開日（\`date\`）・概要（\`summary\`）が正しい
- [ ] まだ公開しない記事は \`draft: true\` になっている
- [ ] すべての画像に代替テキスト（画像の説明）を書いた
- [ ] 個人情報や外に出せない情報が含まれていない
- [ ] ${answers.principlesName}（\`principles\`）と執筆者（\`author\`）の ID が正しい

## レビューする方へ

- CI の成果物「site」から、ビルドされたサイトを開いて確認できます。
- ミッション・${answers.principlesName}（\`content/mission/\`、\`content/principles/\`）の変更には CODEOWNERS に書いた人の承認が必要です。
`;

const README = (answers: InitAnswers, options: SiteOptions) => `# ${answers.title}

${answers.organization}のミッション、${answers.principlesName}、${answers.blogName}を職員に届けるサイトです。
エンジン mission-handbook（${options.engineVersion}）で作っています。

\`\`\`sh
npm install && npm start   # サイトを作り http://127.0.0.1:4321/ で表示
npm run ci                 # コンテンツの検査・ビルド・できたサイトの検査（CI と同じ）
\`\`\`

- 記事の書き方・項目・エラーメッセージ: [CONTRIBUTING.md](CONTRIBUTING.md)
- 文章と設定はすべて \`content/\` にあります（\`content/site.yaml\` が組織の言葉と公開先）。
- エンジンを新しい版にするときは、エンジンの CHANGELOG.md（\`node_modules/mission-handbook/CHANGELOG.md\`）の
  「サイトで必要な作業」を読み、\`package.json\` の \`mission-handbook\` の版を変えて \`npm install\` し、\`npm run ci\` で確かめます。

| コマンド | 内容 |
| --- | --- |
| \`npm run dev\` | 書きながら表示を確かめる（下書きも表示） |
| \`npm run check\` | ビルドせずにコンテンツを検査 |
| \`npm run new -- --title "…"\` | 記事のひな形を作る |
| \`npm run editor\` | ブラウザーの編集画面をこの PC で使う |
| \`npm run build\` | \`dist/\` にサイトを作る |
| \`npm run verify\` | できたサイトを検査（全ページ・アクセシビリティ・検索・下書きが出ていないこと） |
| \`npm run deploy -- --to <フォルダーまたは user@host:フォルダー>\` | 庁内のサーバーへ配置 |
| \`npm run pdf\` | 印刷用ハンドブックを PDF にする |
`;

/** The editors' guide, from the site's own model (its words, principle ids, authors). */
export function renderContributing(answers: InitAnswers): string {
  const ids = principleIds(answers.principles.length);
  const principleRows = answers.principles.map((name, index) => `| \`${ids[index]}\` | ${name} |`).join('\n');
  return `# ${answers.blogName}の書き方（編集する人へ）

${answers.organization}のサイトの文章は、すべて \`content/\` フォルダーにあります。記事は1つの記事が1つのファイル
（\`content/posts/<年>/<名前>.mdx\`）です。ここでは記事の書き方と、誤りがあるときの直し方を説明します。

## ブラウザーで書く

サイトの \`/admin/\` を開くと編集画面が使えます（設定は \`content/site.yaml\` の \`editor:\`）。
この PC だけで試すときは \`npm run editor\` を実行し、表示された URL を開きます。

## ファイルで書く

\`\`\`sh
npm run new -- --title "記事のタイトル"   # content/posts/<年>/ にひな形ができます
npm run dev                              # http://127.0.0.1:4321/ で表示を確かめる（下書きも表示）
npm run check                            # 誤りがないか確かめる
\`\`\`

## 記事の項目（フロントマター）

| 項目 | 必須 | 内容 |
| --- | --- | --- |
| \`title\` | はい | タイトル |
| \`date\` | はい | 公開日（\`YYYY-MM-DD\`）。未来の日付の記事は、その日になるまで公開されません |
| \`summary\` | はい | 一覧に出る短い説明 |
| \`author\` | いいえ | 執筆者の ID（\`content/authors.yaml\`）。書かなければ \`leader\`（${answers.leaderTitle}） |
| \`principles\` | いいえ | 記事に関係する${answers.principlesName}の ID（下の表） |
| \`tags\` | いいえ | タグ（例: \`[お知らせ]\`） |
| \`draft\` | いいえ | \`true\` の間は公開されません |

### ${answers.principlesName}の ID

| ID | ${answers.principlesName} |
| --- | --- |
${principleRows}

本文では \`<PrincipleLink id="${ids[0]}" />\` で${answers.principlesName}へのリンクを入れられます。

## 公開のしかた

1. 記事をブランチで書き、マージリクエスト（GitHub ではプルリクエスト）を出します。
2. CI がコンテンツの検査・ビルド・サイトの検査をします。緑になれば、成果物「site」で表示を確かめられます。
3. 承認されてマージされると、サーバーへ配置されます。公開日が未来の記事は、その日の 0 時すぎの配置で公開されます。

## エラーメッセージと直し方

\`npm run check\` とビルドは同じ規則で検査し、ファイル名・行・項目と直し方を日本語と英語で示します。

${renderMessageCatalog()}
`;
}

/** Every generated file of a new site (content excluded), by path relative to it. */
export function renderSiteFiles(answers: InitAnswers, options: SiteOptions): Record<string, string> {
  return {
    'package.json': renderSitePackage(answers, options),
    'README.md': README(answers, options),
    'CONTRIBUTING.md': renderContributing(answers),
    '.github/workflows/ci.yml': GITHUB_CI(answers),
    '.github/workflows/deploy.yml': GITHUB_DEPLOY(answers),
    '.github/CODEOWNERS': CODEOWNERS(answers),
    '.github/PULL_REQUEST_TEMPLATE.md': REVIEW_TEMPLATE(answers),
    '.gitlab-ci.yml': GITLAB_CI(answers),
    '.gitlab/CODEOWNERS': CODEOWNERS(answers),
    '.gitlab/merge_request_templates/Default.md': REVIEW_TEMPLATE(answers),
  };
}

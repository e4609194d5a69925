/**
 * What `mission-handbook init` writes into a new site's content/: a minimal,
 * valid content folder for a new organisation, from its answers. Pure (no
 * I/O) so unit tests check every file against the same schemas the build
 * uses. The rest of the new site (package.json, CI, CONTRIBUTING…) is
 * src/cli/siteTemplate.ts.
 */
import { parseArgs } from 'node:util';

export interface InitAnswers {
  organization: string;
  title: string;
  leaderTitle: string;
  principlesName: string;
  /** Name of the leader's blog, e.g. 町長ブログ. */
  blogName: string;
  /** Label of the mission's explanatory note, e.g. 「町民第一」とは. */
  missionNoteLabel: string;
  /** Names of the principles, in order (one or more). */
  principles: string[];
}

export const INIT_USAGE = `使い方 / Usage:
  npx mission-handbook init <新しいサイトのフォルダー>      対話形式で質問します / asks interactively
  npx mission-handbook init ../maruma-town --organization "○○町役場" --title "○○町役場 ミッション・行動指針" \\
    --leader 町長 --principles-name 行動指針 --blog-name 町長ブログ --mission-note-label 補足 \\
    --principle "町民の声を聞く" --principle "小さく試す" --principle "学びを分かち合う"

  --organization        組織の名前 / organisation name
  --title               サイトの名前 / site title
  --leader              組織の長の呼び方（例: 町長、村長）/ the leader's title
  --principles-name     行動の原則をまとめて呼ぶ言葉（例: 行動指針、バリュー、クレド）/ collective word for the principles
  --blog-name           ブログの名前（例: 町長ブログ）/ the blog's name
  --mission-note-label  ミッションの補足の見出し（例: 補足、「町民第一」とは）/ label of the mission's note
  --principle           原則の名前。順に、1つ以上 / a principle's name, in order, one or more
  --engine              package.json に書くエンジンの指定（既定: このエンジンの版。例: file:vendor/mission-handbook-0.3.0.tgz）
                        / the engine dependency written to package.json (default: this engine's version)
  --yes                 確認せずに実行する / do not ask for confirmation`;

export type ParsedInitArgs =
  | { ok: true; answers: Partial<InitAnswers>; yes: boolean; folder: string | undefined; engine: string | undefined }
  | { ok: false; ja: string; en: string };

export function parseInitArgs(argv: readonly string[]): ParsedInitArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        organization: { type: 'string' },
        title: { type: 'string' },
        leader: { type: 'string' },
        'principles-name': { type: 'string' },
        'blog-name': { type: 'string' },
        'mission-note-label': { type: 'string' },
        principle: { type: 'string', multiple: true },
        engine: { type: 'string' },
        yes: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) {
      return { ok: false, ja: `フォルダーは1つだけ指定してください（${positionals.join('、')}）`, en: `give one folder only (${positionals.join(', ')})` };
    }
    const clean = (text: string | undefined) => (text === undefined ? undefined : text.trim() || undefined);
    const principles = (values.principle ?? []).map((name) => name.trim()).filter(Boolean);
    return {
      ok: true,
      yes: values.yes ?? false,
      folder: positionals[0],
      engine: clean(values.engine),
      answers: {
        organization: clean(values.organization),
        title: clean(values.title),
        leaderTitle: clean(values.leader),
        principlesName: clean(values['principles-name']),
        blogName: clean(values['blog-name']),
        missionNoteLabel: clean(values['mission-note-label']),
        ...(principles.length > 0 ? { principles } : {}),
      },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, ja: `指定の書き方に誤りがあります（${detail}）`, en: `invalid arguments (${detail})` };
  }
}

/** Answers still missing, in the order init asks for them. */
export function missingAnswers(answers: Partial<InitAnswers>): Array<keyof InitAnswers> {
  const order: Array<keyof InitAnswers> = ['organization', 'title', 'leaderTitle', 'principlesName', 'blogName', 'missionNoteLabel', 'principles'];
  return order.filter((key) => {
    const value = answers[key];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/** Questions for the interactive mode (one principle per line, empty line ends). */
export const INIT_QUESTIONS: Record<keyof InitAnswers, string> = {
  organization: '組織の名前（例: ○○町役場）/ Organisation name: ',
  title: 'サイトの名前（例: ○○町役場 ミッション・行動指針）/ Site title: ',
  leaderTitle: '組織の長の呼び方（例: 町長）/ Leader’s title: ',
  principlesName: '行動の原則をまとめて呼ぶ言葉（例: 行動指針）/ Collective word for the principles: ',
  blogName: 'ブログの名前（例: 町長ブログ）/ Name of the blog: ',
  missionNoteLabel: 'ミッションの補足の見出し（例: 補足）/ Label of the mission’s note: ',
  principles: '原則の名前を1行に1つずつ。空の行で終わります / Principle names, one per line, empty line to finish:',
};

/** A double-quoted YAML string: safe for any text. */
const yaml = (text: string) => JSON.stringify(text);

/** Principle ids: principle-1, principle-2, … (names are Japanese; ids must be ASCII). */
export function principleIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `principle-${index + 1}`);
}

/** Every file of the new content folder, by path relative to it. */
export function renderInitialContent(answers: InitAnswers, today: string): Record<string, string> {
  const { organization, title, leaderTitle, principlesName, blogName, missionNoteLabel, principles } = answers;
  const ids = principleIds(principles.length);
  const files: Record<string, string> = {};

  files['site.yaml'] = `# サイト設定 / Site configuration（mission-handbook init が作成）
# 項目の意味と既定値: エンジンの README（node_modules/mission-handbook/README.md）

organization: ${yaml(organization)}
title: ${yaml(title)}
description: ${yaml(`${organization}のミッションと${principlesName}、${blogName}です。`)}

# 組織の言葉（画面の見出しやナビゲーションに使われます）
leaderTitle: ${yaml(leaderTitle)}
principlesName: ${yaml(principlesName)}
blogName: ${yaml(blogName)}
missionNoteLabel: ${yaml(missionNoteLabel)}

# 公開先のURLとサブパス（環境変数 SITE_URL / BASE_PATH で上書きできます）
siteUrl: http://localhost:4321
basePath: /

timeZone: Asia/Tokyo
defaultAuthor: leader
postsPerPage: 20

# 感想・質問フォームと「このページを編集」のリンク先（任意）
# feedbackFormUrl: https://forms.example.lg.jp/blog-feedback?subject={title}&page={url}
# editUrl: https://git.example.lg.jp/mission-site/-/edit/main/{path}
`;

  files['authors.yaml'] = `# 執筆者 / Authors
# 記事の author にはここの id を書きます。既定の執筆者は site.yaml の defaultAuthor です。
- id: leader
  name: ${yaml(leaderTitle)}
  role: ${yaml(organization)}
`;

  files['mission/index.mdx'] = `---
title: ミッション
lead: ${yaml(`${organization}のミッションを紹介します。`)}
---

## ミッションについて

ここに、ミッションに込めた考えや背景を書きます。
`;

  files['mission/versions/v1.md'] = `---
# ミッションの第1版。statement などを実際の文に、effective を実際の適用日に書き換え、
# placeholderDate の行を消してください（残っている間は「仮の日付」と表示されます）。
version: 1
effective: '${today}'
placeholderDate: true
statement: ここにミッションの全文を書きます
shortForm: ここに短い言い方を書きます
note: ここにミッションの補足を書きます
changes: 初版
reason: 初版として定めました。
---
`;

  principles.forEach((name, index) => {
    files[`principles/${ids[index]}.mdx`] = `---
# ファイル名（${ids[index]}）がこの${principlesName}のIDです。記事の principles: にはこのIDを書きます。
order: ${index + 1}
title: ${yaml(name)}
lead: ここにこの${principlesName}を一文で説明します。
questions:
  - ここに、仕事を振り返るための問いを書きます。
---

## 意味

ここにこの${principlesName}の意味を書きます。
`;
  });

  files['handbook/about.mdx'] = `---
title: このサイトについて
order: 1
description: ${yaml(`${organization}のミッション、${principlesName}、ブログをまとめたサイトです。`)}
---

## このサイトについて

ここに、サイトの使い方や組織の動き方を書きます。章を増やすときは、このフォルダにファイルを追加します。
`;

  files[`posts/${today.slice(0, 4)}/hajimemashita.mdx`] = `---
title: ${yaml(`${blogName}をはじめました`)}
date: '${today}'
summary: ${yaml(`${blogName}を始めました。この記事はサンプルです。`)}
tags: [お知らせ]
principles: [${ids[0]}]
author: leader
# サンプル記事: 実際の記事に書き換えたら、この行を消してください。
sample: true
---

## はじめに

この記事はサンプルです。\`npm run new -- --title "タイトル"\` で新しい記事のひな形を作れます。
`;

  return files;
}

export function nextSteps(folder: string): string {
  return `
✓ ${folder}/ に新しいサイトを作りました。
✓ Created the new site in ${folder}/.

次にすること / Next steps:
  1. cd ${folder} && npm install（ネットワークのない環境では docs の「閉じたネットワークでの導入」を参照）
     Install the engine (offline: see the engine's docs on isolated networks).
  2. content/mission/versions/v1.md にミッションの文と適用日を書き、placeholderDate の行を消す
     Write the mission and its effective date; remove the placeholderDate line.
  3. content/principles/*.mdx に各原則の説明と振り返りの問いを書く
     Describe each principle and its questions.
  4. content/site.yaml の siteUrl・basePath、必要なら feedbackFormUrl・editUrl を設定する
     Set siteUrl and basePath (and feedbackFormUrl, editUrl if wanted).
  5. npm run check で確かめ、npm run dev で表示を見て、npm run ci でサイト全体を検査する
     Check with npm run check, preview with npm run dev, verify everything with npm run ci.
  6. .github/CODEOWNERS（GitLab は .gitlab/CODEOWNERS）に承認する人を書く
     Name who approves changes in CODEOWNERS.
  編集する人への案内は CONTRIBUTING.md にあります / The editors' guide is CONTRIBUTING.md.
`;
}

/**
 * What `npm run init` writes: a minimal, valid content folder for a new
 * organisation, from a few answers. Pure (no I/O) so unit tests check every
 * file against the same schemas the build uses.
 */
import { parseArgs } from 'node:util';

export interface InitAnswers {
  organization: string;
  title: string;
  leaderTitle: string;
  principlesName: string;
  /** Names of the principles, in order (one or more). */
  principles: string[];
}

export const INIT_USAGE = `使い方 / Usage:
  npm run init                       対話形式で質問します / asks interactively
  npm run init -- --organization "○○町役場" --title "○○町役場 ミッション・行動指針" \\
    --leader 町長 --principles-name 行動指針 \\
    --principle "町民の声を聞く" --principle "小さく試す" --principle "学びを分かち合う"

  --organization     組織の名前 / organisation name
  --title            サイトの名前 / site title
  --leader           組織の長の呼び方（例: 町長、村長）/ the leader's title
  --principles-name  行動の原則をまとめて呼ぶ言葉（例: 行動指針、バリュー、クレド）/ collective word for the principles
  --principle        原則の名前。順に、1つ以上 / a principle's name, in order, one or more
  --yes              確認せずに実行する / do not ask for confirmation`;

export type ParsedInitArgs =
  | { ok: true; answers: Partial<InitAnswers>; yes: boolean }
  | { ok: false; ja: string; en: string };

export function parseInitArgs(argv: readonly string[]): ParsedInitArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        organization: { type: 'string' },
        title: { type: 'string' },
        leader: { type: 'string' },
        'principles-name': { type: 'string' },
        principle: { type: 'string', multiple: true },
        yes: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const clean = (text: string | undefined) => (text === undefined ? undefined : text.trim() || undefined);
    const principles = (values.principle ?? []).map((name) => name.trim()).filter(Boolean);
    return {
      ok: true,
      yes: values.yes ?? false,
      answers: {
        organization: clean(values.organization),
        title: clean(values.title),
        leaderTitle: clean(values.leader),
        principlesName: clean(values['principles-name']),
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
  const order: Array<keyof InitAnswers> = ['organization', 'title', 'leaderTitle', 'principlesName', 'principles'];
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
  const { organization, title, leaderTitle, principlesName, principles } = answers;
  const ids = principleIds(principles.length);
  const files: Record<string, string> = {};

  files['site.yaml'] = `# サイト設定 / Site configuration（npm run init が作成）
# 項目の意味と既定値: src/rules/siteConfig.ts、導入の手引き: docs/adopting.md

organization: ${yaml(organization)}
title: ${yaml(title)}
description: ${yaml(`${organization}のミッションと${principlesName}、${leaderTitle}のブログです。`)}

# 組織の言葉（画面の見出しやナビゲーションに使われます）
leaderTitle: ${yaml(leaderTitle)}
principlesName: ${yaml(principlesName)}
# blogName: 庁内ブログ
# missionNoteLabel: 補足

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
title: ブログをはじめました
date: '${today}'
summary: ${yaml(`${leaderTitle}のブログを始めました。この記事はサンプルです。`)}
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

export function nextSteps(movedTo: string): string {
  return `
✓ content/ に新しい組織のサイトの最小限のコンテンツを作りました。
✓ Wrote a minimal content folder for the new organisation to content/.
  これまでのコンテンツは ${movedTo}/ に移しました（例として残しています）。
  The previous content was moved to ${movedTo}/ (kept as an example).

次にすること / Next steps:
  1. content/mission/versions/v1.md にミッションの文と適用日を書き、placeholderDate の行を消す
     Write the mission and its effective date; remove the placeholderDate line.
  2. content/principles/*.mdx に各原則の説明と振り返りの問いを書く
     Describe each principle and its questions.
  3. content/site.yaml の siteUrl・basePath、必要なら feedbackFormUrl・editUrl を設定する
     Set siteUrl and basePath (and feedbackFormUrl, editUrl if wanted).
  4. npm run check:content で確かめ、npm run dev で表示を見る
     Check with npm run check:content, preview with npm run dev.
  5. 用語集や「はじめての方へ」の道順が必要なら、${movedTo}/glossary.yaml・onboarding.yaml を参考に作る
     Add glossary.yaml or onboarding.yaml if wanted (see ${movedTo}/ for examples).
  詳しくは docs/adopting.md を見てください / See docs/adopting.md.
`;
}

/**
 * Generates a complete content folder with N synthetic posts, for builds and
 * benchmarks at scale: `CONTENT_DIR=<outDir> npm run build`.
 *
 * Minimal version written for the search benchmark; the benchmark work owns
 * the canonical one with this same interface.
 * Copies site.yaml, authors.yaml, mission, principles and handbook from
 * content/ and writes `count` posts (deterministic for a given seed).
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface GeneratePostsOptions {
  count: number;
  outDir: string;
  seed: number;
}

const SOURCE = path.resolve('content');
const COPIED = ['site.yaml', 'authors.yaml', 'mission', 'principles', 'handbook'];
const PRINCIPLES = ['real-problem', 'better-solutions', 'start-small', 'new-challenges', 'cost'];
const AUTHORS = ['mayor', 'deputy-mayor', 'koho'];
const TAGS = ['業務改善', '働き方', 'デジタル', '組織づくり', '市民の声', '財政', '子育て', '防災', '窓口', '観光'];
const TOPICS = [
  '窓口の待ち時間', '申請書の様式', '子育て支援の手続き', '防災訓練', '公共施設の予約', '庁内の会議', '文書の電子化',
  'ごみの分別案内', '観光案内の表示', '職員研修', '道路の補修', '住民票の交付', '図書館の利用', '健康診断の案内',
  '地域の見守り', '学校給食', '公園の管理', '税の納付方法', '選挙事務', '広報紙の配布',
];
const VERBS = ['見直します', '改善します', '小さく試します', '始めます', '振り返ります', '共有します', '検討しています'];
const SENTENCES = [
  '市民の皆さんの困りごとを出発点に、{topic}について考えます。',
  '{topic}は、これまで前例どおりに続けてきた仕事の一つです。',
  'まずは一つの窓口で試し、結果を確かめながら広げていきます。',
  '費用対効果を確かめ、限られた財源と職員の時間を大切に使います。',
  '現場の職員から寄せられた提案をもとに、{topic}の進め方を{verb}。',
  '他の自治体の事例に学び、より良い解決策を探し続けます。',
  '新しい挑戦をする職員を、周りが応援する文化を育てたいと考えています。',
  '経営会議でも取り上げ、部署をまたぐ課題として解決を目指します。',
];

/** mulberry32: a tiny seeded PRNG, so a seed always gives the same posts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generatePosts({ count, outDir, seed }: GeneratePostsOptions): Promise<void> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const pickSome = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(items)))];

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const name of COPIED) await cp(path.join(SOURCE, name), path.join(outDir, name), { recursive: true });

  // Spread posts over the past years, one day apart at most (all in the past).
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2025, 9, 31) - start;
  for (let index = 0; index < count; index += 1) {
    const date = new Date(start + Math.floor((span * index) / Math.max(1, count))).toISOString().slice(0, 10);
    const topic = pick(TOPICS);
    const verb = pick(VERBS);
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 4) }, () =>
      Array.from({ length: 3 }, () => pick(SENTENCES).replaceAll('{topic}', topic).replaceAll('{verb}', verb)).join(''),
    );
    const body = paragraphs.map((text, n) => (n % 2 === 0 ? `## ${topic}（${n / 2 + 1}）\n\n${text}` : text)).join('\n\n');
    const slug = `post-${String(index + 1).padStart(5, '0')}`;
    const year = date.slice(0, 4);
    await mkdir(path.join(outDir, 'posts', year), { recursive: true });
    const frontmatter = [
      '---',
      `title: ${topic}を${verb}（第${index + 1}回）`,
      `date: '${date}'`,
      `summary: ${topic}について、考え方と進め方をお伝えします。`,
      `tags: [${pickSome(TAGS, 3).join(', ')}]`,
      `principles: [${pickSome(PRINCIPLES, 2).join(', ')}]`,
      `author: ${pick(AUTHORS)}`,
      '---',
    ].join('\n');
    await writeFile(path.join(outDir, 'posts', year, `${slug}.mdx`), `${frontmatter}\n\n${body}\n`);
  }
}

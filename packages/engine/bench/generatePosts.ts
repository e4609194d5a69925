/**
 * Writes a complete, valid content folder with `count` generated Japanese
 * posts, for the benchmark (and for search tests at scale).
 *
 * The site's own non-post content (site.yaml, authors, mission, principles,
 * handbook) is copied from content/ so the generated folder builds the whole
 * site; only the posts are synthetic. Output depends on `seed` alone, so two
 * runs (and the peers built in the same run) see byte-identical posts.
 *
 * CLI: node_modules/.bin/node bench/generatePosts.ts --count 1000 --out bench/.work/c1000 [--seed 1]
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';

export interface GeneratePostsOptions {
  count: number;
  outDir: string;
  seed?: number;
  /** Folder to copy the non-post content from; defaults to the engine's fixture site's content/. */
  sourceDir?: string;
}

/** The engine's fixture site (a frozen copy of the default content), whose non-post content the generated folders reuse. */
const defaultSite = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/site');

export const PRINCIPLE_IDS = ['real-problem', 'better-solutions', 'start-small', 'new-challenges', 'cost'] as const;

/** ~40 tags a city hall blog would plausibly use. */
export const TAG_VOCABULARY = [
  '働き方', 'デジタル', '財政', '子育て', '防災', '観光', '福祉', '教育', '環境', '健康',
  '窓口', '組織づくり', '人材育成', '市民参加', '地域経済', '農業', '交通', '住宅', '移住', '文化',
  'スポーツ', '高齢者', '若者', '国際交流', '情報公開', '広報', '議会', '予算', '事業見直し', '業務改善',
  '研修', '新規採用', '庁舎', '公共施設', '上下水道', '道路', '消防', '図書館', '公園', 'ごみ減量',
] as const;

const SUBJECTS = [
  '窓口の待ち時間', '子育て支援の手続き', '防災訓練', '庁内の会議', '公共施設の使い方', '予算の組み立て方',
  '市民アンケート', '新しい業務システム', '職員の研修', '地域の商店街', '観光案内', '高齢者の見守り',
  '図書館の開館時間', 'ごみの分別', '道路の補修', '上下水道の更新', '移住の相談', '学校の給食',
  '広報紙', '議会への説明', '書類の電子化', '電話の取り次ぎ', '夜間の窓口', '休日の行事',
];
const VERBS = ['見直します', '考えます', '始めます', '振り返ります', '話し合います', '試してみます', '広げます', '改めます'];
const OPENINGS = [
  '先日、現場の職員と話す機会があり、改めて気づいたことがありました。',
  '市民の方から寄せられた声をきっかけに、この取り組みを考え始めました。',
  '今月は、これまでの進み具合を皆さんと共有したいと思います。',
  '小さな工夫の積み重ねが、大きな変化につながると考えています。',
  '前回の記事に多くの感想をいただきました。ありがとうございます。',
];
const SENTENCES = [
  '市民目線で考えると、手続きの手間をひとつ減らすだけでも大きな意味があります。',
  'まずは一つの課で試し、うまくいった方法を他の課にも広げていきます。',
  '費用をかけずにできることから始め、効果を確かめながら進めます。',
  '前例がないことを理由に、挑戦をあきらめる必要はありません。',
  '本当に解決すべき課題は何かを、現場の声から確かめることが大切です。',
  '担当の職員が中心となって、関係する部署と調整を進めています。',
  '数字だけでなく、実際に利用する方の感想も大切にしたいと考えています。',
  'うまくいかなかった点も隠さずに共有し、次の改善につなげます。',
  '会議の時間を短くし、その分を市民と向き合う時間に充てます。',
  '皆さんのアイデアを、いつでも気軽に寄せてください。',
  '同じ作業を何度も繰り返している場合は、仕組みで解決できないか考えます。',
  '年度の途中でも、必要だと分かった見直しはすぐに行います。',
];
const HEADINGS = ['背景', 'これまでの取り組み', '今回の見直し', '期待する効果', '進め方', '皆さんへのお願い', '今後の予定', '振り返り'];
const TABLE_ROWS = [
  ['受付', '書類の確認に時間がかかる', '記入例を窓口に置く'],
  ['審査', '担当者によって判断が異なる', '判断の基準を共有する'],
  ['通知', '郵送に日数がかかる', '電子での通知も選べるようにする'],
  ['相談', '窓口が分かりにくい', '案内表示を見直す'],
  ['記録', '紙とデータの二重管理', '保存先を一つにまとめる'],
  ['集計', '手作業での転記が多い', '表計算の様式を統一する'],
];

/** Deterministic PRNG (mulberry32): same seed, same posts. */
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

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function pickSome<T>(rand: () => number, items: readonly T[], min: number, max: number): T[] {
  const wanted = min + Math.floor(rand() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < wanted) chosen.add(pick(rand, items));
  return [...chosen];
}

/** Post i is dated i days before the last day of 2025: distinct, valid and never in the future. */
function dateFor(index: number): string {
  const day = new Date(Date.UTC(2025, 11, 31) - index * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function paragraph(rand: () => number): string {
  return pickSome(rand, SENTENCES, 2, 4).join('');
}

function body(rand: () => number, subject: string): string {
  const parts = [`${pick(rand, OPENINGS)}今回は「${subject}」について書きます。`, ''];
  const headings = pickSome(rand, HEADINGS, 3, 5);
  headings.forEach((heading, position) => {
    parts.push(`## ${heading}`, '', paragraph(rand), '');
    if (position === 0) {
      parts.push('| 段階 | 今の課題 | 見直しの案 |', '| --- | --- | --- |');
      for (const row of pickSome(rand, TABLE_ROWS, 2, 4)) parts.push(`| ${row.join(' | ')} |`);
      parts.push('');
    } else if (position === 1) {
      for (const sentence of pickSome(rand, SENTENCES, 3, 5)) parts.push(`- ${sentence}`);
      parts.push('');
    } else if (position === 2) {
      parts.push('### 具体的な手順', '');
      pickSome(rand, SENTENCES, 2, 4).forEach((sentence, step) => parts.push(`${step + 1}. ${sentence}`));
      parts.push('');
    }
    parts.push(paragraph(rand), '');
  });
  return parts.join('\n');
}

/**
 * The onboarding path recommends posts of the default content by name; the
 * generated folder has other posts, so keep only the steps that still exist.
 */
function onboardingWithoutPosts(sourceDir: string): string {
  const file = path.join(sourceDir, 'onboarding.yaml');
  const onboarding = parse(readFileSync(file, 'utf8')) as {
    sections: Array<{ steps: Array<{ page: string }> } & Record<string, unknown>>;
  } & Record<string, unknown>;
  const sections = onboarding.sections
    .map((section) => ({ ...section, steps: section.steps.filter((step) => !step.page.startsWith('posts/')) }))
    .filter((section) => section.steps.length > 0);
  return stringify({ ...onboarding, sections });
}

/** Glossary entries link related pages; drop links to default-content posts likewise. */
function glossaryWithoutPosts(sourceDir: string): string {
  const glossary = parse(readFileSync(path.join(sourceDir, 'glossary.yaml'), 'utf8')) as {
    terms: Array<{ related?: string[] } & Record<string, unknown>>;
  };
  const terms = glossary.terms.map((term) =>
    term.related ? { ...term, related: term.related.filter((page) => !page.startsWith('posts/')) } : term,
  );
  return stringify({ ...glossary, terms });
}

function post(rand: () => number, index: number, authors: readonly string[]): { year: string; slug: string; text: string } {
  const subject = pick(rand, SUBJECTS);
  const date = dateFor(index);
  const tags = pickSome(rand, TAG_VOCABULARY, 0, 3);
  const principles = pickSome(rand, PRINCIPLE_IDS, 1, 3);
  const title = `${subject}を${pick(rand, VERBS)}（第${index + 1}回）`;
  const summary = `${subject}について、${pick(rand, SENTENCES)}`;
  const frontmatter = [
    '---',
    `title: ${title}`,
    `date: '${date}'`,
    `summary: ${summary}`,
    `tags: [${tags.join(', ')}]`,
    `principles: [${principles.join(', ')}]`,
    `author: ${pick(rand, authors)}`,
    '---',
    '',
  ].join('\n');
  return { year: date.slice(0, 4), slug: `post-${String(index + 1).padStart(5, '0')}`, text: frontmatter + body(rand, subject) };
}

export async function generatePosts({ count, outDir, seed = 1, sourceDir = path.join(defaultSite, 'content') }: GeneratePostsOptions): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a non-negative integer, got ${count}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const item of ['site.yaml', 'authors.yaml', 'mission', 'principles', 'handbook']) {
    await cp(path.join(sourceDir, item), path.join(outDir, item), { recursive: true });
  }
  await writeFile(path.join(outDir, 'onboarding.yaml'), onboardingWithoutPosts(sourceDir));
  await writeFile(path.join(outDir, 'glossary.yaml'), glossaryWithoutPosts(sourceDir));
  const authors = (parse(readFileSync(path.join(sourceDir, 'authors.yaml'), 'utf8')) as Array<{ id: string }>).map((a) => a.id);
  const rand = random(seed);
  const years = new Set<string>();
  const files = Array.from({ length: count }, (_, index) => post(rand, index, authors));
  for (const file of files) years.add(file.year);
  for (const year of years) await mkdir(path.join(outDir, 'posts', year), { recursive: true });
  await mkdir(path.join(outDir, 'posts'), { recursive: true });
  // Write in modest batches: 10,000 files at once would exhaust file handles.
  for (let start = 0; start < files.length; start += 200) {
    await Promise.all(
      files.slice(start, start + 200).map((file) => writeFile(path.join(outDir, 'posts', file.year, `${file.slug}.mdx`), file.text)),
    );
  }
}

/** All generated post files under a content folder (for peers that need them flat). */
export async function listPostFiles(contentFolder: string): Promise<string[]> {
  const root = path.join(contentFolder, 'posts');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx')).map((entry) => path.join(entry.parentPath, entry.name));
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const count = Number(flag(args, 'count') ?? '100');
  const outDir = path.resolve(flag(args, 'out') ?? `bench/.work/c${count}`);
  const seed = Number(flag(args, 'seed') ?? '1');
  await generatePosts({ count, outDir, seed });
  console.log(`wrote ${count} posts to ${outDir}`);
}

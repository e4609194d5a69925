// Creates a new blog post with every field filled in and explained.
//   npm run new -- --title "タイトル" [--slug ascii-name] [--date YYYY-MM-DD]
// Refuses to overwrite a file or reuse a post's file name.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { referenceIndex } from '../files/contentIndex.ts';
import { AUTHORS_FILE } from '../rules/contentLayout.ts';
import { todayIn } from '../rules/dates.ts';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { newPostPath, parseNewPostArgs, renderPostTemplate, USAGE } from './newPostTemplate.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { joinBase } from '../site/urls.ts';

function fail(ja: string, en: string): never {
  console.error(`✗ ${ja}\n✗ ${en}\n\n${USAGE}`);
  process.exit(1);
}

const config = loadSiteConfig();
const parsed = parseNewPostArgs(process.argv.slice(2), todayIn(config.timeZone));
if (!parsed.ok) fail(parsed.ja, parsed.en);
const { options } = parsed;

const root = contentDir();
const index = referenceIndex(root);
const target = path.join(root, newPostPath(options));
if (existsSync(target) || index.postSlugs.includes(options.slug)) {
  fail(
    `「${options.slug}」という名前の記事はもうあります。--slug で別の名前（半角英小文字・数字・ハイフン）を指定してください`,
    `a post named "${options.slug}" already exists; choose another name with --slug`,
  );
}

const authors = parse(readFileSync(path.join(root, AUTHORS_FILE), 'utf8')) as Array<{ id: string }>;
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(
  target,
  renderPostTemplate(options, {
    defaultAuthor: config.defaultAuthor,
    authorIds: authors.map((author) => author.id),
    principleIds: index.principleIds,
  }),
  { flag: 'wx' }, // never overwrite, even in a race
);

const preview = `http://localhost:4321${joinBase(config.basePath, `/posts/${options.slug}/`)}`;
console.log(`✓ 記事のファイルを作りました / created: ${relativeToRoot(target)}
  1. このファイルを開き、概要と本文を書きます / write the summary and the body
  2. npm run dev を実行し、次のURLで表示を確かめます / preview at:
     ${preview}
  3. npm run check:content で誤りがないか確かめます / check for mistakes`);

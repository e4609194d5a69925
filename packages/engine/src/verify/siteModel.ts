/**
 * A site's content model as verify needs it, read from the site's own files
 * (content/ through src/files and the schemas of src/rules), never from a
 * running Astro: its words, its posts (published or not, as the build
 * decides), principles, handbook chapters, mission title and glossary.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { collectionFiles, readContentText } from '../files/contentIndex.ts';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { GLOSSARY_FILE, contentLayout, type ContentCollectionName } from '../rules/contentLayout.ts';
import { isValidIsoDate, todayIn, type IsoDate } from '../rules/dates.ts';
import { parseFrontmatter } from '../rules/frontmatter.ts';
import { isPublished } from '../rules/publication.ts';
import { handbookSchema, missionPageSchema, postSchema, principleSchema } from '../rules/schemas.ts';
import type { SiteConfig } from '../rules/siteConfig.ts';
import { postSlugFromPath } from '../rules/slug.ts';
import { plainText } from '../site/plainText.ts';


export interface ModelPost {
  slug: string;
  title: string;
  date: IsoDate;
  tags: string[];
  draft: boolean;
  /** What the build does with it: false for drafts and posts dated after `today`. */
  published: boolean;
  /** Path from the site's folder, as editors see it (content/posts/…). */
  file: string;
}

interface ModelPrinciple {
  id: string;
  title: string;
  order: number;
}

interface ModelChapter {
  slug: string;
  title: string;
  order: number;
}

export interface SiteModel {
  config: SiteConfig;
  /** The day the build counts as today (BUILD_DATE, else today in the site's time zone). */
  today: IsoDate;
  posts: ModelPost[];
  principles: ModelPrinciple[];
  chapters: ModelChapter[];
  missionTitle: string;
  glossary: boolean;
}

/** The build's "today": BUILD_DATE when set (tests, reproducible builds), else the site's date now. */
export function buildToday(config: SiteConfig, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): IsoDate {
  const override = env.BUILD_DATE;
  return override && isValidIsoDate(override) ? override : todayIn(config.timeZone, now);
}

function entries(root: string, name: ContentCollectionName): Array<{ entry: string; data: Record<string, unknown> }> {
  return collectionFiles(root, name).map((entry) => {
    const text = readContentText(path.join(root, contentLayout[name].folder, entry));
    const front = text === undefined ? undefined : parseFrontmatter(text, entry);
    return { entry, data: front?.ok ? front.data : {} };
  });
}

export function readSiteModel(siteRoot: string = process.cwd()): SiteModel {
  const config = loadSiteConfig(siteRoot);
  const root = contentDir(siteRoot);
  const today = buildToday(config);
  const schema = postSchema(config.defaultAuthor);
  const posts = entries(root, 'posts').map(({ entry, data }): ModelPost => {
    const parsed = schema.safeParse(data);
    const title = parsed.success ? parsed.data.title : plainText(data.title);
    const date = parsed.success ? parsed.data.date : plainText(data.date);
    const draft = parsed.success ? parsed.data.draft : data.draft === true;
    return {
      slug: postSlugFromPath(entry),
      title,
      date,
      tags: parsed.success ? parsed.data.tags : [],
      draft,
      published: isPublished({ draft, date }, today),
      file: relativeToRoot(path.join(root, contentLayout.posts.folder, entry), siteRoot),
    };
  });
  const principles = entries(root, 'principles')
    .map(({ entry, data }) => {
      const parsed = principleSchema.safeParse(data);
      return { id: postSlugFromPath(entry), title: parsed.success ? parsed.data.title : plainText(data.title), order: parsed.success ? parsed.data.order : 0 };
    })
    .sort((a, b) => a.order - b.order);
  const chapters = entries(root, 'handbook')
    .map(({ entry, data }) => {
      const parsed = handbookSchema.safeParse(data);
      return { slug: postSlugFromPath(entry), title: parsed.success ? parsed.data.title : plainText(data.title), order: parsed.success ? parsed.data.order : 0 };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'ja'));
  const mission = entries(root, 'mission')[0]?.data ?? {};
  const missionParsed = missionPageSchema.safeParse(mission);
  return {
    config,
    today,
    posts,
    principles,
    chapters,
    missionTitle: missionParsed.success ? missionParsed.data.title : plainText(mission.title),
    glossary: existsSync(path.join(root, GLOSSARY_FILE)),
  };
}

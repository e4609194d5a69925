/**
 * Content collections. Schemas live in src/rules/schemas.ts; this file only
 * says where each kind of content is and how its entries are named. A site
 * re-exports `collections` from its src/content.config.ts (Astro reads
 * collections only from the site's srcDir).
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { AUTHORS_FILE, contentLayout } from './rules/contentLayout.ts';
import { authorListIssues, authorSchema, handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from './rules/schemas.ts';
import { glossarySchema, onboardingSchema } from './rules/schemas.ts';
import { loadSiteConfig } from './files/loadSiteConfig.ts';
import { contentDir } from './files/projectPaths.ts';
import { postSlugFromPath } from './rules/slug.ts';
import { strictGlob } from './model/loaders/strictGlob.ts';
import { strictYaml } from './model/loaders/strictYaml.ts';

const site = loadSiteConfig();
const root = contentDir();
/** Folder and pattern of a collection (shared with src/cli/checkContent.ts). */
const layout = (name: keyof typeof contentLayout) => ({
  pattern: contentLayout[name].pattern,
  base: path.join(root, contentLayout[name].folder),
});
/** Entries are named by file name alone: posts may sit in year folders. */
const byFileName = ({ entry }: { entry: string }) => postSlugFromPath(entry);

const posts = defineCollection({
  loader: strictGlob({ ...layout('posts'), schema: postSchema(site.defaultAuthor), generateId: byFileName, plainBodiesInStore: true }),
  schema: postSchema(site.defaultAuthor),
});

const principles = defineCollection({
  loader: strictGlob({ ...layout('principles'), schema: principleSchema, generateId: byFileName }),
  schema: principleSchema,
});

const handbook = defineCollection({
  loader: strictGlob({ ...layout('handbook'), schema: handbookSchema, generateId: byFileName }),
  schema: handbookSchema,
});

const mission = defineCollection({
  loader: strictGlob({ ...layout('mission'), schema: missionPageSchema, generateId: byFileName }),
  schema: missionPageSchema,
});

const missionVersions = defineCollection({
  loader: strictGlob({ ...layout('missionVersions'), schema: missionVersionSchema, generateId: byFileName }),
  schema: missionVersionSchema,
});

/** One entry per author; a wrong entry is reported with its position, in both languages. */
const authors = defineCollection({
  loader: strictYaml({ filePath: path.join(root, AUTHORS_FILE), schema: authorSchema, entries: authorListIssues }),
  schema: authorSchema,
});

/**
 * The new hires' path (/onboarding/): one entry, id "onboarding". Optional:
 * without the file the path is made from the mission, the principles and
 * the handbook chapters (src/rules/onboarding.ts defaultOnboarding).
 */
const onboarding = defineCollection({
  loader: strictYaml({ filePath: path.join(root, 'onboarding.yaml'), schema: onboardingSchema, id: 'onboarding', optional: true }),
  schema: onboardingSchema,
});

/** The glossary (/glossary/): one entry, id "glossary". Optional: without the file there is no glossary page, link or entry. */
const glossary = defineCollection({
  loader: strictYaml({ filePath: path.join(root, 'glossary.yaml'), schema: glossarySchema, id: 'glossary', optional: true }),
  schema: glossarySchema,
});

export const collections = { posts, principles, handbook, mission, missionVersions, authors, onboarding, glossary };

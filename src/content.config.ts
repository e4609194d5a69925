/**
 * Content collections. Schemas live in src/lib/schemas.ts; this file only
 * says where each kind of content is and how its entries are named.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { authorSchema, handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from './lib/schemas.ts';
import { glossarySchema, onboardingSchema } from './lib/schemas.ts';
import { loadSiteConfig } from './lib/loadSiteConfig.ts';
import { contentDir } from './lib/projectPaths.ts';
import { postSlugFromPath } from './lib/slug.ts';
import { strictGlob } from './loaders/strictGlob.ts';
import { strictYaml } from './loaders/strictYaml.ts';

const site = loadSiteConfig();
const root = contentDir();
const base = (folder: string) => path.join(root, folder);
/** Entries are named by file name alone: posts may sit in year folders. */
const byFileName = ({ entry }: { entry: string }) => postSlugFromPath(entry);

const posts = defineCollection({
  loader: strictGlob({ pattern: '**/*.{md,mdx}', base: base('posts'), schema: postSchema(site.defaultAuthor), generateId: byFileName }),
  schema: postSchema(site.defaultAuthor),
});

const principles = defineCollection({
  loader: strictGlob({ pattern: '*.{md,mdx}', base: base('principles'), schema: principleSchema, generateId: byFileName }),
  schema: principleSchema,
});

const handbook = defineCollection({
  loader: strictGlob({ pattern: '*.{md,mdx}', base: base('handbook'), schema: handbookSchema, generateId: byFileName }),
  schema: handbookSchema,
});

const mission = defineCollection({
  loader: strictGlob({ pattern: 'index.{md,mdx}', base: base('mission'), schema: missionPageSchema, generateId: byFileName }),
  schema: missionPageSchema,
});

const missionVersions = defineCollection({
  loader: strictGlob({ pattern: '*.{md,mdx}', base: base('mission/versions'), schema: missionVersionSchema, generateId: byFileName }),
  schema: missionVersionSchema,
});

const authors = defineCollection({
  loader: file(path.join(root, 'authors.yaml')),
  schema: authorSchema,
});

/** The new hires' path (/onboarding/): one entry, id "onboarding". */
const onboarding = defineCollection({
  loader: strictYaml({ filePath: path.join(root, 'onboarding.yaml'), schema: onboardingSchema, id: 'onboarding' }),
  schema: onboardingSchema,
});

/** The glossary (/glossary/): one entry, id "glossary". */
const glossary = defineCollection({
  loader: strictYaml({ filePath: path.join(root, 'glossary.yaml'), schema: glossarySchema, id: 'glossary' }),
  schema: glossarySchema,
});

export const collections = { posts, principles, handbook, mission, missionVersions, authors, onboarding, glossary };

/**
 * The UI dictionary in this organisation's words: src/site/i18n/ja.ts with
 * its placeholders ({organization}, {leader}, {principles}, {principlesN},
 * {blog}, {missionNote}) filled from site.yaml and the number of principle
 * files. Pages and components import `ja` from here; a string that names
 * no one may also be read from ja.ts directly.
 */
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { collectionFiles } from '../files/contentIndex.ts';
import { contentDir } from '../files/projectPaths.ts';
import { ja as template } from '../site/i18n/ja.ts';
import { localize, type SiteWords } from '../site/i18n/words.ts';

const config = loadSiteConfig();

export const siteWords: SiteWords = {
  organization: config.organization,
  leader: config.leaderTitle,
  principles: config.principlesName,
  // Principles have no drafts: every file is a published principle.
  principleCount: collectionFiles(contentDir(), 'principles').length,
  blog: config.blogName,
  missionNote: config.missionNoteLabel,
};

export const ja = localize(template, siteWords);

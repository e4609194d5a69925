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

/**
 * The organisation's words of the site at `root` (its site.yaml and principle files).
 * @public Also read by a site's own tests (a site's tests/ folder checks its guide against the editor's words).
 */
export function siteWordsIn(root: string = process.cwd()): SiteWords {
  const config = loadSiteConfig(root);
  return {
    organization: config.organization,
    leader: config.leaderTitle,
    principles: config.principlesName,
    // Principles have no drafts: every file is a published principle.
    principleCount: collectionFiles(contentDir(root), 'principles').length,
    blog: config.blogName,
    missionNote: config.missionNoteLabel,
  };
}

export const siteWords: SiteWords = siteWordsIn();

export const ja = localize(template, siteWords);

/** 最終更新日 for content files, read from git once per build. */
import { readGitDates } from '../files/gitHistory.ts';
import type { IsoDate } from '../rules/dates.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';

let cached: Map<string, IsoDate> | undefined;

/** Date of the last commit that changed `file` (project-relative), if known. */
export function lastCommitDate(file: string): IsoDate | undefined {
  cached ??= readGitDates(process.cwd(), [relativeToRoot(contentDir()) || '.'], loadSiteConfig().timeZone);
  return cached.get(file);
}

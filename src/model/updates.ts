/**
 * The site's updates (src/site/updates.ts) from this build's content and the
 * git history of the content folder: read once per build. Without git (a
 * tarball build) chapters and principles simply have no dated changes; posts
 * and mission versions are still listed.
 */
import { readFileAtCommit, readGitChanges, type FileChange } from '../files/gitHistory.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { collectUpdates, type Update } from '../site/updates.ts';
import { memoizeModel } from './memo.ts';
import { routes } from './routes.ts';
import { getSiteContent } from './siteContent.ts';

let history: Map<string, FileChange[]> | undefined;

function commitsOf(file: string, timeZone: string): FileChange[] {
  history ??= readGitChanges(process.cwd(), [relativeToRoot(contentDir()) || '.'], timeZone);
  return history.get(file) ?? [];
}

export const getUpdates: () => Promise<Update[]> = memoizeModel(async () => {
  const { posts, mission, chapters, principles, today, config } = await getSiteContent();
  return collectUpdates({
    posts: posts.filter((post) => !post.unpublished),
    missionTitle: mission.entry.data.title,
    versions: mission.versions,
    pages: [
      ...principles.map((principle) => ({
        kind: 'principle' as const,
        id: principle.id,
        title: principle.title,
        summary: principle.lead,
        order: principle.order,
        commits: commitsOf(principle.file, config.timeZone),
      })),
      ...chapters.map((chapter, index) => ({
        kind: 'chapter' as const,
        id: chapter.slug,
        title: chapter.title,
        summary: chapter.description,
        order: index,
        commits: commitsOf(chapter.file, config.timeZone),
      })),
    ],
    routes,
    today,
  });
});

/** The source text of a content file at a commit (for the diff of a change). */
export function sourceAt(commit: string, file: string): string | undefined {
  return readFileAtCommit(process.cwd(), commit, file);
}

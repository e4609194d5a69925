/**
 * The site's updates (src/site/updates.ts) from this build's content and the
 * git history of the content folder: read once per build. Without git (a
 * tarball build) chapters and principles simply have no dated changes; posts
 * and mission versions are still listed.
 */
import { readFilesAtCommits, readGitChanges, type FileChange } from '../files/gitHistory.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { collectUpdates, type Update } from '../site/updates.ts';
import { changedPassages, type DiffPart } from '../site/textDiff.ts';
import { readableSource, type DescribeComponent } from '../site/readableSource.ts';
import { ja } from './ui.ts';
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
  const proposals = mission.proposals.map((proposal) => ({
    version: proposal.version,
    commentsUntil: proposal.proposal.commentsUntil,
    changes: proposal.changes,
    commits: commitsOf(proposal.file, config.timeZone),
  }));
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
        file: principle.file,
        commits: commitsOf(principle.file, config.timeZone),
      })),
      ...chapters.map((chapter, index) => ({
        kind: 'chapter' as const,
        id: chapter.slug,
        title: chapter.title,
        summary: chapter.description,
        order: index,
        file: chapter.file,
        commits: commitsOf(chapter.file, config.timeZone),
      })),
    ],
    proposals,
    principleProposals: principles.flatMap((principle) =>
      principle.proposal
        ? [
            {
              id: principle.id,
              title: principle.title,
              order: principle.order,
              commentsUntil: principle.proposal.commentsUntil,
              reason: principle.proposal.reason,
              commits: commitsOf(principle.file, config.timeZone),
            },
          ]
        : [],
    ),
    routes,
    today,
  });
});

/**
 * What each chapter or principle change changed: the passages of its source,
 * character by character, keyed by the update's id. Empty for an added page,
 * without git, or when a version cannot be read (a shallow clone). Every
 * version is read from git at once.
 */
export async function changedPassagesOf(updates: readonly Update[]): Promise<Map<string, DiffPart[][]>> {
  // The file's path at each commit: it may have been moved since (src/files/gitHistory.ts).
  const at = (update: Update, commit: string | undefined) => history?.get(update.file!)?.find((change) => change.commit === commit);
  const pairs = updates.flatMap((update) => {
    const [newer, older] = update.file ? [at(update, update.commit), at(update, update.previousCommit)] : [];
    return newer && older ? [{ update, older, newer }] : [];
  });
  const texts = readFilesAtCommits(process.cwd(), pairs.flatMap(({ older, newer }) => [older, newer]));
  const describe = await componentWords();
  const readable = (source: string) => readableSource(source, ja.updates.fieldLabels, describe);
  const passages = new Map<string, DiffPart[][]>(updates.map((update) => [update.id, []]));
  pairs.forEach(({ update }, index) => {
    const [before, after] = [texts[2 * index], texts[2 * index + 1]];
    if (before !== undefined && after !== undefined) passages.set(update.id, changedPassages(readable(before), readable(after)));
  });
  return passages;
}

/** The words a reader sees for a link to a principle or a post (its title), for the diffs. */
async function componentWords(): Promise<DescribeComponent> {
  const { principles, posts } = await getSiteContent();
  return (name, attributes) => {
    if (name === 'PrincipleLink') return principles.find((principle) => principle.id === attributes.id)?.title;
    if (name === 'PostEmbed') return posts.find((post) => !post.unpublished && post.slug === attributes.slug)?.title;
    return undefined;
  };
}

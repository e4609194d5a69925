/**
 * Names as the /admin/ page carries them: a digest, never the name itself.
 * That page is open to every reader of the intranet, and the names of drafts,
 * of future posts and of their photos must reach no output; the editor's
 * pre-save check (cmsCheck.ts) only has to recognise a name somebody typed
 * (<PostEmbed slug="…">, an image path), which a digest of the typed name does.
 * One function for the build (Node) and the browser: js-sha256, because
 * `crypto.subtle` is asynchronous and missing on plain-HTTP intranet hosts.
 */
import { sha256 } from 'js-sha256';

/** 80 bits of SHA-256: no two names of one site collide in practice. */
export function nameDigest(name: string): string {
  return sha256(`mission-handbook name\0${name}`).slice(0, 20);
}

export interface EditorNames {
  /** Every post's name (file name without .mdx). */
  postSlugs: readonly string[];
  /** Files of content/ other than texts, as the editor names them (content/posts/2025/photo.png). */
  mediaFiles: readonly string[];
  /** Posts not published when the editor was built (drafts, later dates). */
  unpublishedPosts: ReadonlyArray<{ slug: string; date: string; draft: boolean }>;
}

/** The same knowledge, with every name replaced by its digest (what SaveCheckContext holds). */
export function digestNames({ postSlugs, mediaFiles, unpublishedPosts }: EditorNames) {
  return {
    postDigests: postSlugs.map(nameDigest),
    mediaDigests: mediaFiles.map(nameDigest),
    unpublishedPosts: unpublishedPosts.map(({ slug, date, draft }) => ({ digest: nameDigest(slug), date, draft })),
  };
}

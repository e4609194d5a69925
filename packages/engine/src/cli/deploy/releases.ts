/**
 * Release bookkeeping shared by local and remote deploys: how a release
 * folder is named, which one is "previous" and which old ones may go.
 * Names sort in time order, so plain string order is release order.
 */

/** e.g. 20261123-204336-194 (UTC, milliseconds so two deploys never clash). */
export function releaseName(at: Date): string {
  const iso = at.toISOString(); // 2026-11-23T20:43:36.194Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

export function isReleaseName(name: string): boolean {
  return /^\d{8}-\d{6}-\d{3}$/u.test(name);
}

/** Release names among folder entries, oldest first. */
export function sortReleases(entries: readonly string[]): string[] {
  return entries.filter(isReleaseName).sort();
}

/** The release `current` points at, from the symlink's target text. */
export function releaseFromLink(target: string | undefined): string | undefined {
  if (!target) return undefined;
  const name = target.replace(/\/+$/u, '').split('/').pop() ?? '';
  return isReleaseName(name) ? name : undefined;
}

/** The newest release older than `current` (what a rollback switches to). */
export function previousRelease(releases: readonly string[], current: string | undefined): string | undefined {
  const sorted = sortReleases(releases);
  if (current === undefined) return undefined;
  return sorted.filter((name) => name < current).pop();
}

/**
 * Releases to delete: everything but the newest `keep`, and never the live
 * one or the one before it (the rollback target).
 */
export function releasesToPrune(releases: readonly string[], current: string | undefined, keep: number): string[] {
  const sorted = sortReleases(releases);
  const kept = new Set(sorted.slice(Math.max(0, sorted.length - keep)));
  if (current !== undefined) kept.add(current);
  const previous = previousRelease(sorted, current);
  if (previous !== undefined) kept.add(previous);
  return sorted.filter((name) => !kept.has(name));
}

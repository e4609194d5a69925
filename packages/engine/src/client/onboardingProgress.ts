/**
 * Reading progress along the onboarding path, kept in the reader's own
 * browser (localStorage): no server, nothing leaves the machine. Pure
 * functions here; the two tiny page scripts only read and write storage.
 */

/** One key per site, so two sites under different base paths on one host do not mix. */
export function storageKey(base: string): string {
  return `onboarding-progress:${base}`;
}

/**
 * Set when the reader opens the path (/onboarding/): only then do step pages
 * show where they are on it. Staff who reach a page otherwise see no step box.
 */
export function pathStartedKey(base: string): string {
  return `onboarding-started:${base}`;
}

/** Visited step keys from storage; anything unreadable counts as nothing visited. */
export function parseVisited(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === 'string'))] : [];
  } catch {
    return [];
  }
}

export function markVisited(visited: readonly string[], key: string): string[] {
  return visited.includes(key) ? [...visited] : [...visited, key];
}

export function serializeVisited(visited: readonly string[]): string {
  return JSON.stringify(visited);
}

export interface Progress {
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means every step is read. */
  percent: number;
}

/** Only steps still on the path count: a step removed from the path since does not. */
export function progressOf(visited: readonly string[], steps: readonly string[]): Progress {
  const seen = new Set(visited);
  const done = new Set(steps.filter((step) => seen.has(step))).size;
  const total = new Set(steps).size;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

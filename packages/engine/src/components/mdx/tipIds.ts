/**
 * Tooltip ids unique within a page and the same on every build (no random
 * parts, so rebuilding unchanged content gives identical HTML).
 */
const perPage = new Map<string, number>();

export function nextTipId(page: string, termId: string): string {
  const n = (perPage.get(page) ?? 0) + 1;
  perPage.set(page, n);
  return `term-tip-${termId}-${n}`;
}

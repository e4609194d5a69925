/** Split a list into numbered pages (page 1 first). */

export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError('perPage must be a positive integer');
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * perPage, (index + 1) * perPage),
  }));
}

/** On-page table of contents from rendered headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nest h2…h3 (by default) into a tree; deeper or shallower headings are left out. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= item.depth) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(item);
    else root.push(item);
    stack.push(item);
  }
  return root;
}

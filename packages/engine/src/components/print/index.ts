/**
 * MDX components for the print page: headings move one level down (chapter
 * titles are h2 there) and links carry their printed address.
 */
import { mdxComponents } from '../mdx/index.ts';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import H6 from './H6.astro';
import PrintLink from './PrintLink.astro';

export const printMdxComponents = { ...mdxComponents, h2: H3, h3: H4, h4: H5, h5: H6, a: PrintLink };

/**
 * Components every MDX file may use without an import line: pages pass this
 * map to <Content components={mdxComponents} />. Keep the names in step with
 * AUTHOR_COMPONENTS in src/rules/bodyReferences.ts (the content check).
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PostEmbed from './PostEmbed.astro';
import PrincipleLink from './PrincipleLink.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Figure, PrincipleLink, PostEmbed, Term };

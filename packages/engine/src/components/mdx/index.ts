/**
 * Components every MDX file may use without an import line: pages pass this
 * map to <Content components={mdxComponents} />. Keep the names in step with
 * AUTHOR_COMPONENTS in src/rules/bodyReferences.ts (the content check), and
 * name what a new component shows from OTHER files in COMPONENT_INPUTS
 * (src/model/cacheKeys.ts), or incremental builds keep pages using it stale;
 * tests/unit/cacheKeys.test.ts fails when one is forgotten.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PostEmbed from './PostEmbed.astro';
import PrincipleLink from './PrincipleLink.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Figure, PrincipleLink, PostEmbed, Term };

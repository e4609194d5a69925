/**
 * Components every MDX file may use without importing them: pass as
 * <Content components={mdxComponents} />.
 */
import Term from './Term.astro';

export const mdxComponents = { Term };

/**
 * Links in Markdown/MDX bodies that lead off-site get
 * rel="external noopener noreferrer" and a visible "（外部サイト）" marker,
 * so readers know they are leaving the intranet site (and the intranet
 * address is not sent along as a referrer).
 *
 * Astro 7 renders Markdown with Sätteri, which does not run rehype plugins
 * (so rehype-external-links cannot be used); this is a Sätteri hast plugin.
 */
import type { satteri } from '@astrojs/markdown-satteri';
import { ja } from './i18n/ja.ts';
import { isOffSite } from './urls.ts';

type HastPluginList = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>;

export const EXTERNAL_LINK_REL = ['external', 'noopener', 'noreferrer'] as const;
export const EXTERNAL_MARKER_CLASS = 'external-link__marker';

/** True for an href that leaves the site (another origin over http/https). */
export function isExternalHref(href: unknown, siteUrl: string): boolean {
  if (typeof href !== 'string') return false;
  const origin = new URL(siteUrl).origin;
  return /^(https?:)?\/\//iu.test(href.trim()) && isOffSite(href, `${origin}/`, origin);
}

export function externalLinksPlugin(siteUrl: string): HastPluginList[number] {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (!isExternalHref(node.properties['href'], siteUrl)) return;
        ctx.setProperty(node, 'rel', [...EXTERNAL_LINK_REL]);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: [EXTERNAL_MARKER_CLASS] },
          children: [{ type: 'text', value: ja.externalLink }],
        });
      },
    },
  };
}

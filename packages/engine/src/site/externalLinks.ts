/**
 * Links in Markdown/MDX bodies that lead off-site get
 * rel="external noopener noreferrer" and a visible "（外部サイト）" marker,
 * so readers know they are leaving the intranet site (and the intranet
 * address is not sent along as a referrer). Hosts listed in site.yaml's
 * `intranetHosts` (the feedback form, other internal systems) are not marked.
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

/**
 * True when `host` (host[:port] of a URL) is one of the intranet hosts from
 * site.yaml: an exact name, name:port, or "*.example.lg.jp" for sub-domains.
 */
export function isIntranetHost(url: URL, intranetHosts: readonly string[]): boolean {
  return intranetHosts.some((entry) => {
    const wanted = entry.toLowerCase();
    const candidate = wanted.includes(':') ? url.host : url.hostname;
    if (wanted.startsWith('*.')) return candidate.endsWith(wanted.slice(1));
    return candidate === wanted;
  });
}

/**
 * True for an href that leaves the intranet: another origin over http/https
 * that is not one of the intranet hosts listed in site.yaml.
 */
export function isExternalHref(href: unknown, siteUrl: string, intranetHosts: readonly string[] = []): boolean {
  if (typeof href !== 'string') return false;
  const origin = new URL(siteUrl).origin;
  if (!(/^(https?:)?\/\//iu.test(href.trim()) && isOffSite(href, `${origin}/`, origin))) return false;
  try {
    return !isIntranetHost(new URL(href.trim(), `${origin}/`), intranetHosts);
  } catch {
    return true;
  }
}

export function externalLinksPlugin(siteUrl: string, intranetHosts: readonly string[] = []): HastPluginList[number] {
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (!isExternalHref(node.properties['href'], siteUrl, intranetHosts)) return;
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

/** Turn a feed of src/site/feeds.ts into the RSS 2.0 response of its route. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedDate, type Feed } from '../site/feeds.ts';
import { feedKey } from './cacheKeys.ts';
import { getSiteContent, type SiteContent } from './siteContent.ts';
import { feedHtml } from '../site/feedText.ts';

/**
 * Links are made absolute here, against the site's origin: @astrojs/rss
 * would otherwise add a slash after a #fragment, and the channel's link is
 * the page the feed follows, base path included.
 */
export function feedResponse(feed: Feed, site: URL | string): Promise<Response> {
  const absolute = (link: string) => new URL(link, site).href;
  return rss({
    title: feed.title,
    // Descriptions are HTML to a feed reader: escaped so text stays text (src/site/feedText.ts).
    description: feedHtml(feed.description),
    site: absolute(feed.link),
    customData: '<language>ja</language>',
    items: feed.items.map((item) => ({
      title: item.title,
      link: absolute(item.link),
      pubDate: feedDate(item.date),
      description: feedHtml(item.description),
      categories: item.categories,
    })),
  });
}

/**
 * One path of a route with a feed per tag or principle: the feed travels as
 * props, and its cache key is what it lists (cacheKeys.ts feedKey).
 */
export function feedPath<Params extends Record<string, string>>(params: Params, feed: Feed, config: SiteContent['config']) {
  return { params, props: { feed }, cacheKey: feedKey(feed, config) };
}

/** The response of such a path. */
export async function feedFromProps(context: APIContext): Promise<Response> {
  const { config } = await getSiteContent();
  return feedResponse((context.props as { feed: Feed }).feed, context.site ?? config.siteUrl);
}

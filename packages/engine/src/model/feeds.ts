/** Turn a feed of src/site/feeds.ts into the RSS 2.0 response of its route. */
import rss from '@astrojs/rss';
import { feedDate, type Feed } from '../site/feeds.ts';
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

/** RSS feed of published posts (drafts and future posts are never in `posts` outside dev). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteContent } from '../model/siteContent.ts';
import { routes } from '../model/routes.ts';
import { ja } from '../model/ui.ts';
import { feedHtml } from '../site/feedText.ts';

export async function GET(context: APIContext) {
  const { posts, config } = await getSiteContent();
  return rss({
    title: ja.publishing.feedTitle(config.title),
    // Descriptions are HTML to a feed reader: escaped so text stays text (src/site/feedText.ts).
    description: feedHtml(config.description),
    site: context.site ?? config.siteUrl,
    customData: '<language>ja</language>',
    items: posts
      .filter((post) => !post.unpublished)
      .map((post) => ({
        title: post.sample ? ja.posts.sampleFeedTitle(post.title) : post.title,
        link: routes.post(post.slug),
        // A day, not an instant: UTC midnight keeps the same calendar day in Japan.
        pubDate: new Date(`${post.date}T00:00:00Z`),
        // The whole summary, never truncated.
        description: feedHtml(post.sample ? ja.posts.sampleFeedSummary(post.summary) : post.summary),
        categories: post.tags,
      })),
  });
}

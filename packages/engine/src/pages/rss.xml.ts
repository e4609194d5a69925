/** RSS feed of published posts (drafts and future posts are never in `posts` outside dev). */
import type { APIContext } from 'astro';
import { feedResponse } from '../model/feeds.ts';
import { getSiteContent } from '../model/siteContent.ts';
import { routes } from '../model/routes.ts';
import { ja } from '../model/ui.ts';
import { feedWords } from '../model/feedWords.ts';
import { postItems } from '../site/feeds.ts';

export async function GET(context: APIContext) {
  const { posts, config } = await getSiteContent();
  return feedResponse(
    {
      title: ja.publishing.feedTitle(config.title),
      description: config.description,
      link: routes.posts(),
      items: postItems(posts, routes.post, feedWords),
    },
    context.site ?? config.siteUrl,
  );
}

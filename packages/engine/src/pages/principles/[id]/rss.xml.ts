/** RSS feed of the published posts citing one principle: /principles/<id>/rss.xml. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems } from '../../../site/feeds.ts';
import { postsCitingPrinciple } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { principles } = await getSiteContent();
  return principles.map((principle) => ({ params: { id: principle.id } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { posts, principles, config } = await getSiteContent();
  const principle = principles.find((candidate) => candidate.id === context.params.id)!;
  return feedResponse(
    {
      title: ja.feeds.principleTitle(config.title, principle.title),
      description: ja.feeds.principleDescription(principle.title),
      link: routes.principle(principle.id),
      items: postItems(postsCitingPrinciple(posts, principle.id), routes.post, feedWords),
    },
    context.site ?? config.siteUrl,
  );
}

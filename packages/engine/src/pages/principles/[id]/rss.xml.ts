/** RSS feed of the published posts citing one principle: /principles/<id>/rss.xml. */
import type { GetStaticPaths } from 'astro';
import { feedFromProps, feedPath } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems } from '../../../site/feeds.ts';
import { postsCitingPrinciple } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { posts, principles, config } = await getSiteContent();
  return principles.map((principle) =>
    feedPath({ id: principle.id }, {
      title: ja.feeds.principleTitle(config.title, principle.title),
      description: ja.feeds.principleDescription(principle.title),
      link: routes.principle(principle.id),
      items: postItems(postsCitingPrinciple(posts, principle.id), routes.post, feedWords),
    }, config),
  );
}) satisfies GetStaticPaths;

export const GET = feedFromProps;

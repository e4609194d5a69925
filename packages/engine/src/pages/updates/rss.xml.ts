/** RSS feed of changes to the mission, principles and handbook: /updates/rss.xml. */
import type { APIContext } from 'astro';
import { feedResponse } from '../../model/feeds.ts';
import { feedWords } from '../../model/feedWords.ts';
import { getSiteContent } from '../../model/siteContent.ts';
import { routes } from '../../model/routes.ts';
import { ja } from '../../model/ui.ts';
import { getUpdates } from '../../model/updates.ts';
import { documentUpdates } from '../../site/updates.ts';
import { updateItems } from '../../site/feeds.ts';

export async function GET(context: APIContext) {
  const [{ config }, updates] = await Promise.all([getSiteContent(), getUpdates()]);
  return feedResponse(
    {
      title: ja.feeds.updatesTitle(config.title),
      description: ja.feeds.updatesDescription,
      link: routes.updates,
      items: updateItems(documentUpdates(updates), routes.updates, feedWords),
    },
    context.site ?? config.siteUrl,
  );
}

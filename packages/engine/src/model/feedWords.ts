/** The feed words (src/site/feeds.ts) in this organisation's words. */
import type { FeedWords } from '../site/feeds.ts';
import { updateHeadline } from '../site/updates.ts';
import { ja } from './ui.ts';

export const feedWords: FeedWords = {
  sampleFeedTitle: ja.posts.sampleFeedTitle,
  sampleFeedSummary: ja.posts.sampleFeedSummary,
  updateTitle: (update) => updateHeadline(update, ja.updates.headline),
};

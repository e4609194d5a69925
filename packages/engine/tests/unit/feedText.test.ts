/**
 * Feeds are output too: a summary that reads as HTML must reach a feed
 * reader as text. The feed is built with the same library and read by the
 * same scan as the build (src/build/outputScan.ts), whose <description> is
 * rendered as HTML, as feed readers do.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { judgeReferences } from '../../src/build/externalResources.ts';
import { scanText } from '../../src/build/outputScan.ts';
import { feedHtml } from '../../src/site/feedText.ts';

const SITE = 'https://intra.example.lg.jp';
const HOSTILE = [
  '<img src="https://evil.example/a.png">',
  '10人<20人 & <script>fetch("https://evil.example/")</script>',
  '"><iframe src="https://evil.example/"></iframe>',
  '&lt;img src=https://evil.example/b.png&gt;',
];

async function feed(describeText: (text: string) => string) {
  return getRssString({
    title: 'テスト',
    description: describeText(HOSTILE[0]!),
    site: SITE,
    items: HOSTILE.map((summary, index) => ({ title: `記事${index}`, link: `/posts/p${index}/`, pubDate: new Date('2025-06-02T00:00:00Z'), description: describeText(summary) })),
  });
}

const findings = (xml: string) => judgeReferences('rss.xml', scanText('xml', xml).references, `${SITE}/rss.xml`, SITE);

describe('feed descriptions', () => {
  it('reach the reader as the text the editor typed: nothing in them loads or runs', async () => {
    const xml = await feed(feedHtml);
    expect(findings(xml)).toEqual([]);
    // What a reader shows after unescaping the XML and rendering the HTML: the original text.
    const first = /<item>[^]*?<description>([^<]*)<\/description>/u.exec(xml)?.[1] ?? '';
    const html = first.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
    expect(html).toBe('&lt;img src=&quot;https://evil.example/a.png&quot;&gt;');
  });

  it('would load and run them if escaped only once (what the scan caught, naming rss.xml)', async () => {
    const uses = findings(await feed((text) => text)).map((item) => item.use);
    expect(uses).toContain('load');
    expect(uses).toContain('code');
  });
});

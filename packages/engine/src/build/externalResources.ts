/**
 * The off-site resource check: judges what the single pass over dist/
 * (outputScan.ts) found. The site is served inside an isolated network
 * (三層分離): nothing a reader's browser does may reach another host
 * without the reader choosing to follow a link. Refused:
 * - a load (image, script, stylesheet, font, frame, SVG reference, CSS url()…) from another origin;
 * - a send to another origin (form action/formaction, ping);
 * - a <meta http-equiv=refresh> or a <base href> pointing elsewhere;
 * - anything that runs script: inline <script>, on* handlers, javascript: URLs,
 *   script files outside the engine's folders (posts never run code; a static
 *   scan cannot know what a script would fetch, so scripts are refused, not read);
 * - a file the scan cannot read (unknown type, bad encoding, XML entities, nesting too deep).
 * Plain <a href> to another site is allowed: the reader chooses to go there.
 */
import { isOffSite } from '../site/urls.ts';
import type { Reference } from './outputScan.ts';


export interface ExternalResource {
  /** Built file, relative to the output folder. */
  file: string;
  via: string;
  url: string;
  use: Reference['use'];
}

/** Findings in one scanned file. `base` is the document's base URL (page URL or its <base href>). */
export function judgeReferences(
  file: string,
  references: readonly Reference[],
  base: string,
  siteOrigin: string,
): ExternalResource[] {
  const found: ExternalResource[] = [];
  const seen = new Set<string>();
  for (const reference of references) {
    const { use, via, url } = reference;
    if (use === 'navigate' || use === 'document') continue;
    const refused = use === 'code' || use === 'unreadable' || isOffSite(url, reference.base ?? base, siteOrigin);
    const key = `${use}\u0000${via}\u0000${url}`;
    if (refused && !seen.has(key)) {
      seen.add(key);
      found.push({ file, via, url, use });
    }
  }
  return found;
}

/** The base URL of a page: its first <base href> resolved against the page URL, else the page URL. */
export function documentBase(references: readonly Reference[], pageUrl: string): string {
  const base = references.find((item) => item.use === 'base' && !item.nested && item.via === '<base href>');
  if (!base) return pageUrl;
  try {
    return new URL(base.url, pageUrl).href;
  } catch {
    return pageUrl; // browsers ignore an unparseable base too
  }
}

const MESSAGES: Record<Reference['use'], (via: string, url: string) => [ja: string, en: string]> = {
  load: (via, url) => [`${via} が外部のURLを読み込みます: ${url}`, `${via} loads an off-site URL: ${url}`],
  send: (via, url) => [`${via} が外部のURLへデータを送ります: ${url}`, `${via} sends data to an off-site URL: ${url}`],
  refresh: (via, url) => [`${via} が外部のURLへ自動で移動します: ${url}`, `${via} moves the reader to an off-site URL by itself: ${url}`],
  base: (via, url) => [
    `${via} がページ内の相対URLの基準を外部にします: ${url}`,
    `${via} makes the page's relative URLs point to another site: ${url}`,
  ],
  code: (via, url) => [
    `${via} はスクリプトを実行します。ページやファイルにスクリプトは入れられません: ${url}`,
    `${via} runs a script; pages and files may not contain scripts: ${url}`,
  ],
  unreadable: (via, url) => [
    `${via} を安全か確認できません（${url}）。ファイルの種類・文字コードを確認するか、ファイルを削除してください`,
    `${via} cannot be checked (${url}); check the file type and encoding, or remove the file`,
  ],
  navigate: (via, url) => [`${via}: ${url}`, `${via}: ${url}`],
  document: (via, url) => [`${via}: ${url}`, `${via}: ${url}`],
};

/** The bilingual build failure listing every file, element or property, and URL. */
export function formatExternalResources(found: readonly ExternalResource[]): string {
  const heading =
    `外部のサーバーへの通信やスクリプトなど、庁内ネットワーク（三層分離）で公開できない要素が ${found.length} 件あります。ビルドを中止します。\n` +
    `画像・フォント・スタイルはサイト内（public/ や content/）に置いてください。外部サイトへの普通のリンク（<a href>）は問題ありません。\n` +
    `Found ${found.length} item(s) that would contact another server or run a script, which the isolated intranet does not allow. The build stops.\n` +
    `Put images, fonts and styles inside the site (public/ or content/). Plain links (<a href>) to other sites are fine.`;
  const lines = found.map((item) => {
    const [ja, en] = MESSAGES[item.use](item.via, item.url);
    return `● ${item.file}\n  [日本語] ${ja}\n  [English] ${en}`;
  });
  return [heading, ...lines].join('\n\n');
}

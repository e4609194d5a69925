/**
 * Mail on publish against a real SMTP server (smtp-server, the library
 * nodemailer's authors keep) on 127.0.0.1: one plain-text mail per new post,
 * never twice, none for drafts or future posts (they are not in the feed),
 * nothing on the first run, and a relay that is down never throws.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getRssString } from '@astrojs/rss';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManifest, MANIFEST_FILE } from '../../src/build/releaseManifest.ts';
import { announceNewPosts, mailSettings } from '../../src/cli/publishMail.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';
import { composeMail, postsToAnnounce } from '../../src/site/publishMail.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const SITE = 'http://intra.example.lg.jp/mayor/';

function startServer(received: Received[]): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.server.address() as AddressInfo).port })));
}

/** Decode a quoted-printable / base64 UTF-8 body enough to read it. */
function bodyOf(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/u);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/iu.test(head)) return Buffer.from(body.replace(/\s+/gu, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/iu.test(head)) {
    const bytes = body.replace(/=\r?\n/gu, '').replace(/=([0-9A-F]{2})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

async function writeFeed(dist: string, posts: Array<{ slug: string; title: string; summary: string; date: string }>) {
  mkdirSync(dist, { recursive: true });
  const body = await getRssString({
    title: 'テスト市',
    description: 'テスト',
    site: SITE,
    items: posts.map((post) => ({ title: post.title, link: `${SITE}posts/${post.slug}/`, description: post.summary, pubDate: new Date(`${post.date}T00:00:00Z`) })),
  });
  writeFileSync(path.join(dist, 'rss.xml'), body);
}

describe('mail on publish through a real SMTP server', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;
  let work: string;
  let dist: string;
  let statePath: string;
  const logs: string[] = [];

  const config = (extra: Record<string, unknown> = {}) =>
    parseSiteConfig(
      {
        organization: 'テスト市役所',
        title: 'テスト市 職員ポータル',
        description: 'テスト',
        defaultAuthor: 'mayor',
        blogName: '市長ブログ',
        publishMail: { enabled: true, host: '127.0.0.1', port, to: ['all-staff@example.lg.jp'], from: 'portal@example.lg.jp', ...extra },
      },
      'content/site.yaml',
    );
  const announce = (extra: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}) =>
    announceNewPosts({ dist, statePath, config: config(extra), env, log: (line) => logs.push(line) });

  const first = { slug: 'first', title: '最初の記事', summary: '最初の概要です。', date: '2025-06-02' };
  const second = { slug: 'second', title: '二つ目の記事', summary: '二つ目の概要です。', date: '2025-06-16' };

  beforeAll(async () => {
    ({ server, port } = await startServer(received));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'publish-mail-'));
    dist = path.join(work, 'dist');
    statePath = path.join(work, 'state', 'sent.json');
    received.length = 0;
    logs.length = 0;
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('is off by default: no connection, no record', async () => {
    await writeFeed(dist, [first]);
    const site = parseSiteConfig({ organization: 'x', title: 'x', description: 'x', defaultAuthor: 'mayor' }, 'content/site.yaml');
    expect(site.publishMail.enabled).toBe(false);
    const result = await announceNewPosts({ dist, statePath, config: site, env: {}, log: () => {} });
    expect(result.status).toBe('disabled');
    expect(received).toEqual([]);
  });

  it('the first run records the posts already there and mails none of them', async () => {
    await writeFeed(dist, [first]);
    expect((await announce()).status).toBe('baseline');
    expect(received).toEqual([]);
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({ sent: [`${SITE}posts/first/`] });
  });

  it('a publish sends exactly one plain-text mail with title, summary and link, and never a second one', async () => {
    await writeFeed(dist, [first]);
    await announce();
    await writeFeed(dist, [second, first]);
    const result = await announce();
    expect(result).toEqual({ status: 'sent', sent: [`${SITE}posts/second/`] });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe('portal@example.lg.jp');
    expect(mail!.to).toEqual(['all-staff@example.lg.jp']);
    expect(mail!.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/iu);
    expect(mail!.raw).not.toMatch(/text\/html/iu);
    const text = bodyOf(mail!.raw);
    expect(text).toContain('二つ目の記事');
    expect(text).toContain('二つ目の概要です。');
    expect(text).toContain(`${SITE}posts/second/`);
    expect(text).toContain('テスト市役所の市長ブログに、新しい記事が公開されました。');
    expect(text).not.toContain('最初の記事');

    // The next deploy, and the one after: nothing new, nothing sent.
    expect((await announce()).status).toBe('nothing-new');
    expect((await announce()).status).toBe('nothing-new');
    expect(received).toHaveLength(1);
  });

  it('a relay that is down never throws; the post is mailed once by the next deploy', async () => {
    await writeFeed(dist, [first]);
    await announce();
    await writeFeed(dist, [second, first]);
    // A port nobody listens on.
    const down = await new Promise<number>((resolve) => {
      const probe = new SMTPServer({ logger: false });
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.server.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    const failed = await announce({ port: down });
    expect(failed.status).toBe('failed');
    expect(logs.join('\n')).toContain('記事の公開メールを送れませんでした');
    expect(logs.join('\n')).toContain('could not send the mail on publish');
    expect(received).toEqual([]);
    expect((await announce()).sent).toEqual([`${SITE}posts/second/`]);
    expect((await announce()).status).toBe('nothing-new');
    expect(received).toHaveLength(1);
  });

  it('npm run deploy publishes even when the relay is down, and the next deploy mails the post exactly once', async () => {
    const target = path.join(work, 'site');
    const deploy = async (posts: Array<typeof first>, relayPort: number) => {
      rmSync(dist, { recursive: true, force: true });
      await writeFeed(dist, posts);
      writeFileSync(path.join(dist, 'index.html'), '<p>home</p>');
      writeFileSync(path.join(dist, MANIFEST_FILE), JSON.stringify(createManifest(dist)));
      // Asynchronously: the SMTP server answers from this very process.
      const child = spawn(process.execPath, ['src/cli/deploy.ts', '--to', target, '--dist', dist], {
        env: {
          ...process.env,
          PUBLISH_MAIL: '1',
          PUBLISH_MAIL_HOST: '127.0.0.1',
          PUBLISH_MAIL_PORT: String(relayPort),
          PUBLISH_MAIL_TO: 'all-staff@example.lg.jp',
          PUBLISH_MAIL_FROM: 'portal@example.lg.jp',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return { status, stdout, stderr };
    };
    const first_ = await deploy([first], port);
    expect(first_.status, first_.stdout + first_.stderr).toBe(0);
    expect(existsSync(path.join(target, '.publish-mail-sent.json'))).toBe(true);
    // The relay is down (a port nobody listens on): the release still goes live, exit code 0.
    const down = await deploy([second, first], 9);
    expect(down.status, down.stdout + down.stderr).toBe(0);
    expect(down.stdout).toContain('記事の公開メールを送れませんでした');
    expect(readlinkSync(path.join(target, 'current'))).toMatch(/^releases\//u);
    expect(received).toEqual([]);
    const up = await deploy([second, first], port);
    expect(up.status).toBe(0);
    const again = await deploy([second, first], port);
    expect(again.status).toBe(0);
    expect(received).toHaveLength(1);
    expect(bodyOf(received[0]!.raw)).toContain('二つ目の記事');
  }, 120_000);

  it('the environment can switch it on and point it at the relay (the password only from there)', () => {
    const site = parseSiteConfig({ organization: 'x', title: 'x', description: 'x', defaultAuthor: 'mayor' }, 'content/site.yaml');
    const settings = mailSettings(site.publishMail, {
      PUBLISH_MAIL: '1',
      PUBLISH_MAIL_HOST: 'smtp.example.lg.jp',
      PUBLISH_MAIL_PORT: '587',
      PUBLISH_MAIL_TO: 'a@example.lg.jp, b@example.lg.jp',
      PUBLISH_MAIL_FROM: 'portal@example.lg.jp',
      PUBLISH_MAIL_PASSWORD: 'secret',
    });
    expect(settings).toMatchObject({ enabled: true, host: 'smtp.example.lg.jp', port: 587, to: ['a@example.lg.jp', 'b@example.lg.jp'], password: 'secret' });
  });

  it('site.yaml refuses a bad address in both languages', () => {
    expect(() =>
      parseSiteConfig({ organization: 'x', title: 'x', description: 'x', defaultAuthor: 'mayor', publishMail: { enabled: true, to: 'all staff' } }, 'content/site.yaml'),
    ).toThrow(/publishMail\.to[\s\S]*メールアドレス[\s\S]*expected a mail address/u);
  });
});

describe('which posts a mail announces', () => {
  it('the new ones only, oldest first', () => {
    const post = (id: string, date: string) => ({ id, title: id, summary: '', link: id, date: new Date(date) });
    const pending = postsToAnnounce([post('c', '2025-06-30'), post('b', '2025-06-16'), post('a', '2025-06-02')], new Set(['a']));
    expect(pending.map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('a mail is the title, the whole summary and the link', () => {
    const mail = composeMail({ id: 'u', title: '題', summary: '概要の全文', link: 'http://x/posts/a/' }, 'サイト', {
      subject: (title) => `【ブログ】${title}`,
      intro: '公開されました。',
      readOn: 'こちら:',
      footer: (site) => `${site}から送信`,
    });
    expect(mail.subject).toBe('【ブログ】題');
    expect(mail.text).toContain('概要の全文');
    expect(mail.text).toContain('http://x/posts/a/');
  });
});

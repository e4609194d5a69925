/**
 * Mail on publish (site.yaml `publishMail`, off by default): after the deploy
 * job has published dist/, send one plain-text mail per post that has not
 * been announced yet, through the intranet's SMTP relay (nodemailer).
 *
 * - The posts come from dist/rss.xml, the feed readers get: drafts and
 *   future posts are never in it.
 * - Each post's URL is recorded in the state file right after its mail is
 *   accepted by the relay, so a post is never mailed twice; without a state
 *   file (the first run) every current post is recorded and none is mailed.
 * - A failing relay never fails the deploy: this logs a bilingual warning and
 *   returns; the posts not sent are tried again by the next deploy.
 *
 * Environment overrides: PUBLISH_MAIL=1|0, PUBLISH_MAIL_TO (comma-separated),
 * PUBLISH_MAIL_FROM, PUBLISH_MAIL_HOST, PUBLISH_MAIL_PORT, PUBLISH_MAIL_USER,
 * PUBLISH_MAIL_PASSWORD (only here, never in site.yaml), PUBLISH_MAIL_STATE.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from 'htmlparser2';
import nodemailer from 'nodemailer';
import { ja as template } from '../site/i18n/ja.ts';
import { localize } from '../site/i18n/words.ts';
import { composeMail, parseSentIds, postsToAnnounce, serializeSentIds, type AnnouncedPost } from '../site/publishMail.ts';
import type { PublishMailConfig, SiteConfig } from '../rules/siteConfig.ts';

export interface PublishMailOptions {
  /** The published build (its rss.xml is read). */
  dist: string;
  /** Where the ids of announced posts are kept (must survive between deploys). */
  statePath: string;
  config: SiteConfig;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface PublishMailResult {
  status: 'disabled' | 'baseline' | 'sent' | 'nothing-new' | 'failed';
  sent: string[];
}

/** site.yaml's publishMail with the environment's overrides applied. */
export function mailSettings(config: PublishMailConfig, env: NodeJS.ProcessEnv): PublishMailConfig & { password?: string | undefined } {
  const list = (value: string | undefined) => value?.split(',').map((item) => item.trim()).filter(Boolean);
  return {
    ...config,
    enabled: env.PUBLISH_MAIL === undefined || env.PUBLISH_MAIL === '' ? config.enabled : /^(1|true|yes|on)$/iu.test(env.PUBLISH_MAIL),
    to: list(env.PUBLISH_MAIL_TO) ?? config.to,
    from: env.PUBLISH_MAIL_FROM || config.from,
    host: env.PUBLISH_MAIL_HOST || config.host,
    port: env.PUBLISH_MAIL_PORT ? Number(env.PUBLISH_MAIL_PORT) : config.port,
    user: env.PUBLISH_MAIL_USER || config.user,
    password: env.PUBLISH_MAIL_PASSWORD || undefined,
  };
}

/** Published posts as the feed lists them. */
export function readPublishedPosts(dist: string): AnnouncedPost[] {
  const feed = parseFeed(readFileSync(path.join(dist, 'rss.xml'), 'utf8'), { xmlMode: true });
  return (feed?.items ?? []).flatMap((item) =>
    item.link ? [{ id: item.link, title: item.title ?? '', summary: item.description ?? '', link: item.link, date: item.pubDate }] : [],
  );
}

function writeState(file: string, ids: Iterable<string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, serializeSentIds(ids));
  renameSync(temporary, file); // never a half-written record
}

export async function announceNewPosts(options: PublishMailOptions): Promise<PublishMailResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const warn = (ja: string, en: string) => log(`▲ [publish-mail] ${ja}\n  ${en}`);
  const settings = mailSettings(options.config.publishMail, options.env ?? process.env);
  if (!settings.enabled) return { status: 'disabled', sent: [] };
  const done: string[] = [];
  try {
    if (!settings.host || !settings.to || settings.to.length === 0 || !settings.from) {
      warn(
        'メール送信が有効ですが、site.yaml の publishMail に host・to・from が足りません。メールは送りませんでした（公開は完了しています）',
        'mail on publish is enabled but publishMail lacks host, to or from; no mail was sent (the site is published)',
      );
      return { status: 'failed', sent: [] };
    }
    const published = readPublishedPosts(options.dist);
    if (!existsSync(options.statePath)) {
      writeState(options.statePath, published.map((post) => post.id));
      log(
        `[publish-mail] 送信済みの記録がないため、いまある ${published.length} 件の記事を送信済みとして記録しました（メールは送っていません）: ${options.statePath}\n` +
          `  no record of sent mail yet: recorded the ${published.length} current posts as announced without mailing them`,
      );
      return { status: 'baseline', sent: [] };
    }
    const sent = new Set(parseSentIds(readFileSync(options.statePath, 'utf8')));
    const pending = postsToAnnounce(published, sent);
    if (pending.length === 0) return { status: 'nothing-new', sent: [] };

    const words = localize(template, {
      organization: options.config.organization,
      leader: options.config.leaderTitle,
      principles: options.config.principlesName,
      principleCount: 0,
      blog: options.config.blogName,
      missionNote: options.config.missionNoteLabel,
    }).publishMail;
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      for (const post of pending) {
        const mail = composeMail(post, options.config.title, words);
        await transport.sendMail({ from: settings.from, to: settings.to, subject: mail.subject, text: mail.text });
        sent.add(post.id);
        done.push(post.id);
        writeState(options.statePath, sent); // recorded at once: a later failure cannot resend this one
        log(`[publish-mail] 送信しました / sent: ${post.title} → ${settings.to.join(', ')}`);
      }
    } finally {
      transport.close();
    }
    return { status: 'sent', sent: done };
  } catch (error) {
    warn(
      `記事の公開メールを送れませんでした（公開は完了しています。送れなかった記事は次の配置のときにもう一度送ります）: ${error instanceof Error ? error.message : String(error)}`,
      'could not send the mail on publish (the site is published; posts not mailed are tried again on the next deploy)',
    );
    return { status: 'failed', sent: done };
  }
}

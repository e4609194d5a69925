/**
 * Proposals (改訂案) whose comment period is over: the build and
 * `npm run check:content` warn about each, by file and field, in Japanese
 * and English, until it is adopted or withdrawn. A warning, not an error:
 * the site still publishes (the proposal stays shown as a proposal, with its
 * period marked as closed).
 */
import type { IsoDate } from './dates.ts';
import type { ContentIssue } from './issues.ts';

export interface ProposalFacts {
  /** Project-relative path of the file. */
  file: string;
  kind: 'mission' | 'principle';
  commentsUntil: IsoDate;
  withdrawn: boolean;
}

/** True while comments are taken: up to and including the last day. */
export function isOpenForComments(commentsUntil: IsoDate, today: IsoDate): boolean {
  return today <= commentsUntil;
}

export function overdueProposalWarnings(proposals: readonly ProposalFacts[], today: IsoDate): ContentIssue[] {
  return proposals
    .filter((proposal) => !proposal.withdrawn && !isOpenForComments(proposal.commentsUntil, today))
    .map((proposal) => ({
      code: 'proposal.overdue' as const,
      file: proposal.file,
      field: 'proposal.commentsUntil',
      ja:
        `意見募集の締切（${proposal.commentsUntil}）を過ぎた改訂案です。` +
        (proposal.kind === 'mission'
          ? '採用するなら proposal の項目を消して適用日（effective）を書き、'
          : '採用するなら新しい title・lead を本来の項目に書き写して proposal の項目を消し、') +
        '取り下げるなら proposal に withdrawn: true を書いてください',
      en:
        `the comment period ended on ${proposal.commentsUntil}: ` +
        (proposal.kind === 'mission'
          ? 'to adopt it, delete the proposal block and write the effective date; '
          : 'to adopt it, copy the proposed title and lead into the principle and delete the proposal block; ') +
        'to withdraw it, add withdrawn: true to the proposal',
    }));
}

/** The warnings as check:content and the build print them. */
export function formatProposalWarnings(warnings: readonly ContentIssue[]): string {
  const heading =
    `注意: 意見募集の締切を過ぎた改訂案が ${warnings.length} 件あります（公開は続けます）。\n` +
    `Warning: ${warnings.length} proposal(s) past their comment period (the site still builds).`;
  return [heading, ...warnings.map((issue) => [`▲ ${issue.file} › ${issue.field}`, `  [日本語] ${issue.ja}`, `  [English] ${issue.en}`].join('\n'))].join('\n\n');
}

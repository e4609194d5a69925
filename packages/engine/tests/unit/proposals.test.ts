/**
 * Proposals (改訂案): what editors may write, and the warning once the
 * comment period is over, through the same check:content the build runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/files/contentCheck.ts';
import { isOpenForComments, overdueProposalWarnings } from '../../src/rules/proposals.ts';
import { missionVersionSchema, principleSchema } from '../../src/rules/schemas.ts';
import { writeContent } from '../support/contentOverlays.ts';

function checkWith(overlays: string[], today: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'proposals-'));
  try {
    writeContent(path.join(root, 'content'), overlays);
    return checkContent(path.join(root, 'content'), root, today);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const version = { version: 2, statement: '文', shortForm: '短', note: '注', changes: '変更', reason: '理由' };

describe('proposal schemas', () => {
  it('a mission version is either in force (effective) or a proposal, never both or neither', () => {
    expect(missionVersionSchema.safeParse({ ...version, effective: '2025-08-01' }).success).toBe(true);
    expect(missionVersionSchema.safeParse({ ...version, proposal: { commentsUntil: '2025-07-31' } }).success).toBe(true);
    const neither = missionVersionSchema.safeParse(version);
    expect(neither.error?.issues[0]?.path).toEqual(['effective']);
    expect(neither.error?.issues[0]?.message).toContain('proposal を書きます');
    const both = missionVersionSchema.safeParse({ ...version, effective: '2025-08-01', proposal: { commentsUntil: '2025-07-31' } });
    expect(both.error?.issues[0]?.path).toEqual(['proposal']);
    expect(both.error?.issues[0]?.message).toMatch(/適用日（effective）を書きません.* \/ a proposal has no effective date/u);
  });

  it('refuses a bad end date and a feedback address that could run code', () => {
    expect(missionVersionSchema.safeParse({ ...version, proposal: { commentsUntil: '2025-02-30' } }).success).toBe(false);
    expect(
      missionVersionSchema.safeParse({ ...version, proposal: { commentsUntil: '2025-07-31', feedbackUrl: 'javascript:alert(1)' } }).success,
    ).toBe(false);
  });

  it("a principle's proposal needs a new title or lead, and a reason", () => {
    const principle = { order: 1, title: '名', lead: 'リード', questions: ['問い'] };
    expect(principleSchema.safeParse({ ...principle, proposal: { title: '新しい名', reason: '理由', commentsUntil: '2025-07-31' } }).success).toBe(true);
    const empty = principleSchema.safeParse({ ...principle, proposal: { reason: '理由', commentsUntil: '2025-07-31' } });
    expect(empty.error?.issues[0]?.message).toContain('title（名称）か lead（リード文）');
    expect(principleSchema.safeParse({ ...principle, proposal: { title: '新', commentsUntil: '2025-07-31' } }).success).toBe(false);
  });
});

describe('the comment period', () => {
  it('is open up to and including its last day', () => {
    expect(isOpenForComments('2025-07-31', '2025-07-31')).toBe(true);
    expect(isOpenForComments('2025-07-31', '2025-08-01')).toBe(false);
  });

  it('warns, by file and field in both languages, only for proposals past their end date and not withdrawn', () => {
    const warnings = overdueProposalWarnings(
      [
        { file: 'content/mission/versions/v2.md', kind: 'mission', commentsUntil: '2025-07-31', withdrawn: false },
        { file: 'content/mission/versions/v3.md', kind: 'mission', commentsUntil: '2025-05-31', withdrawn: true },
        { file: 'content/principles/a.mdx', kind: 'principle', commentsUntil: '2025-06-30', withdrawn: false },
      ],
      '2025-07-01',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'content/principles/a.mdx', field: 'proposal.commentsUntil' });
    expect(warnings[0]?.ja).toContain('2025-06-30');
    expect(warnings[0]?.en).toContain('withdrawn: true');
  });
});

describe('check:content on proposals', () => {
  it('accepts the proposal fixtures and warns (without failing) once a period is over', () => {
    const during = checkWith(['proposals'], '2025-06-10');
    expect(during.issues).toEqual([]);
    expect(during.warnings).toEqual([]);
    const after = checkWith(['proposals'], '2025-08-01');
    expect(after.issues).toEqual([]);
    expect(after.warnings.map((warning) => warning.file).sort()).toEqual(['content/mission/versions/v2.md', 'content/principles/start-small.mdx']);
  });

  it('refuses a proposal that also has an effective date, naming the file and field', () => {
    const { issues } = checkWith(['proposal-bad'], '2025-07-01');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/mission/versions/v2.md' });
    expect(issues[0]?.field).toMatch(/proposal/u);
    expect(issues[0]?.en).toContain('a proposal has no effective date');
  });
});

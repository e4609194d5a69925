import { describe, expect, it } from 'vitest';
import { checkOnboarding, defaultOnboarding } from '../../src/rules/onboarding.ts';
import { checkPageRef, parsePageRef, type KnownPages } from '../../src/rules/pageRefs.ts';
import { onboardingSchema } from '../../src/rules/schemas.ts';
import { schemaIssues } from '../../src/rules/schemaIssues.ts';

const known: KnownPages = {
  principles: ['real-problem', 'cost'],
  handbook: ['why-reform'],
  posts: ['keiei-kaigi'],
  glossary: ['kofukin'],
};

describe('page references', () => {
  it('reads references written like URLs', () => {
    expect(parsePageRef('mission')).toEqual({ kind: 'mission', key: 'mission' });
    expect(parsePageRef('principles/cost')).toEqual({ kind: 'principles', id: 'cost', key: 'principles/cost' });
    expect(parsePageRef('glossary')).toEqual({ kind: 'glossary', id: undefined, key: 'glossary' });
    expect(parsePageRef('principles')).toBeUndefined();
    expect(parsePageRef('tags/x')).toBeUndefined();
    expect(parsePageRef('posts/a/b')).toBeUndefined();
  });

  it('accepts existing pages and names the missing one otherwise', () => {
    expect(checkPageRef('handbook/why-reform', known, 'f', 'x')).toBeUndefined();
    const issue = checkPageRef('principles/no-such', known, 'content/onboarding.yaml', 'sections[1].steps[0].page');
    expect(issue).toMatchObject({ file: 'content/onboarding.yaml', field: 'sections[1].steps[0].page' });
    expect(issue?.ja).toContain('原則（principles/）「no-such」はありません');
    expect(issue?.en).toContain('no principle "no-such"');
    expect(issue?.en).toContain('real-problem, cost');
  });
});

describe('the onboarding path', () => {
  const path = {
    sections: [
      { title: 'ミッション', steps: [{ page: 'mission' }] },
      { title: '綱領', steps: [{ page: 'principles/real-problem' }, { page: 'posts/draft-or-missing' }, { page: 'mission' }] },
    ],
  };


  it('rejects unknown pages and the same page twice, naming file and field', () => {
    const issues = checkOnboarding(path, known, 'content/onboarding.yaml');
    expect(issues.map((issue) => issue.field)).toEqual(['sections[1].steps[1].page', 'sections[1].steps[2].page']);
    expect(issues[0]!.ja).toContain('公開中のブログ記事「draft-or-missing」はありません');
    expect(issues[1]!.en).toContain('already a step at sections[0].steps[0].page');
  });

  it('rejects a page written in an unknown form, in both languages', () => {
    const data = { sections: [{ title: 'x', steps: [{ page: '/principles/cost/' }] }] };
    const result = onboardingSchema.safeParse(data);
    expect(result.success).toBe(false);
    const [issue] = schemaIssues(result.error!, data, 'content/onboarding.yaml');
    expect(issue?.field).toBe('sections[0].steps[0].page');
    expect(issue?.ja).toContain('principles/<ID>');
    expect(issue?.en).toContain('principles/<id>');
  });
});

describe('without content/onboarding.yaml', () => {
  const titles = { mission: 'ミッション', principles: '3つの約束', handbook: '組織の動き方' };

  it('the path is the mission, the principles in order, then the handbook chapters in order', () => {
    const path = defaultOnboarding(['listen', 'try-it', 'share'], ['soshiki', 'kaigi'], titles);
    expect(path.sections.map((section) => [section.title, section.steps.map((step) => step.page)])).toEqual([
      ['ミッション', ['mission']],
      ['3つの約束', ['principles/listen', 'principles/try-it', 'principles/share']],
      ['組織の動き方', ['handbook/soshiki', 'handbook/kaigi']],
    ]);
    // The generated path passes the same checks as a written one.
    const known: KnownPages = { principles: ['listen', 'try-it', 'share'], handbook: ['soshiki', 'kaigi'], posts: [], glossary: [] };
    expect(checkOnboarding(path, known, 'content/onboarding.yaml')).toEqual([]);
    expect(onboardingSchema.safeParse(path).success).toBe(true);
  });

  it('leaves out a part the content does not have', () => {
    expect(defaultOnboarding(['only'], [], titles).sections.map((section) => section.title)).toEqual(['ミッション', '3つの約束']);
  });
});

describe('without content/glossary.yaml', () => {
  it('"glossary" cannot be a step: there is no glossary page', () => {
    const none: KnownPages = { principles: [], handbook: [], posts: [], glossary: [] };
    const issue = checkPageRef('glossary', none, 'content/onboarding.yaml', 'sections[0].steps[0].page');
    expect(issue?.ja).toContain('用語集（content/glossary.yaml）がないため');
    expect(issue?.en).toContain('there is no glossary');
    expect(checkPageRef('glossary', known, 'content/onboarding.yaml', 'x')).toBeUndefined();
  });
});

describe('a <Term> without content/glossary.yaml', () => {
  it('is refused with a message that says the glossary is missing', async () => {
    const { unknownTermMessage } = await import('../../src/rules/bodyReferences.ts');
    const message = unknownTermMessage('foo', []);
    expect(message.ja).toContain('用語集（content/glossary.yaml）がないため');
    expect(message.en).toContain('there is no glossary');
  });
});

/**
 * The onboarding path as content describes it (content/onboarding.yaml),
 * checked against the pages that actually exist.
 */
import type { ContentIssue } from './issues.ts';
import { checkPageRef, type KnownPages } from './pageRefs.ts';
import type { OnboardingData } from './schemas.ts';

/** Section titles of the generated path (from the UI dictionary). */
export interface DefaultOnboardingTitles {
  mission: string;
  principles: string;
  handbook: string;
}

/**
 * The path used when content/onboarding.yaml is absent: the mission, then
 * every principle in order, then every handbook chapter in order.
 */
export function defaultOnboarding(
  principleIds: readonly string[],
  chapterSlugs: readonly string[],
  titles: DefaultOnboardingTitles,
): OnboardingData {
  const sections: OnboardingData['sections'] = [{ title: titles.mission, steps: [{ page: 'mission' }] }];
  if (principleIds.length > 0) {
    sections.push({ title: titles.principles, steps: principleIds.map((id) => ({ page: `principles/${id}` })) });
  }
  if (chapterSlugs.length > 0) {
    sections.push({ title: titles.handbook, steps: chapterSlugs.map((slug) => ({ page: `handbook/${slug}` })) });
  }
  return { sections };
}

export function checkOnboarding(data: OnboardingData, known: KnownPages, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const firstSeen = new Map<string, string>();
  data.sections.forEach((section, s) => {
    section.steps.forEach((step, i) => {
      const field = `sections[${s}].steps[${i}].page`;
      const problem = checkPageRef(step.page, known, file, field);
      if (problem) issues.push(problem);
      const earlier = firstSeen.get(step.page);
      if (earlier) {
        issues.push({
          code: 'onboarding.duplicate-step',
          file,
          field,
          ja: `「${step.page}」は ${earlier} にもあります。道順の中で同じページは1回だけにしてください`,
          en: `"${step.page}" is already a step at ${earlier}; list each page once on the path`,
        });
      } else firstSeen.set(step.page, field);
    });
  });
  return issues;
}


/**
 * The onboarding path as content describes it (content/onboarding.yaml),
 * checked against the pages that actually exist.
 */
import type { ContentIssue } from './issues.ts';
import { checkPageRef, type KnownPages } from './pageRefs.ts';
import type { OnboardingData } from './schemas.ts';

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


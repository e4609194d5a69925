/**
 * The new hires' path (content/onboarding.yaml), checked against the pages
 * that exist and resolved to titles, links and reading times. Memoized:
 * the path page and every page on the path read it.
 */
import { getEntry } from 'astro:content';
import { ContentValidationError } from '../rules/issues.ts';
import { joinJapaneseLines } from '../rules/japaneseText.ts';
import { checkOnboarding, defaultOnboarding } from '../rules/onboarding.ts';
import { ja } from './ui.ts';
import { getGlossary } from './glossary.ts';
import { knownPages, resolvePage, type ResolvedPage } from './pages.ts';
import { getSiteContent } from './siteContent.ts';
import { memoizeModel } from './memo.ts';

export interface OnboardingStep extends ResolvedPage {
  /** 1-based position on the whole path. */
  number: number;
  note?: string | undefined;
}

interface OnboardingSection {
  title: string;
  intro?: string | undefined;
  steps: OnboardingStep[];
}

export interface OnboardingPath {
  sections: OnboardingSection[];
  steps: OnboardingStep[];
  totalMinutes: number;
}

export const getOnboarding: () => Promise<OnboardingPath> = memoizeModel(loadOnboarding);

async function loadOnboarding(): Promise<OnboardingPath> {
  const [entry, content, glossary] = await Promise.all([getEntry('onboarding', 'onboarding'), getSiteContent(), getGlossary()]);
  // Without content/onboarding.yaml: mission, principles in order, handbook chapters in order.
  const data =
    entry?.data ??
    defaultOnboarding(
      content.principles.map((principle) => principle.id),
      content.chapters.map((chapter) => chapter.slug),
      ja.onboarding.defaultSections,
    );
  const file = entry?.filePath ?? 'content/onboarding.yaml';
  const issues = checkOnboarding(data, knownPages(content, glossary.terms), file);
  if (issues.length > 0) throw new ContentValidationError(issues);

  let number = 0;
  const sections = data.sections.map((section): OnboardingSection => ({
    title: section.title,
    intro: section.intro && joinJapaneseLines(section.intro),
    steps: section.steps.map((step): OnboardingStep => {
      number += 1;
      return { ...resolvePage(step.page, content, glossary.terms), number, note: step.note && joinJapaneseLines(step.note) };
    }),
  }));
  const steps = sections.flatMap((section) => section.steps);
  const totalMinutes = steps.reduce((sum, step) => sum + (step.readingMinutes ?? 0), 0);
  return { sections, steps, totalMinutes };
}

/** The step a page is, if it is on the path (e.g. "principles/<id>"). */
export async function onboardingStep(key: string): Promise<{ step: OnboardingStep; next?: OnboardingStep | undefined; total: number } | undefined> {
  const { steps } = await getOnboarding();
  const index = steps.findIndex((step) => step.key === key);
  if (index < 0) return undefined;
  return { step: steps[index]!, next: steps[index + 1], total: steps.length };
}

// The copy-check gate's tally: how many errors and warnings the stories to be exported or filed carry, and the first one to review.
import { checkStory, type CheckSettings, type Finding } from '../../../shared/copyDesk';
import type { Story } from '../../../shared/story';
import { counted, type Language, type Translate } from '../i18n/translate';

export interface StoryTally {
  errors: number;
  warnings: number;
}

export interface CopyTally extends StoryTally {
  /** How many of the stories carry a finding. */
  stories: number;
  /** Per story id, for the stories that carry a finding. */
  byStory: ReadonlyMap<string, StoryTally>;
  /** Where Review goes: the first error in page order (the first warning when there is no error). */
  first?: { storyId: string; finding: Finding };
}

export const NO_FINDINGS: CopyTally = { errors: 0, warnings: 0, stories: 0, byStory: new Map() };

/** The copy desk's findings of the stories (in page order) under a house style, counted. */
export function tallyCopy(stories: readonly Story[], style: CheckSettings): CopyTally {
  let errors = 0;
  let warnings = 0;
  const byStory = new Map<string, StoryTally>();
  let firstError: CopyTally['first'];
  let firstWarning: CopyTally['first'];
  for (const story of stories) {
    const findings = checkStory(story, style);
    if (findings.length === 0) continue;
    const storyErrors = findings.filter((f) => f.severity === 'error');
    const own = { errors: storyErrors.length, warnings: findings.length - storyErrors.length };
    byStory.set(story.id, own);
    errors += own.errors;
    warnings += own.warnings;
    if (!firstError && storyErrors[0]) firstError = { storyId: story.id, finding: storyErrors[0] };
    if (!firstWarning) firstWarning = { storyId: story.id, finding: findings[0] as Finding };
  }
  const first = firstError ?? firstWarning;
  return { errors, warnings, stories: byStory.size, byStory, ...(first ? { first } : {}) };
}

/** True when the gate has something to say (an error or a warning). */
export function hasFindings(tally: StoryTally): boolean {
  return tally.errors + tally.warnings > 0;
}

/** "12 处错误、4 处提醒", "1 error and 4 warnings": the counts that are not zero. */
export function findingsText(tally: StoryTally, t: Translate, language: Language): string {
  const parts: string[] = [];
  if (tally.errors > 0) parts.push(counted(t, language, 'gate.errors', tally.errors));
  if (tally.warnings > 0) parts.push(counted(t, language, 'gate.warnings', tally.warnings));
  return parts.join(t('gate.and'));
}

/** "3 篇稿件共有 12 处错误、4 处提醒。"; one story alone: "这篇稿件校对出 2 处错误。" */
export function gateSummary(tally: CopyTally, t: Translate, language: Language, single = false): string {
  const findings = findingsText(tally, t, language);
  return single ? t('gate.summary.story', { findings }) : counted(t, language, 'gate.summary.stories', tally.stories, { findings });
}

import type { WorkGroupEvaluation } from '../api/evaluation';
import { MAX_KEY_FINDINGS } from '../domain/workGroup';
import { standardsExpectedOf, standardsOf } from './figures';
import { count, formatCount, percent } from './text';

// The first draft of a Work Group's key findings, from the same evaluation as the screens: plain,
// hedged sentences (pupils first, then teachers, then schools, then the Standard), for the Lead to
// rewrite in their own words. They say what the records suggest, never more.

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function draftKeyFindings(evaluation: WorkGroupEvaluation): string[] {
  const { figures, changeDistribution, standards } = evaluation;
  const findings: string[] = [];

  const judged = changeDistribution.reduce((s, b) => s + b.count, 0);
  if (judged > 0) {
    const marked = changeDistribution.filter((b) => b.judgement >= 4).reduce((s, b) => s + b.count, 0);
    const some = changeDistribution.filter((b) => b.judgement >= 3).reduce((s, b) => s + b.count, 0);
    findings.push(
      `Teachers judged ${formatCount(some)} of the ${count(judged, 'focus child', 'focus children')} whose change they judged to have changed at least somewhat (3 or more of 5), ${formatCount(marked)} of them considerably or substantially: a sign, from a small number of pupils, that the approach made a difference in these classrooms.`,
    );
  }

  const { selfRatings } = figures;
  if (selfRatings.n > 0 && selfRatings.startMean !== null && selfRatings.endMean !== null) {
    const moved = selfRatings.endMean - selfRatings.startMean;
    findings.push(
      `Participants’ own confidence ratings ${moved > 0.05 ? 'rose' : moved < -0.05 ? 'fell' : 'stayed much the same'}, from a mean of ${selfRatings.startMean.toFixed(1)} to ${selfRatings.endMean.toFixed(1)} on the 1–5 survey (${count(selfRatings.n, 'participant')} rated at both the start and the end).`,
    );
  }

  const indicator = (id: string) => standards.flatMap((s) => s.indicators).find((i) => i.id === id);
  const plans = indicator('continuation_plans');
  if (plans?.value !== null && plans?.value !== undefined && plans.denominator)
    findings.push(
      `${formatCount(plans.numerator ?? 0)} of ${count(plans.denominator, 'school')} (${percent(plans.value)}) have a plan to continue the work next year, which suggests it may last beyond the Work Group.`,
    );

  if (figures.attendance.rate !== null)
    findings.push(
      `The group met ${count(figures.sessions.wholeGroup, 'time')} as a whole group, with ${percent(figures.attendance.rate)} of places taken.`,
    );

  const notMet = standards.filter((s) => s.status === 'partly' || s.status === 'not_yet');
  findings.push(
    notMet.length === 0
      ? `The evidence recorded meets all ${standardsExpectedOf(figures)} for teachers’ professional development.`
      : `The evidence recorded meets ${standardsOf(figures)}; ${notMet
          .slice(0, 2)
          .map((s) => lowerFirst(s.label.replace(/^\d\. /, '')))
          .join(' and ')} ${notMet.length === 1 ? 'is' : 'are'} not yet met in full.`,
  );

  return findings.slice(0, MAX_KEY_FINDINGS);
}

import type { EvaluationAnswer, WorkGroupEvaluation } from '../api/evaluation';
import { DFE_STANDARD, type DfeStandard } from '../domain/enums';
import { STANDARD_COUNT } from './figures';
import { TARGETS } from './targets';
import { count, listNames, percent } from './text';

// NCETM's four evaluation questions, answered in a first draft from the figures the rest of the
// evaluation has already worked out, for the Lead to edit in the report.

export const EVALUATION_QUESTIONS = {
  did_it_work: 'Did this work?',
  how_do_we_know: 'How do we know?',
  repeat_or_scale: 'Should it be repeated or scaled?',
  next_year: 'What might participants do next year?',
} as const;

/** What participants might do next year where a standard is not yet met, in a Lead's words. */
const NEXT_YEAR_FOR: Record<DfeStandard, string> = {
  pupil_outcomes: 'keep following their focus children and judge each child’s change against the pen portraits',
  evidence: 'read and discuss more of the research behind the approach, and try it out in class',
  collaboration: 'plan and teach research lessons together, with challenge from the Lead',
  sustained: 'meet in every term, with work in school between the meetings',
  leadership: 'bring senior leaders in from the start, with a plan for carrying the work on',
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const one = (n: number) => (n === 1 ? 'one' : String(n));

type Basis = Omit<WorkGroupEvaluation, 'questions'>;

export function draftAnswers(e: Basis): EvaluationAnswer[] {
  const met = e.standards.filter((s) => s.status === 'met');
  // A standard its kind of PD is not expected to show is neither met nor to be strengthened.
  const notMet = e.standards.filter((s) => s.status === 'partly' || s.status === 'not_yet');
  const partly = e.standards.filter((s) => s.status === 'partly').length;
  const judged = e.changeDistribution.reduce((sum, b) => sum + b.count, 0);
  const changed = e.changeDistribution.filter((b) => b.judgement >= 3).reduce((sum, b) => sum + b.count, 0);
  const changeShare = judged === 0 ? null : changed / judged;
  const ratings = e.areas.find((a) => a.selfRatings)?.selfRatings?.overall;
  const highGaps = e.gaps.filter((g) => g.severity === 'high').length;
  const claims = e.areas.reduce(
    (sum, a) => ({
      measured: sum.measured + a.claimCounts.measured,
      triangulated: sum.triangulated + a.claimCounts.triangulated,
      anecdotal: sum.anecdotal + a.claimCounts.anecdotal,
    }),
    { measured: 0, triangulated: 0, anecdotal: 0 },
  );
  const observedTwoTerms = e.standards
    .flatMap((s) => s.indicators)
    .find((i) => i.id === 'focus_children_observed_two_terms')?.value;
  const thinnest = [...e.areas].sort((a, b) => a.evidenceByTerm.total - b.evidenceByTerm.total)[0];
  /** "standard 1 (focus on improving and evaluating pupil outcomes)" */
  const standardNames = (list: typeof e.standards) =>
    listNames(
      list.map((s) => {
        const [, n, name] = /^(\d)\. (.*)$/.exec(DFE_STANDARD.labels[s.standard])!;
        return `standard ${n} (${name!.charAt(0).toLowerCase()}${name!.slice(1)})`;
      }),
      5,
    );

  const didItWork = [
    `Against the DfE Standard, ${one(met.length)} of the ${e.figures.standardsExpected === STANDARD_COUNT ? 'five standards' : `${one(e.figures.standardsExpected)} standards expected of its kind`} ${met.length === 1 ? 'is' : 'are'} met${partly > 0 ? ` and ${one(partly)} partly met` : ''}.`,
    // Only kinds that follow focus children are asked for their change.
    ...(e.standards.flatMap((s) => s.indicators).find((i) => i.id === 'focus_children_with_judgement')?.status ===
      'not_expected' && changeShare === null
      ? []
      : [
          changeShare === null
            ? 'No focus child has an end-of-year judgement of change yet, so the change in pupils cannot be read.'
            : `Of the ${count(judged, 'focus child', 'focus children')} judged so far, ${changed} (${percent(changeShare)}) showed at least some change (3 or more on the five-point scale).`,
        ]),
    ...(ratings?.startMean != null && ratings.endMean != null
      ? [
          `Participants’ confidence ${ratings.endMean >= ratings.startMean ? 'rose' : 'fell'} from ${ratings.startMean.toFixed(1)} to ${ratings.endMean.toFixed(1)} on the five-point scale (${count(ratings.paired, 'participant')} rated at both the start and the end).`,
        ]
      : []),
  ];

  const howDoWeKnow = [
    `The year’s record holds ${count(e.totals.journalEntries, 'journal entry', 'journal entries')}, ${count(e.totals.observations, 'observation')} of focus children and ${count(e.totals.impactClaims, 'impact claim')}.`,
    ...(e.totals.impactClaims > 0
      ? [
          `Of the impact claims, ${claims.measured} rest on measured evidence, ${claims.triangulated} on triangulated evidence and ${claims.anecdotal} on anecdote.`,
        ]
      : []),
    ...(observedTwoTerms != null
      ? [`${sentence(percent(observedTwoTerms))} of focus children were observed in at least two terms.`]
      : []),
    ...(thinnest
      ? [`The evidence is thinnest for ${thinnest.label} (${count(thinnest.evidenceByTerm.total, 'piece')}).`]
      : []),
  ];

  const strong = met.length >= 4 && changeShare !== null && changeShare >= TARGETS.focus_children_with_change.target;
  const repeatOrScale = [
    strong
      ? 'The evidence supports repeating this work and offering it to more schools, with this year’s participants sharing what they learnt.'
      : met.length + partly >= 3
        ? `Repeat it with changes before scaling it: strengthen ${standardNames(notMet)}.`
        : 'Not yet: the evidence is too thin to decide. Close the gaps below and look again.',
    ...(highGaps > 0
      ? [`${sentence(count(highGaps, 'high-priority gap'))} ${highGaps === 1 ? 'is' : 'are'} still open.`]
      : []),
  ];

  const nextYear =
    notMet.length === 0
      ? [
          'Participants might lead the approach in their own schools: share it with colleagues, and support a new Work Group next year.',
        ]
      : [
          `Participants might ${listNames(
            notMet.map((s) => NEXT_YEAR_FOR[s.standard]),
            5,
          )}.`,
        ];

  const answers: Record<keyof typeof EVALUATION_QUESTIONS, string[]> = {
    did_it_work: didItWork,
    how_do_we_know: howDoWeKnow,
    repeat_or_scale: repeatOrScale,
    next_year: nextYear,
  };
  return (Object.keys(EVALUATION_QUESTIONS) as (keyof typeof EVALUATION_QUESTIONS)[]).map((id) => ({
    id,
    question: EVALUATION_QUESTIONS[id],
    draft: answers[id].join(' '),
  }));
}

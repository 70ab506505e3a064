import {
  INDICATOR_STATUS_LABELS,
  type WorkGroupEvaluation,
  type WorkGroupFigures,
  type YearComparison,
} from '../api/evaluation';
import { FIGURES, STANDARD_COUNT } from './figures';
import { formatFigure } from './format';

// Year on year: a group in its second (or third) year set beside the year before, figure by figure
// and standard by standard, from the same evaluation as everything else.

const ratings = ({ selfRatings: r }: WorkGroupFigures) =>
  r.n === 0 ? 'None paired' : `${formatFigure(r.startMean, 'mean')} to ${formatFigure(r.endMean, 'mean')} (n = ${r.n})`;

/** Each headline figure, standard and area of the year before beside this year's. */
export function compareYears(previous: WorkGroupEvaluation, current: WorkGroupEvaluation): YearComparison {
  const figure = (label: string, of: (figures: WorkGroupFigures) => string) => ({
    kind: 'figure' as const,
    label,
    previous: of(previous.figures),
    current: of(current.figures),
  });
  const statusOf = (evaluation: WorkGroupEvaluation, id: string, kind: 'standards' | 'areas') => {
    const found =
      kind === 'standards'
        ? evaluation.standards.find((s) => s.standard === id)
        : evaluation.areas.find((a) => a.area === id);
    return found ? INDICATOR_STATUS_LABELS[found.status] : '—';
  };
  return {
    years: [previous.workGroup, current.workGroup],
    rows: [
      {
        kind: 'figure' as const,
        label: 'Project',
        previous: previous.workGroup.projectName,
        current: current.workGroup.projectName,
      },
      figure(FIGURES.participants.label, (f) => String(f.participants)),
      figure(FIGURES.focusChildren.label, (f) => String(f.focusChildren)),
      figure(FIGURES.wholeGroupMeetings.label, (f) => String(f.sessions.wholeGroup)),
      figure(FIGURES.attendance.label, (f) => formatFigure(f.attendance.rate, 'share')),
      figure(FIGURES.changeJudged.label, (f) => String(f.changeJudged)),
      figure(FIGURES.selfRatings.label, ratings),
      figure(FIGURES.standardsMet.label, (f) => `${f.standardsMet} of ${STANDARD_COUNT}`),
      ...current.standards.map((s) => ({
        kind: 'standard' as const,
        label: s.label,
        previous: statusOf(previous, s.standard, 'standards'),
        current: INDICATOR_STATUS_LABELS[s.status],
      })),
      ...current.areas.map((a) => ({
        kind: 'area' as const,
        label: a.label,
        previous: statusOf(previous, a.area, 'areas'),
        current: INDICATOR_STATUS_LABELS[a.status],
      })),
    ],
  };
}

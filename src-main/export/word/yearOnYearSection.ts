import type { YearComparison } from '../../../src-shared/api/evaluation';
import { type Block, heading, note, table } from './blocks';

/** The report's comparison of a rolled-over group's two years, side by side; nothing in a first year. */
export function yearOnYearSection(comparison: YearComparison | null): Block[] {
  if (!comparison) return [];
  const [previous, current] = comparison.years;
  return [
    heading('This year beside last year'),
    note(
      `${current.code} continues ${previous.code} (${previous.academicYear}). Last year’s end is this year’s starting point: its end self-ratings are this year’s start, and its focus children’s end pen portraits their new start.`,
    ),
    table(
      ['Compared', previous.academicYear, current.academicYear],
      comparison.rows.map((r) => [r.label, r.previous, r.current]),
      [4, 2, 2],
    ),
  ];
}

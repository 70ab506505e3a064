import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import { leadingThemes, strongestPassages, themeFiguresOf } from '../../../src-shared/themes/figures';
import type { Quote } from '../slides/evidence';
import { type Block, heading, note, paragraphs, table } from './blocks';

/** Themes the report leads with, and passages quoted for each. */
const THEMES_SHOWN = 5;
const PASSAGES_PER_THEME = 2;

/**
 * The report's "What made a difference": the themes coded most often in the year's records, each
 * with its strongest passages and, beside them, the change of the focus children whose records
 * carry it, always worded as an association. `quoteOnce` is the report's own: a passage quoted
 * here is not quoted again under a standard or area.
 */
export function themesSection(snapshot: WorkGroupSnapshot, quoteOnce: (quotes: Quote[]) => Block[]): Block[] {
  const index = indexSnapshot(snapshot);
  const figures = themeFiguresOf(index);
  const leading = leadingThemes(figures, THEMES_SHOWN);
  if (leading.length === 0) {
    return [
      heading('What made a difference'),
      note(
        'No passages are coded to themes yet. Code passages of journals and observations on the Work Group’s Themes tab, and the themes they point to will show here.',
      ),
    ];
  }
  const change = new Map(figures.change.map((c) => [c.themeId, c.wording]));
  return [
    heading('What made a difference'),
    note(
      `The themes coded most often in the year’s records (${figures.totals.passages} coded passages in all), with their strongest passages; a broader theme’s counts include its narrower themes’ passages. Beside each theme is the end-of-year change of the focus children whose records carry it: an association, not evidence that the theme caused the change.`,
    ),
    table(
      ['Theme', 'Passages', 'Records', 'Participants', 'Focus children', 'Schools'],
      leading.map((t) =>
        [t.name, t.passages, t.records, t.byParticipant.length, t.byFocusChild.length, t.bySchool.length].map(String),
      ),
      [3, 1, 1, 1.2, 1.2, 1],
    ),
    ...leading.flatMap((t) => [
      heading(t.name, 2),
      ...(t.description ? paragraphs(t.description, { italic: true }) : []),
      ...quoteOnce(
        strongestPassages(index, t.id, PASSAGES_PER_THEME).map((p) => ({
          text: p.words,
          date: '',
          source: index.item(p.recordKind, p.recordId),
        })),
      ),
      ...paragraphs(change.get(t.id)!),
    ]),
  ];
}

import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count } from '../../../src-shared/evaluation/text';
import {
  INCLUDING_NARROWER,
  leadingThemes,
  strongestPassages,
  themeFiguresOf,
} from '../../../src-shared/themes/figures';
import type { Deck } from './deck';
import type { Label, Quotable } from './evidence';

/** Leading themes on the slide: as many as read at a glance. */
const THEMES_SHOWN = 5;

/**
 * "What made a difference": the themes coded most often, each with where it was seen; the speaker
 * notes carry a passage for each (only one the personal-data check passes) and the change beside
 * it, worded as an association.
 */
export function addThemesSlide(deck: Deck, snapshot: WorkGroupSnapshot, label: Label, quotable: Quotable): void {
  const index = indexSnapshot(snapshot);
  const figures = themeFiguresOf(index);
  const leading = leadingThemes(figures, THEMES_SHOWN);
  const change = new Map(figures.change.map((c) => [c.themeId, c.wording]));
  deck.listSlide({
    title: 'What made a difference',
    standing: `The themes coded most often in ${count(figures.totals.passages, 'passage')} of the year’s records`,
    items: leading.map(
      (t) =>
        `${t.name}: ${count(t.passages, 'passage')} from ${count(t.byParticipant.length, 'teacher')}, about ${count(t.byFocusChild.length, 'focus child', 'focus children')}`,
    ),
    empty: 'No passages are coded to themes yet: code them on the Work Group’s Themes tab.',
    notes: [
      `Counts are of coded passages, ${INCLUDING_NARROWER}: a broader theme takes in the passages of the themes under it.`,
      ...leading.flatMap((t) => {
        const passage = strongestPassages(index, t.id, 3).find((p) => quotable(p.words));
        return [
          ...(passage
            ? [`${t.name}: “${passage.words}” (${label({ kind: passage.recordKind, id: passage.recordId })})`]
            : []),
          change.get(t.id)!,
        ];
      }),
    ],
  });
}

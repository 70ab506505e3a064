import type { RecordOf } from '../../../src-shared/api/contract';
import { api, failureMessage } from '../api';
import { excerpt, updateRecord } from '../records';

type Passage = RecordOf<'codedPassage'>;

interface PassageListProps {
  passages: readonly Passage[];
  /** The part of the record a passage is in, when the record has more than one. */
  fieldLabel?: ((field: string) => string) | undefined;
  themeName: (id: string) => string;
  active?: string | undefined;
  readOnly: boolean;
  /** The Lead chose a passage: show it in the text. */
  onShow: (passage: Passage) => void;
  onChanged: (text: string) => void;
  onFailed: (text: string) => void;
}

/** The coded passages of a record beside its text: the words, their themes, each theme and passage removable. */
export function PassageList({
  passages,
  fieldLabel,
  themeName,
  active,
  readOnly,
  onShow,
  onChanged,
  onFailed,
}: PassageListProps) {
  if (passages.length === 0) {
    return <p className="empty">No passages coded yet. Select words in the text and choose a theme for them.</p>;
  }
  const run = async (action: () => Promise<string>) => {
    try {
      onChanged(await action());
    } catch (error) {
      onFailed(failureMessage(error));
    }
  };
  const remove = (p: Passage) =>
    run(async () => {
      await api.call('codedPassage.delete', { id: p.id });
      return `The passage “${excerpt(p.words, 60)}” is no longer coded.`;
    });
  // A passage's last theme taken off leaves nothing coded: the passage goes with it.
  const removeTheme = (p: Passage, themeId: string) =>
    p.themeIds.length === 1
      ? remove(p)
      : run(async () => {
          await updateRecord('codedPassage', p, { themeIds: p.themeIds.filter((id) => id !== themeId) });
          return `${themeName(themeId)} taken off “${excerpt(p.words, 60)}”.`;
        });

  return (
    <ol className="passage-list" aria-label="Coded passages">
      {passages.map((p) => (
        <li key={p.id} className={p.id === active ? 'active' : undefined} aria-current={p.id === active || undefined}>
          {fieldLabel && <span className="sub">{fieldLabel(p.field)}</span>}
          <button type="button" className="link-button passage-words-button" onClick={() => onShow(p)}>
            <span className="visually-hidden">Show in the text: </span>“{excerpt(p.words, 160)}”
          </button>
          {p.needsReview && (
            <p className="review-note">
              <strong>Needs review:</strong> these words were changed when the record was edited. Select the words again
              and apply the theme, or remove this passage.
            </p>
          )}
          <ul className="theme-chips" aria-label="Themes">
            {p.themeIds.map((themeId) => (
              <li key={themeId}>
                {themeName(themeId)}
                {!readOnly && (
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Take ${themeName(themeId)} off this passage`}
                    onClick={() => removeTheme(p, themeId)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!readOnly && (
            <button
              type="button"
              className="link-button"
              aria-label={`Remove passage “${excerpt(p.words, 60)}”`}
              onClick={() => remove(p)}
            >
              Remove passage
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

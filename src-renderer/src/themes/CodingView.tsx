import { useEffect, useId, useState } from 'react';
import type { RecordOf } from '../../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../../src-shared/domain/recordKinds';
import { CODABLE_FIELDS, type CodableKind } from '../../../src-shared/themes/fields';
import { api, failureMessage } from '../api';
import type { GroupData } from '../groupData';
import { recordAddress } from '../screens/SearchScreen';
import { excerpt, updateRecord } from '../records';
import { paths } from '../router';
import { PassageList } from './PassageList';
import { PassageText, type Selection } from './PassageText';
import { findPhrase } from './spans';
import { ThemePicker, type ThemeChoice } from './ThemePicker';
import { pickerOptions, sourceOf, themeNames } from './themeData';
import type { CodingAt } from './addresses';

type Passage = RecordOf<'codedPassage'>;
type Chosen = Selection & { field: string };

interface CodingViewProps extends CodingAt {
  data: GroupData;
  kind: CodableKind;
  recordId: string;
  readOnly: boolean;
}

/**
 * One record's long texts to read and code: select words, apply themes (new or from the codebook),
 * and see the coded passages highlighted and listed beside, each removable.
 */
export function CodingView({ data, kind, recordId, readOnly, passage, find }: CodingViewProps) {
  const record = (data[kind] as { id: string }[]).find((r) => r.id === recordId) as Record<string, unknown> | undefined;
  const hintId = useId();
  const workGroupId = data.workGroup.id;
  const fields = Object.entries(CODABLE_FIELDS[kind] as Record<string, string>)
    .map(([field, label]) => ({ field, label, text: String(record?.[field] ?? '') }))
    .filter((f) => f.text.trim() !== '');
  const passages = data.codedPassage
    .filter((p) => p.recordId === recordId)
    .sort((a, b) => a.startOffset - b.startOffset);
  const names = themeNames(data.theme);

  // Arriving at a passage (from the matrix) shows it; arriving with a search hit's words selects them.
  const [chosen, setChosen] = useState<Chosen | undefined>(() => {
    const arrivedAt = passages.find((p) => p.id === passage);
    if (arrivedAt) return { field: arrivedAt.field, start: arrivedAt.startOffset, end: arrivedAt.endOffset };
    for (const f of find ? fields : []) {
      const found = findPhrase(f.text, find!);
      if (found) return { field: f.field, ...found };
    }
    return undefined;
  });
  const [active, setActive] = useState<string | undefined>(passage);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>();

  useEffect(() => {
    const target = passage ? `[data-passages~="${passage}"]` : find ? 'mark.chosen' : undefined;
    if (target) requestAnimationFrame(() => document.querySelector(target)?.scrollIntoView({ block: 'center' }));
  }, [passage, find]);

  if (!record) {
    return (
      <p className="empty">
        This record is no longer in the Work Group (it may be in the Trash).{' '}
        <a href={paths.workGroup(workGroupId, 'themes')}>Back to the themes</a>
      </p>
    );
  }
  const spec = RECORD_KIND_SPECS[kind];
  const chosenText = chosen && fields.find((f) => f.field === chosen.field)?.text.slice(chosen.start, chosen.end);

  const apply = async (choice: ThemeChoice) => {
    if (!chosen || !chosenText) return;
    try {
      const themeId =
        'themeId' in choice
          ? choice.themeId
          : (await api.call('theme.create', { workGroupId, name: choice.newName, areas: [], standards: [] })).id;
      const themeName = 'themeId' in choice ? names(choice.themeId) : choice.newName;
      const same = passages.find(
        (p) => p.field === chosen.field && p.startOffset === chosen.start && p.endOffset === chosen.end,
      );
      const saved = same
        ? ((await updateRecord('codedPassage', same, {
            themeIds: [...new Set([...same.themeIds, themeId])],
            needsReview: false,
          })) as Passage)
        : await api.call('codedPassage.create', {
            workGroupId,
            recordKind: kind,
            recordId,
            field: chosen.field,
            startOffset: chosen.start,
            endOffset: chosen.end,
            words: chosenText,
            themeIds: [themeId],
          });
      setActive(saved.id);
      // The words stay chosen, for another theme to be applied to them too.
      setNotice({
        text: `“${excerpt(chosenText, 80)}” coded as ${themeName}. Apply another theme to the same words, or select others.`,
      });
    } catch (error) {
      setNotice({ text: failureMessage(error), error: true });
    }
  };

  return (
    <div className="coding">
      <section className="panel coding-text" aria-labelledby={`${hintId}-title`}>
        <h2 id={`${hintId}-title`}>{spec.title(record)}</h2>
        <p className="sub">
          {sourceOf(data, kind, recordId)} ·{' '}
          <a href={recordAddress(kind, recordId, workGroupId)}>Edit this {spec.label}</a>
        </p>
        <p className="field-hint" id={hintId}>
          Select words with the mouse, or with Shift and the arrow keys, then choose a theme for them beside the text.
        </p>
        {fields.length === 0 && <p className="empty">This {spec.label} has no text to code yet.</p>}
        {fields.map((f) => (
          <div key={f.field} className="coding-field">
            {fields.length > 1 || f.label !== spec.label ? <h3>{capitalised(f.label)}</h3> : null}
            <PassageText
              label={`${capitalised(f.label)}: select words to code`}
              describedBy={hintId}
              text={f.text}
              passages={passages
                .filter((p) => p.field === f.field)
                .map((p) => ({ id: p.id, start: p.startOffset, end: p.endOffset, needsReview: p.needsReview }))}
              activeId={active}
              selection={chosen?.field === f.field ? chosen : undefined}
              onSelect={(selection) => setChosen(selection && { field: f.field, ...selection })}
            />
          </div>
        ))}
      </section>
      <aside className="coding-side" aria-label="Themes of this record">
        <section className="panel" aria-labelledby={`${hintId}-code`}>
          <h2 id={`${hintId}-code`}>Code the selected words</h2>
          {notice && (
            <p className={notice.error ? 'notice notice-error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )}
          {readOnly ? (
            <p className="empty">This year is kept as it was: its passages can be read but not coded.</p>
          ) : chosenText ? (
            <>
              <blockquote className="chosen-words">“{excerpt(chosenText, 240)}”</blockquote>
              <ThemePicker label="Theme" applyLabel="Apply theme" themes={pickerOptions(data.theme)} onChoose={apply} />
            </>
          ) : (
            <p className="empty">Select some words in the text first.</p>
          )}
        </section>
        <section className="panel" aria-labelledby={`${hintId}-passages`}>
          <h2 id={`${hintId}-passages`}>Coded passages ({passages.length})</h2>
          <PassageList
            passages={passages}
            fieldLabel={fields.length > 1 ? (field) => capitalised(fieldLabel(kind, field)) : undefined}
            themeName={names}
            active={active}
            readOnly={readOnly}
            onShow={(p) => {
              setActive(p.id);
              setChosen({ field: p.field, start: p.startOffset, end: p.endOffset });
            }}
            onChanged={(text) => setNotice({ text })}
            onFailed={(text) => setNotice({ text, error: true })}
          />
        </section>
      </aside>
    </div>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fieldLabel = (kind: CodableKind, field: string) =>
  (CODABLE_FIELDS[kind] as Record<string, string>)[field] ?? field;

import { useId, useState, type FormEvent } from 'react';
import { ApiFailure } from '../../../../src-shared/api/client';
import {
  JUDGEMENT_RATING_LABELS,
  JUDGEMENT_RATINGS,
  type Judgement,
  type JudgementSubject,
} from '../../../../src-shared/api/evaluation';
import { api } from '../../api';
import { BusyButton } from '../../components/BusyButton';
import { RecordHistory, UndoButton, undoSave, type Undo } from '../../components/RecordHistory';
import { DraftBar } from '../../forms/DraftBar';
import type { Values } from '../../forms/fieldSpec';
import { useDraft } from '../../forms/useDraft';
import { useFollowRecord } from '../../forms/useFollowRecord';
import { dateGB } from '../../records';
import { EvidencePicker, evidenceKey as keyOf, type PickableEvidence } from './EvidencePicker';

const RATING_MEANING: Record<(typeof JUDGEMENT_RATINGS)[number], string> = {
  red: 'Not yet in place',
  amber: 'Partly in place',
  green: 'Firmly in place',
};

interface JudgementEditorProps {
  workGroupId: string;
  subject: JudgementSubject;
  /** "1. Focus on improving and evaluating pupil outcomes" */
  label: string;
  /** The evidence behind this standard or area, to choose from. */
  evidence: PickableEvidence[];
  current?: Judgement | undefined;
  readOnly: boolean;
}

/** The Lead's own red, amber or green judgement of one standard or area, with a narrative and the evidence for it. */
export function JudgementEditor({ workGroupId, subject, label, evidence, current, readOnly }: JudgementEditorProps) {
  const id = useId();
  // What was last saved, kept as the form's fields so that what is typed over it is kept as a draft.
  const saved: Values = {
    rating: current?.rating,
    narrative: current?.narrative ?? '',
    evidence: (current?.evidence ?? []).filter((e) => !e.missing).map(keyOf),
  };
  const [initial, setInitial] = useState<Values>(saved);
  const [values, setValues] = useState<Values>(initial);
  useFollowRecord(saved, initial, values, (now) => {
    setInitial(now);
    setValues(now);
  });
  const rating = values.rating as (typeof JUDGEMENT_RATINGS)[number] | undefined;
  const narrative = values.narrative as string;
  const chosen = new Set(values.evidence as string[]);
  const set = (name: string, value: unknown) => setValues((now) => ({ ...now, [name]: value }));
  // Subjects are written with underscores ("area:pupil_outcomes"); a draft's key has none.
  const drafted = useDraft(
    readOnly ? undefined : { key: `judgement:${workGroupId}:${subject.replaceAll('_', '-')}` },
    initial,
    values,
    setValues,
  );
  const [saving, setSaving] = useState(false);
  const missing = current?.evidence.filter((e) => e.missing).length ?? 0;
  const unique = [...new Map(evidence.map((e) => [keyOf(e), e])).values()];
  const [notice, setNotice] = useState<{ text: string; error?: boolean; undo?: Undo } | undefined>(
    current ? { text: `Last saved ${dateGB(current.updatedAt.slice(0, 10))}.` } : undefined,
  );

  const toggle = (key: string, on: boolean) =>
    set('evidence', on ? [...chosen, key] : [...chosen].filter((k) => k !== key));

  const discardDraft = async () => {
    await drafted.discard();
    setValues(initial);
    setNotice({ text: 'Draft discarded.' });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setNotice({ text: 'Choose red, amber or green first, then save.', error: true });
      return;
    }
    setSaving(true);
    try {
      const judgement = await drafted.save(() =>
        api.call('judgement.set', {
          workGroupId,
          subject,
          rating,
          narrative,
          evidence: unique.filter((e) => chosen.has(keyOf(e))).map((e) => ({ kind: e.kind, id: e.id })),
        }),
      );
      setInitial(values);
      setNotice({
        text: `Your judgement is saved (${JUDGEMENT_RATING_LABELS[rating]}).`,
        // A first judgement has nothing before it to put back.
        ...(current ? { undo: undoSave('judgement', judgement) } : {}),
      });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setNotice({ text: error.message, error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="judgement" aria-label={`Lead’s judgement: ${label}`} onSubmit={save} onBlur={drafted.flush}>
      {drafted.changed && <DraftBar saving={saving} onDiscard={() => void discardDraft()} />}
      <fieldset className="rag" disabled={readOnly}>
        <legend>Lead’s judgement</legend>
        {JUDGEMENT_RATINGS.map((r) => (
          <label key={r} className={`rag-option rag-${r}`}>
            <input
              type="radio"
              name={`${id}-rating`}
              value={r}
              checked={rating === r}
              onChange={() => set('rating', r)}
            />
            <span className="rag-swatch" aria-hidden="true" />
            <span>
              <strong>{JUDGEMENT_RATING_LABELS[r]}</strong> <span className="sub">{RATING_MEANING[r]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-narrative`}>Narrative</label>
        <span className="field-hint" id={`${id}-narrative-hint`}>
          Why this rating: what the evidence shows and what is still to do
        </span>
        <textarea
          id={`${id}-narrative`}
          aria-describedby={`${id}-narrative-hint`}
          rows={4}
          value={narrative}
          disabled={readOnly}
          onChange={(event) => set('narrative', event.target.value)}
        />
      </div>
      <details className="evidence-picker">
        <summary>
          Supporting evidence ({chosen.size} chosen of {unique.length})
        </summary>
        {unique.length === 0 ? (
          <p className="empty">No evidence is tagged to this yet.</p>
        ) : (
          <EvidencePicker items={unique} chosen={chosen} toggle={toggle} readOnly={readOnly} subject={label} />
        )}
      </details>
      {missing > 0 && (
        <p className="field-hint">
          {missing === 1 ? '1 piece' : `${missing} pieces`} of evidence chosen earlier {missing === 1 ? 'is' : 'are'} no
          longer in the workspace and will be left out when you save.
        </p>
      )}
      {current && (
        <RecordHistory
          kind="judgement"
          id={current.id}
          labels={{ rating: 'Lead’s judgement', narrative: 'Narrative', evidence: 'Supporting evidence' }}
          onRestored={(text, undo) => setNotice({ text, undo })}
        />
      )}
      {notice && (
        <p className={notice.error ? 'form-error' : 'status'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
          {notice.undo && ' '}
          {notice.undo && <UndoButton undo={notice.undo} onUndone={(text) => setNotice({ text })} />}
        </p>
      )}
      {!readOnly && (
        <div className="button-row">
          <BusyButton type="submit" className="primary" busy={saving}>
            {saving ? 'Saving…' : 'Save judgement'}
          </BusyButton>
        </div>
      )}
    </form>
  );
}

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
  const [rating, setRating] = useState(current?.rating);
  const [narrative, setNarrative] = useState(current?.narrative ?? '');
  const [chosen, setChosen] = useState(() => new Set((current?.evidence ?? []).filter((e) => !e.missing).map(keyOf)));
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>(
    current ? { text: `Last saved ${dateGB(current.updatedAt.slice(0, 10))}.` } : undefined,
  );
  const missing = current?.evidence.filter((e) => e.missing).length ?? 0;

  const unique = [...new Map(evidence.map((e) => [keyOf(e), e])).values()];

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setNotice({ text: 'Choose red, amber or green first, then save.', error: true });
      return;
    }
    setSaving(true);
    try {
      await api.call('judgement.set', {
        workGroupId,
        subject,
        rating,
        narrative,
        evidence: unique.filter((e) => chosen.has(keyOf(e))).map((e) => ({ kind: e.kind, id: e.id })),
      });
      setNotice({ text: `Your judgement is saved (${JUDGEMENT_RATING_LABELS[rating]}).` });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      setNotice({ text: error.message, error: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="judgement" aria-label={`Lead’s judgement: ${label}`} onSubmit={save}>
      <fieldset className="rag" disabled={readOnly}>
        <legend>Lead’s judgement</legend>
        {JUDGEMENT_RATINGS.map((r) => (
          <label key={r} className={`rag-option rag-${r}`}>
            <input type="radio" name={`${id}-rating`} value={r} checked={rating === r} onChange={() => setRating(r)} />
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
          onChange={(event) => setNarrative(event.target.value)}
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
      {notice && (
        <p className={notice.error ? 'form-error' : 'status'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
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

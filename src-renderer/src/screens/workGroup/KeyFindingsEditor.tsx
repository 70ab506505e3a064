import { useId, useState, type FormEvent } from 'react';
import type { KeyFindings } from '../../../../src-shared/api/keyFindings';
import { MAX_KEY_FINDINGS } from '../../../../src-shared/domain/workGroup';
import { api } from '../../api';
import { BusyButton } from '../../components/BusyButton';
import { DraftBar } from '../../forms/DraftBar';
import type { Values } from '../../forms/fieldSpec';
import { useDraft } from '../../forms/useDraft';
import { useAction } from '../../useAction';
import { useQuery } from '../../useQuery';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The key findings that open the end-of-year report: the app's draft from the evidence until the
 * Lead saves their own words, one finding a line. Going back to the draft forgets the Lead's.
 */
export function KeyFindingsEditor({ workGroupId, readOnly }: { workGroupId: string; readOnly: boolean }) {
  const id = useId();
  const { data, error } = useQuery('keyFindings.get', { workGroupId });
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Key findings</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {/* A new answer (saved here or elsewhere) starts the form again from it. */}
      {data && (
        <FindingsForm
          key={`${data.edited}:${data.findings.join('\n')}`}
          workGroupId={workGroupId}
          current={data}
          readOnly={readOnly}
        />
      )}
    </section>
  );
}

function FindingsForm({
  workGroupId,
  current,
  readOnly,
}: {
  workGroupId: string;
  current: KeyFindings;
  readOnly: boolean;
}) {
  const id = useId();
  // A new answer mounts a new form, so what it starts from never changes.
  const [initial] = useState<Values>(() => ({ findings: current.findings.join('\n') }));
  const [values, setValues] = useState<Values>(initial);
  const text = values.findings as string;
  const drafted = useDraft(readOnly ? undefined : { key: `keyFindings:${workGroupId}` }, initial, values, setValues);
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useAction();

  const save = (findings: string[], done: string) =>
    run('Saving…', async () => {
      await drafted.save(() => api.call('keyFindings.set', { workGroupId, findings }));
      setSaved(done);
    });
  const discardDraft = async () => {
    await drafted.discard();
    setValues(initial);
    setProblem('');
    setSaved('Draft discarded.');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const findings = linesOf(text);
    if (findings.length === 0 || findings.length > MAX_KEY_FINDINGS) {
      setProblem(
        `Write from 1 to ${MAX_KEY_FINDINGS} findings, one a line (there are ${findings.length}): a reader takes in a few points, not many. Then save.`,
      );
      return;
    }
    setProblem('');
    void save(findings, 'Your key findings are saved: the report opens with them.');
  };

  return (
    <form onSubmit={submit} onBlur={drafted.flush}>
      {drafted.changed && <DraftBar saving={busy !== ''} onDiscard={() => void discardDraft()} />}
      <p className="status">
        {current.edited
          ? 'Your own words: the end-of-year report opens with them.'
          : 'Draft — not yet edited by you. Drafted from the evidence; the report marks it as a draft until you save your own.'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-findings`}>Findings, one a line</label>
        <span className="field-hint" id={`${id}-hint`}>
          Three to five plain sentences a senior leader would take away: what changed for pupils, for teachers and for
          schools, and how sure you are.
        </span>
        <textarea
          id={`${id}-findings`}
          aria-describedby={`${id}-hint`}
          rows={7}
          value={text}
          disabled={readOnly}
          onChange={(event) => setValues({ findings: event.target.value })}
        />
      </div>
      {(problem || error) && (
        <p className="form-error" role="alert">
          {problem || error}
        </p>
      )}
      {saved && !busy && (
        <p className="status" role="status">
          {saved}
        </p>
      )}
      {!readOnly && (
        <div className="button-row">
          <BusyButton type="submit" className="primary" busy={busy !== ''}>
            {busy || 'Save my findings'}
          </BusyButton>
          {current.edited && (
            <BusyButton
              type="button"
              busy={busy !== ''}
              onClick={() => void save([], 'Back to the draft: the report shows it, marked as a draft.')}
            >
              Go back to the draft
            </BusyButton>
          )}
        </div>
      )}
    </form>
  );
}

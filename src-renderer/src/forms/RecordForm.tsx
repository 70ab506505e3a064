import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiFailure } from '../../../src-shared/api/client';
import { BusyButton } from '../components/BusyButton';
import { UndoButton, type Undo } from '../components/RecordHistory';
import { FieldControl } from './FieldControl';
import { collect, initialValues, isFilled, type FieldSpec, type Values } from './fieldSpec';
import { useFormContext } from './formContext';
import { DraftBar } from './DraftBar';
import { useDraft, type DraftOf } from './useDraft';
import { useFollowRecord } from './useFollowRecord';

export interface RecordFormProps {
  title: string;
  fields: FieldSpec[];
  /** The record being edited, or the starting values of a new one. */
  record?: Values | undefined;
  submitLabel: string;
  /**
   * Saves; throw an ApiFailure to have its messages shown beside the fields. An Undo it answers is
   * offered beside the saved message (after adding a record, say).
   */
  onSubmit: (input: Values, options: { confirmOutsideYear: boolean }) => Promise<unknown>;
  onCancel?: (() => void) | undefined;
  /** Start again with an empty form after a successful save (for "add" forms). */
  resetAfterSave?: boolean;
  savedMessage?: string;
  /** Which form this is, so that what is typed is kept as a draft until it is saved. */
  draft: DraftOf | undefined;
  /** Shown under the heading, before the fields (what a search found in the record). */
  above?: ReactNode;
  /** Opened by the user (Edit beside a row): its heading is brought into view and the cursor put in it. */
  bringIntoView?: boolean;
  /** Shown after the fields; as a function, it can put a message (and its Undo) where the save's goes. */
  children?: ReactNode | ((announce: Announce) => ReactNode);
}

/** Says something where a save's message goes, with an Undo if there is one. */
export type Announce = (message: string, undo?: Undo) => void;

/**
 * Moves the keyboard to the first problem, in the middle of the screen: the first field with a message,
 * or the form's own message when none is beside a field.
 */
function showFirstProblem(form: HTMLFormElement | null) {
  const target =
    form?.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input, .field-invalid select') ??
    form?.querySelector<HTMLElement>('.form-error');
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/** The one form every kind of record uses: fields from a description, messages beside them. */
export function RecordForm({
  title,
  fields,
  record,
  submitLabel,
  onSubmit,
  onCancel,
  resetAfterSave = false,
  savedMessage = 'Saved.',
  draft,
  above,
  bringIntoView = false,
  children,
}: RecordFormProps) {
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { academicYear } = useFormContext();
  // What the form started from: the record as saved (again after each save that keeps the form open).
  const [initial, setInitial] = useState<Values>(() => initialValues(fields, record));
  const [values, setValues] = useState<Values>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [confirmDate, setConfirmDate] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | undefined>();

  const errorFor = (key: string) => clientErrors[key] ?? failure?.fieldMessage(key);
  const outsideYear = failure?.error.code === 'outside_year';
  const fieldNames = fields.map((f) => f.name);
  const unplaced = failure?.error.fields.filter((f) => !fieldNames.includes(f.field.split('.')[0]!)) ?? [];
  const topMessage = failure
    ? failure.error.fields.length === 0 || unplaced.length > 0
      ? failure.message
      : 'Some answers need attention. Each problem is shown beside its field.'
    : Object.keys(clientErrors).length > 0
      ? 'Some answers need attention. Each problem is shown beside its field.'
      : undefined;

  // Beside the list, or below it in a narrow window: either way where the user is looking next. After
  // the frame in which the list keeps the chosen row in view.
  useEffect(() => {
    if (!bringIntoView) return;
    const frame = requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('input, select, textarea');
      formRef.current?.querySelector('h2')?.scrollIntoView({ block: 'nearest' });
      first?.scrollIntoView({ block: 'nearest' });
      first?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Once, as the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const drafted = useDraft(draft, initial, values, setValues);
  useFollowRecord(initialValues(fields, record), initial, values, (now) => {
    setInitial(now);
    setValues(now);
  });
  // Said after a save far down a long form (or from a field far up it), or from inside the form (an
  // earlier version put back): brought into view once shown, so that its Undo is seen.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [announced, setAnnounced] = useState(0);
  useEffect(() => {
    if (status) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [status, announced]);
  const announce: Announce = (message, next) => {
    setStatus(message);
    setUndo(() => next);
    setAnnounced((count) => count + 1);
  };
  // Rarely needed fields stay folded away unless they hold more than a new record starts with, or have a problem.
  const more = fields.filter((field) => field.more);
  const [moreOpen, setMoreOpen] = useState(() => {
    const fresh = initialValues(more);
    return more.some(
      (f) =>
        isFilled(initial[f.name]) &&
        initial[f.name] !== false &&
        JSON.stringify(initial[f.name]) !== JSON.stringify(fresh[f.name]),
    );
  });
  const problemKeys = [...Object.keys(clientErrors), ...(failure?.error.fields.map((f) => f.field) ?? [])];
  const moreProblem = more.some((f) => problemKeys.some((key) => key.split('.')[0] === f.name));
  // Asked for when a save is refused; done once the problems are on screen.
  const [problemsShown, setProblemsShown] = useState(0);
  const focusFirstProblem = () => setProblemsShown((count) => count + 1);
  useEffect(() => {
    if (problemsShown > 0) showFirstProblem(formRef.current);
  }, [problemsShown]);
  const discardDraft = async () => {
    await drafted.discard();
    setValues(initial);
    setClientErrors({});
    setFailure(undefined);
    setStatus('Draft discarded.');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setUndo(undefined);
    const { input, errors } = collect(fields, values, academicYear);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setFailure(undefined);
      focusFirstProblem();
      return;
    }
    setSaving(true);
    try {
      const saved = await drafted.save(() => onSubmit(input, { confirmOutsideYear: confirmDate }));
      if (typeof saved === 'function') setUndo(() => saved as Undo);
      setFailure(undefined);
      setConfirmDate(false);
      if (resetAfterSave) {
        setValues(initial);
        // Ready for the next one: the cursor goes back to the first field, just under the message
        // (with its Undo), which is brought into view.
        requestAnimationFrame(() =>
          formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true }),
        );
      } else setInitial(values);
      setStatus(savedMessage);
    } catch (error) {
      // Keep what was typed; show each problem beside the field it concerns.
      if (!(error instanceof ApiFailure)) throw error;
      setFailure(error);
      focusFirstProblem();
    } finally {
      setSaving(false);
    }
  };

  const control = (field: FieldSpec) => (
    <FieldControl
      key={field.name}
      field={field}
      values={values}
      onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
      errorFor={errorFor}
    />
  );

  // Always there (empty until a save), so that a screen reader announces it. An add form starts again
  // at its first field, so its message is at the top, beside the cursor; an edit's is under its button.
  const statusLine = (
    <p ref={statusRef} className="status" role="status">
      {status}
      {undo && ' '}
      {undo && <UndoButton undo={undo} onUndone={(message) => announce(message)} />}
    </p>
  );

  return (
    <form
      ref={formRef}
      className="panel form"
      onSubmit={submit}
      onBlur={drafted.flush}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{title}</h2>
      {above}
      {resetAfterSave && statusLine}
      {drafted.changed && <DraftBar saving={saving} onDiscard={() => void discardDraft()} />}
      {topMessage && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {topMessage}
        </p>
      )}
      {fields.filter((field) => !field.more).map(control)}
      {more.length > 0 && (
        <details
          className="more-details"
          open={moreOpen || moreProblem}
          onToggle={(event) => setMoreOpen(event.currentTarget.open)}
        >
          <summary>
            More details
            {/* What is folded away, so a field asked for elsewhere (a gap in the evidence) is found here. */}
            <span className="more-fields">
              {more
                .filter((field) => !field.showIf || field.showIf(values))
                .map((field) => field.label)
                .join(', ')}
            </span>
          </summary>
          <div className="form">{more.map(control)}</div>
        </details>
      )}
      {typeof children === 'function' ? children(announce) : children}
      {(outsideYear || confirmDate) && (
        <label className="checkbox confirm">
          <input type="checkbox" checked={confirmDate} onChange={(e) => setConfirmDate(e.target.checked)} />
          The date is right
        </label>
      )}
      <div className="button-row">
        <BusyButton type="submit" className="primary" busy={saving}>
          {saving ? 'Saving…' : submitLabel}
        </BusyButton>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {!resetAfterSave && statusLine}
    </form>
  );
}

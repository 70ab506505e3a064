import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { ApiFailure } from '../../../src-shared/api/client';
import { api } from '../api';
import { Field } from '../components/Field';
import { AttachmentImage } from '../components/AttachmentImage';
import { CheckboxList } from '../components/CheckboxList';
import { DateField } from './DateField';
import { DraftBar } from './DraftBar';
import { useFormContext } from './formContext';
import { useDraft } from './useDraft';
import {
  collect,
  initialValues,
  optionsOf,
  type FieldSpec,
  type InlineCreate,
  type Option,
  type Values,
} from './fieldSpec';
import { usePersonalDataNote } from './usePersonalDataNote';
import { scaleTop } from '../../../src-shared/domain/surveys';

export interface ControlProps {
  field: FieldSpec;
  values: Values;
  onChange: (name: string, value: unknown) => void;
  /** The message for a field key (nested keys look like "leaderEngagements.0.date"). */
  errorFor: (key: string) => string | undefined;
  /** Prefix of this field's key in the error list, for fields inside a repeated group. */
  prefix?: string;
}

/** A group of controls with one label: a fieldset with its legend, hint and message. */
function Group({
  legend,
  hint,
  error,
  children,
  className,
}: {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`group ${className ?? ''} ${error ? 'field-invalid' : ''}`}
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

const RATINGS = ['1', '2', '3', '4', '5'];

function InlineCreator({ create, onCreated }: { create: InlineCreate; onCreated: (option: Option) => void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLFieldSetElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The button that opened the box is gone: put the cursor in the box's first field, ready to type,
  // and back on the button when the box closes, so the cursor never falls to the page.
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const [initial] = useState<Values>(() => initialValues(create.fields, create.initial));
  const [values, setValues] = useState<Values>(initial);
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  // What is typed in the box is kept as a draft, as in any form; a box with a draft shows it.
  const { workGroupId } = useFormContext();
  const drafted = useDraft({ key: `${create.kind}:inline:${workGroupId ?? 'workspace'}` }, initial, values, setValues);
  const shown = open || drafted.restored;
  const save = async () => {
    try {
      const option = await drafted.save(() => create.save(collect(create.fields, values).input));
      setValues(initial);
      setFailure(undefined);
      setOpen(false);
      drafted.forget();
      onCreated(option);
    } catch (error) {
      if (error instanceof ApiFailure) setFailure(error);
      else throw error;
    }
  };
  const discard = async () => {
    await drafted.discard();
    setValues(initial);
    setFailure(undefined);
    setOpen(false);
    drafted.forget();
  };
  if (!shown) {
    return (
      <button ref={opener} type="button" className="link-button" onClick={() => setOpen(true)}>
        {create.label}
      </button>
    );
  }
  return (
    <fieldset
      ref={box}
      className="group inline-create"
      onKeyDown={(event) => {
        // Enter in these boxes saves the new school, not the form around them.
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
          event.preventDefault();
          void save();
        }
      }}
    >
      <legend>{create.label}</legend>
      {drafted.changed && <DraftBar onSave={() => void save()} onDiscard={() => void discard()} />}
      {failure && failure.error.fields.length === 0 && (
        <p className="form-error" role="alert">
          {failure.message}
        </p>
      )}
      {create.fields.map((f) => (
        <FieldControl
          key={f.name}
          field={f}
          values={values}
          onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
          errorFor={(key) => failure?.fieldMessage(key)}
        />
      ))}
      <div className="button-row">
        <button type="button" className="primary" onClick={save}>
          {create.saveLabel}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            drafted.forget();
          }}
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

function ImageField({
  field,
  value,
  onChange,
  error,
}: {
  field: FieldSpec & { type: 'image' };
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const dataUrl = await new Promise<string>((done, fail) => {
        const reader = new FileReader();
        reader.onload = () => done(String(reader.result));
        reader.onerror = () => fail(new Error('The file could not be read. Try another file.'));
        reader.readAsDataURL(file);
      });
      const { id } = await api.call('attachment.add', {
        workGroupId: field.workGroupId,
        mimeType: file.type as 'image/png',
        dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1),
      });
      onChange(id);
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field label={field.label} hint={field.hint ?? 'A PNG or JPEG image, up to 5 MB'} error={problem ?? error}>
      {(p) => (
        <div className="image-field">
          {value && <AttachmentImage id={value} alt="The chosen image" />}
          <input
            {...p}
            key={value || 'none'}
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {busy && <span className="field-hint">Adding the image…</span>}
          {value && (
            <button type="button" onClick={() => onChange('')}>
              Remove the image
            </button>
          )}
        </div>
      )}
    </Field>
  );
}

/** A field whose control holds one piece of text. */
export interface TextControlProps {
  field: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A long text, with a quiet note under it when what is typed may identify someone. */
function LongTextField({ field, value, onChange, error }: TextControlProps) {
  const note = usePersonalDataNote(value);
  return (
    <Field label={field.label} hint={field.hint} error={error} note={note}>
      {(p) => <textarea {...p} rows={field.rows ?? 4} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** One field of a described form. */
export function FieldControl({ field, values, onChange, errorFor, prefix = '' }: ControlProps) {
  if (field.showIf && !field.showIf(values)) return null;
  const key = `${prefix}${field.name}`;
  const error = errorFor(key);
  const value = values[field.name];
  const set = (next: unknown) => onChange(field.name, next);

  switch (field.type) {
    case 'text':
    case 'number':
      return (
        <Field label={field.label} hint={field.hint} error={error}>
          {(p) => (
            <input
              {...p}
              inputMode={field.type === 'number' ? 'decimal' : undefined}
              value={String(value ?? '')}
              onChange={(e) => set(e.target.value)}
            />
          )}
        </Field>
      );
    case 'date':
      return <DateField field={field} value={String(value ?? '')} onChange={set} error={error} />;
    case 'textarea':
      return <LongTextField field={field} value={String(value ?? '')} onChange={set} error={error} />;
    case 'select': {
      const options = optionsOf(field, values);
      return (
        <div className="select-with-create">
          <Field label={field.label} hint={field.hint} error={error}>
            {(p) => (
              <select {...p} value={String(value ?? '')} onChange={(e) => set(e.target.value)}>
                <option value="">{field.emptyLabel ?? 'Choose…'}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {field.create && <InlineCreator create={field.create} onCreated={(option) => set(option.value)} />}
        </div>
      );
    }
    case 'checkbox':
      return (
        <div className={error ? 'field field-invalid' : 'field'}>
          <label className="checkbox">
            <input type="checkbox" checked={Boolean(value)} onChange={(e) => set(e.target.checked)} />
            {field.label}
          </label>
          {field.hint && <span className="field-hint">{field.hint}</span>}
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      );
    case 'checkboxes': {
      const chosen = (value as string[] | undefined) ?? [];
      return (
        <Group legend={field.label} hint={field.hint} error={error}>
          <CheckboxList
            options={optionsOf(field, values)}
            chosen={chosen}
            toggle={(option, on) => set(on ? [...chosen, option] : chosen.filter((c) => c !== option))}
          />
          {field.create && (
            <InlineCreator create={field.create} onCreated={(option) => set([...chosen, option.value])} />
          )}
        </Group>
      );
    }
    case 'toggles': {
      const chosen = field.single ? (value ? [String(value)] : []) : ((value as string[] | undefined) ?? []);
      return (
        <Group legend={field.label} hint={field.hint} error={error} className="toggles">
          <ToggleButtonGroup
            className="toggle-row"
            aria-label={field.label}
            selectionMode={field.single ? 'single' : 'multiple'}
            selectedKeys={chosen}
            onSelectionChange={(keys) => {
              const on = field.options.map((o) => o.value).filter((v) => keys.has(v));
              set(field.single ? (on[0] ?? '') : on);
            }}
          >
            {field.options.map((option) => (
              <ToggleButton key={option.value} id={option.value} className="toggle">
                {option.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Group>
      );
    }
    case 'rating': {
      return (
        <Group legend={field.label} hint={field.hint} error={error} className="rating">
          <div className="rating-options">
            <label className="checkbox">
              <input type="radio" name={key} checked={value === undefined} onChange={() => set(undefined)} />
              Not yet
            </label>
            {RATINGS.map((r) => (
              <label key={r} className="checkbox">
                <input type="radio" name={key} checked={value === Number(r)} onChange={() => set(Number(r))} />
                {field.labels?.[r] ?? r}
              </label>
            ))}
          </div>
        </Group>
      );
    }
    case 'ratings': {
      const ratings = (value as Record<string, number | undefined>) ?? {};
      return (
        <Group
          legend={field.label}
          hint={field.hint ?? 'From 1 (not at all) to 5 (completely)'}
          error={error}
          className="ratings"
        >
          {field.items.length === 0 && <span className="empty">The survey has no statements yet (see Overview).</span>}
          {field.items.map((item) => (
            <Field key={item.id} label={item.statement} error={errorFor(`${key}.${item.id}`)}>
              {(p) => (
                <select
                  {...p}
                  className="rating-select"
                  value={ratings[item.id] === undefined ? '' : String(ratings[item.id])}
                  onChange={(e) => set({ ...ratings, [item.id]: e.target.value ? Number(e.target.value) : undefined })}
                >
                  <option value="">Not rated</option>
                  {RATINGS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </Group>
      );
    }
    case 'answers': {
      const answers = (value as Record<string, string | number | undefined>) ?? {};
      const questions = field.questions(values);
      const answer = (id: string, next: string | number | undefined) => set({ ...answers, [id]: next });
      return (
        <Group legend={field.label} hint={field.hint} error={error} className="answers">
          {questions.length === 0 && <span className="empty">Choose the questionnaire first.</span>}
          {questions.map((q) => {
            const top = scaleTop(q);
            const current = answers[q.id] === undefined ? '' : String(answers[q.id]);
            const options =
              top !== undefined
                ? Array.from({ length: top }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))
                : q.type === 'yes_no'
                  ? [
                      { value: 'yes', label: 'Yes' },
                      { value: 'no', label: 'No' },
                    ]
                  : q.options.map((o) => ({ value: o, label: o }));
            return (
              <Field key={q.id} label={q.text}>
                {(p) =>
                  q.type === 'free_text' ? (
                    <textarea {...p} rows={2} value={current} onChange={(e) => answer(q.id, e.target.value)} />
                  ) : (
                    <select
                      {...p}
                      value={current}
                      onChange={(e) =>
                        answer(q.id, e.target.value === '' ? undefined : top ? Number(e.target.value) : e.target.value)
                      }
                    >
                      <option value="">Not answered</option>
                      {options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )
                }
              </Field>
            );
          })}
        </Group>
      );
    }
    case 'repeat': {
      const items = (value as Values[] | undefined) ?? [];
      const full = field.max !== undefined && items.length >= field.max.count;
      const setItem = (index: number, name: string, next: unknown) =>
        set(items.map((item, i) => (i === index ? { ...item, [name]: next } : item)));
      return (
        <Group legend={field.label} hint={field.hint} error={error} className="repeat">
          {items.length === 0 && <span className="empty">None yet.</span>}
          {items.map((item, index) => (
            <fieldset key={index} className="repeat-item">
              <legend>
                {field.itemLabel} {index + 1}
              </legend>
              {field.fields.map((inner) => (
                <FieldControl
                  key={inner.name}
                  field={inner}
                  values={item}
                  onChange={(name, next) => setItem(index, name, next)}
                  errorFor={errorFor}
                  prefix={`${key}.${index}.`}
                />
              ))}
              <button type="button" onClick={() => set(items.filter((_, i) => i !== index))}>
                Remove {field.itemLabel.toLowerCase()} {index + 1}
              </button>
            </fieldset>
          ))}
          {full && (
            <span className="field-hint" id={`${key}-full`}>
              {field.max!.reason}
            </span>
          )}
          <button
            type="button"
            disabled={full}
            aria-describedby={full ? `${key}-full` : undefined}
            onClick={(event) => {
              const group = event.currentTarget.parentElement;
              set([...items, initialValues(field.fields, field.newItem())]);
              // Straight into the new item's first field once it is drawn.
              requestAnimationFrame(() =>
                group?.querySelector<HTMLElement>('.repeat-item:last-of-type :is(input, select, textarea)')?.focus(),
              );
            }}
          >
            Add {field.itemLabel.toLowerCase()}
          </button>
        </Group>
      );
    }
    case 'image':
      return <ImageField field={field} value={String(value ?? '')} onChange={set} error={error} />;
  }
}

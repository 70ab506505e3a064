import type { RecordKind } from '../../../src-shared/api/contract';
import { formatDateGB, readDate } from '../../../src-shared/calendar/dates';
import type { KindFields } from '../../../src-shared/domain/recordKinds';
import type { SurveyQuestion } from '../../../src-shared/domain/surveys';

// A form is described, not hand-written: each field says what it is called, what kind of control
// it needs and (for choices) what can be chosen. One form component renders any such description.

export type Values = Record<string, unknown>;

export interface Option {
  value: string;
  label: string;
}

interface Base<Name extends string> {
  /** The input key the contract expects; server messages for this key appear beside the field. */
  name: Name;
  label: string;
  hint?: string;
  /** Hide the field unless this holds (a hidden field is sent as empty). */
  showIf?: (values: Values) => boolean;
  /** Turn the record's value into the form's, and back. */
  toForm?: (value: unknown) => unknown;
  fromForm?: (value: unknown) => unknown;
  /** Lines shown for a textarea. */
  rows?: number;
  /** What a new record starts with, from where it is added (an observation of a child is about pupil outcomes). */
  initial?: unknown;
  /** Rarely needed: folded away under "More details" until it is opened, filled in or has a problem. */
  more?: boolean;
}

export interface InlineCreate {
  /** The kind of record it adds, which names its draft. */
  kind: RecordKind;
  /** "Add a new school" */
  label: string;
  /** "Save the new school" */
  saveLabel: string;
  fields: FieldSpec[];
  initial: Values;
  /** Saves the new record and returns the option to choose. */
  save: (input: Values) => Promise<Option>;
}

export type FieldSpec<Name extends string = string> = Base<Name> &
  (
    | { type: 'text' | 'textarea' }
    | { type: 'date' }
    | { type: 'number' }
    | {
        type: 'select';
        options: Option[] | ((values: Values) => Option[]);
        emptyLabel?: string;
        numeric?: boolean;
        create?: InlineCreate;
      }
    | { type: 'checkbox' }
    | { type: 'checkboxes'; options: Option[] | ((values: Values) => Option[]); create?: InlineCreate }
    /** A compact row of toggle buttons: any number of them on, or with `single` at most one. */
    | { type: 'toggles'; options: Option[]; single?: boolean; numeric?: boolean }
    | { type: 'rating'; labels?: Record<string, string> }
    | { type: 'ratings'; items: { id: string; statement: string }[] }
    /** A questionnaire's answers, one control per question of the questionnaire the form has chosen. */
    | { type: 'answers'; questions: (values: Values) => SurveyQuestion[] }
    | {
        type: 'repeat';
        itemLabel: string;
        fields: FieldSpec[];
        newItem: () => Values;
        /** At most this many items: the add control is then disabled, with the reason beside it. */
        max?: { count: number; reason: string };
      }
    | { type: 'image'; workGroupId: string }
  );

/** A field of a form for one kind of record: its name must be one of the kind's fields (a typo does not compile). */
export type KindFieldSpec<K extends RecordKind> = FieldSpec<keyof KindFields<K> & string>;

export const optionsOf = (field: FieldSpec & { type: 'select' | 'checkboxes' }, values: Values): Option[] =>
  typeof field.options === 'function' ? field.options(values) : field.options;

/** Options from one of the domain's labelled vocabularies. */
export const enumOptions = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** What the form shows for a record (or for a new one when record is undefined). */
export function initialValues(fields: FieldSpec[], record: Values = {}): Values {
  const values: Values = { ...record };
  const isNew = !('id' in record);
  for (const field of fields) {
    const value = record[field.name] === undefined && isNew ? field.initial : record[field.name];
    if (field.toForm) {
      values[field.name] = field.toForm(value);
      continue;
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'image':
        values[field.name] = value === undefined || value === null ? '' : String(value);
        break;
      case 'date':
        values[field.name] = typeof value === 'string' && value ? formatDateGB(value) : '';
        break;
      case 'number':
      case 'select':
        values[field.name] = value === undefined || value === null ? '' : String(value);
        break;
      case 'checkbox':
        values[field.name] = Boolean(value);
        break;
      case 'checkboxes':
        values[field.name] = Array.isArray(value) ? [...(value as string[])] : [];
        break;
      case 'toggles':
        values[field.name] = field.single
          ? value === undefined || value === null
            ? ''
            : String(value)
          : Array.isArray(value)
            ? [...(value as string[])]
            : [];
        break;
      case 'rating':
        values[field.name] = typeof value === 'number' ? value : undefined;
        break;
      case 'ratings':
      case 'answers':
        values[field.name] = { ...((value as Record<string, unknown> | undefined) ?? {}) };
        break;
      case 'repeat':
        values[field.name] = ((value as Values[] | undefined) ?? []).map((item) => initialValues(field.fields, item));
        break;
    }
  }
  return values;
}

/** "3/2/27", "3 Feb 2027" or "2027-02-03" → "2027-02-03"; undefined when it is not a real date. */
export function parseDateGB(text: string): string | undefined {
  const read = readDate(text);
  return 'iso' in read ? read.iso : undefined;
}

/**
 * Turns what the form holds into the contract's input, checking only what the form itself can
 * know (a date that is not a date, a number that is not a number). Everything else the service checks.
 */
export function collect(
  fields: FieldSpec[],
  values: Values,
  academicYear?: string,
): { input: Values; errors: Record<string, string> } {
  const input: Values = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = values[field.name];
    const hidden = field.showIf && !field.showIf(values);
    let value: unknown;
    switch (field.type) {
      case 'text':
      case 'textarea':
        value = hidden ? '' : String(raw ?? '');
        break;
      case 'image':
        value = hidden || !raw ? undefined : raw;
        break;
      case 'date': {
        const text = String(raw ?? '').trim();
        if (hidden || !text) value = undefined;
        else {
          const read = readDate(text, academicYear);
          if ('iso' in read) value = read.iso;
          else errors[field.name] = read.problem;
        }
        break;
      }
      case 'number': {
        const text = String(raw ?? '').trim();
        if (hidden || !text) value = undefined;
        else {
          value = Number(text.replace(',', '.'));
          if (Number.isNaN(value)) errors[field.name] = 'Enter a number, for example 12 or 3.5.';
        }
        break;
      }
      case 'select': {
        const text = String(raw ?? '');
        value = hidden || !text ? undefined : field.numeric ? Number(text) : text;
        break;
      }
      case 'checkbox':
        value = hidden ? false : Boolean(raw);
        break;
      case 'checkboxes':
        value = hidden ? [] : [...((raw as string[] | undefined) ?? [])];
        break;
      case 'toggles':
        if (!field.single) value = hidden ? [] : [...((raw as string[] | undefined) ?? [])];
        else value = hidden || !raw ? undefined : field.numeric ? Number(raw) : raw;
        break;
      case 'rating':
        value = hidden ? undefined : raw;
        break;
      case 'ratings':
        value = hidden
          ? {}
          : Object.fromEntries(
              Object.entries((raw as Record<string, number | undefined>) ?? {}).filter(
                ([id, rating]) => rating !== undefined && field.items.some((item) => item.id === id),
              ),
            );
        break;
      case 'answers':
        // An unanswered question is left out; answers to questions since removed stay.
        value = hidden
          ? {}
          : Object.fromEntries(
              Object.entries((raw as Record<string, unknown>) ?? {}).filter(
                ([, answer]) => answer !== undefined && answer !== '',
              ),
            );
        break;
      case 'repeat':
        value = hidden
          ? []
          : ((raw as Values[] | undefined) ?? []).map((item, index) => {
              const inner = collect(field.fields, item, academicYear);
              for (const [key, message] of Object.entries(inner.errors))
                errors[`${field.name}.${index}.${key}`] = message;
              const kept = Object.fromEntries(
                Object.entries(item).filter(([key]) => !field.fields.some((f) => f.name === key)),
              );
              return { ...kept, ...inner.input };
            });
        break;
    }
    input[field.name] = field.fromForm ? field.fromForm(value) : value;
  }
  return { input, errors };
}

export const isFilled = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(typeof value === 'object' && Object.keys(value).length === 0);

/**
 * The date an end-of-year item was recorded (an evaluation "as of" an earlier day leaves it out),
 * shown once the item is filled in.
 */
export const recordedOnField = <Name extends string>(
  name: Name,
  label: string,
  itemFields: Name[],
): FieldSpec<Name> => ({
  name,
  label,
  type: 'date',
  hint: 'Set to the day you save it; change it if it was recorded on another day',
  showIf: (values) => itemFields.some((field) => isFilled(values[field])),
});

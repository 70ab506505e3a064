import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { checkRecord } from '../../src-renderer/src/forms/checkRecord';
import {
  collect,
  initialValues,
  type FieldSpec,
  type KindFieldSpec,
  type Values,
} from '../../src-renderer/src/forms/fieldSpec';
import { evidenceTagFields } from '../../src-renderer/src/screens/workGroup/tabProps';
import { stubWindow } from './windowStub';

stubWindow();
const { FieldControl } = await import('../../src-renderer/src/forms/FieldControl');
const { fieldsOf, KIND_LABELS } = await import('../../src-renderer/src/records');
const { RecordForm } = await import('../../src-renderer/src/forms/RecordForm');
const { observationFieldSpecs } = await import('../../src-renderer/src/screens/workGroup/FocusChildrenTab');

const participantId = '6f1c2d4e-8a9b-4c3d-9e8f-7a6b5c4d3e2f';

describe('a record form', () => {
  it('draws a textarea with the rows its field asks for', () => {
    const html = (rows?: number) =>
      renderToStaticMarkup(
        <FieldControl
          field={{ name: 'notes', label: 'Notes', type: 'textarea', ...(rows ? { rows } : {}) }}
          values={{ notes: '' }}
          onChange={() => undefined}
          errorFor={() => undefined}
        />,
      );
    expect(html(2)).toContain('rows="2"');
    expect(html(12)).toContain('rows="12"');
    expect(html()).toContain('rows="4"');
  });

  it("checks a record with its kind's schema before sending, each problem beside its field", () => {
    const measure = { focusChildId: participantId, date: '2025-12-01', kind: 'measure', text: 'Times tables check' };
    const problem = checkRecord('observation', measure);
    expect(problem?.error.code).toBe('invalid_input');
    expect(problem?.fieldMessage('measureValue')).toBe('A measure needs a value.');
    expect(problem?.fieldMessage('measureScale')).toMatch(/needs its scale/);

    expect(checkRecord('observation', { ...measure, measureValue: 14, measureScale: 'out of 20' })).toBeUndefined();
    expect(checkRecord('focusChild', { participantId, code: 'Y4-A', yearGroup: 'y9' })).toBeUndefined();
    expect(checkRecord('focusChild', { participantId, code: 'a', yearGroup: 'y4' })?.fieldMessage('code')).toMatch(
      /2 to 16 letters/,
    );
  });

  it('names its fields from the kind of record, so a misspelt field does not compile', () => {
    const fields: KindFieldSpec<'reading'>[] = [
      { name: 'citation', label: 'Citation', type: 'textarea', rows: 2 },
      // @ts-expect-error a reading has no "citaton"
      { name: 'citaton', label: 'Citation', type: 'text' },
    ];
    expect(fields.map((f) => f.name)).toEqual(['citation', 'citaton']);
  });
});

describe('a form description', () => {
  const tags = evidenceTagFields({ areas: ['pupil_outcomes'], guskeyLevel: 5 });

  it('starts a new record with the tags where it is added suggests, and an existing one with its own', () => {
    expect(initialValues(tags, {})).toMatchObject({ areas: ['pupil_outcomes'], standards: [], guskeyLevel: '5' });
    const saved = { id: participantId, areas: [], standards: ['evidence'], strength: 'measured' };
    expect(initialValues(tags, saved)).toMatchObject({ areas: [], standards: ['evidence'], guskeyLevel: '' });
    expect(collect(tags, initialValues(tags, saved)).input).toEqual({
      areas: [],
      standards: ['evidence'],
      guskeyLevel: undefined,
      strength: 'measured',
    });
    expect(collect(tags, initialValues(tags, {})).input).toMatchObject({ areas: ['pupil_outcomes'], guskeyLevel: 5 });
  });

  it('starts an observation of a focus child as evidence of Improving Pupil Outcomes, and a run of them alike', () => {
    const observation = observationFieldSpecs(participantId);
    const fresh = initialValues(observation, { kind: 'note' });
    expect(fresh).toMatchObject({ areas: ['pupil_outcomes'], standards: ['pupil_outcomes'], guskeyLevel: '5' });
    expect(collect(observation, { ...fresh, date: '10/03/2026', text: 'Used a bar model.' }).input).toMatchObject({
      areas: ['pupil_outcomes'],
      standards: ['pupil_outcomes'],
      guskeyLevel: 5,
    });
    // An observation already saved keeps its own tags.
    expect(initialValues(observation, { id: participantId, kind: 'note', areas: [], standards: [] })).toMatchObject({
      areas: [],
      standards: [],
      guskeyLevel: '',
    });
  });

  it('folds away the tags a new record starts with, and opens them for a record tagged otherwise', () => {
    const form = (record: Values) =>
      renderToStaticMarkup(
        <RecordForm
          title="Add a journal entry"
          fields={evidenceTagFields({ areas: ['professional_learning'], guskeyLevel: 2 })}
          record={record}
          submitLabel="Add journal entry"
          onSubmit={async () => undefined}
          draft={undefined}
        />,
      );
    const folded = /<details class="more-details">/;
    const opened = /<details class="more-details" open="">/;
    expect(form({})).toMatch(folded);
    expect(form({ id: participantId, areas: ['professional_learning'], standards: [], guskeyLevel: 2 })).toMatch(
      folded,
    );
    expect(form({ id: participantId, areas: [], standards: [], guskeyLevel: 4 })).toMatch(opened);
    expect(form({ id: participantId, areas: [], standards: [], strength: 'measured' })).toMatch(opened);
  });

  it('reads dates as teachers type them, in the group’s year, and says what is wrong', () => {
    const date: FieldSpec = { name: 'date', label: 'Date', type: 'date' };
    expect(collect([date], { date: '3 Feb' }, '2026/27')).toEqual({ input: { date: '2027-02-03' }, errors: {} });
    expect(collect([date], { date: '31/02/2027' }, '2026/27').errors).toEqual({
      date: 'There is no 31 February. Check the day and month.',
    });
  });
});

describe("the renderer's view of every kind of record", () => {
  it('takes its labels and fields from the registry', () => {
    for (const kind of RECORD_KINDS) {
      expect(KIND_LABELS[kind].toLowerCase()).toBe(RECORD_KIND_SPECS[kind].label.toLowerCase());
      const record = { id: 'x', createdAt: 'then', updatedAt: 'now', ...RECORD_KIND_SPECS[kind].shape };
      expect(Object.keys(fieldsOf(kind, record)).sort()).toEqual(Object.keys(RECORD_KIND_SPECS[kind].shape).sort());
    }
  });
});

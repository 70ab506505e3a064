import type { RecordOf } from '../../../../src-shared/api/contract';
import { CHANGE_JUDGEMENT, OBSERVATION_KIND, YEAR_GROUP } from '../../../../src-shared/domain/enums';
import { AttachmentImage } from '../../components/AttachmentImage';
import { WordExport } from '../../exports/WordExport';
import { RecordSection } from '../../components/RecordSection';
import { enumOptions, recordedOnField, type KindFieldSpec } from '../../forms/fieldSpec';
import { lookups, type GroupData } from '../../groupData';
import { dateGB, dateWithTerm, excerpt } from '../../records';
import { paths } from '../../router';
import { ObservationRun } from './ObservationRun';
import { evidenceTagFields, PUPIL_OUTCOME_TAGS, type TabProps } from './tabProps';
import { useEffect, useRef, useState } from 'react';

const TIMELINE_STEP = 30;

interface TimelineItem {
  id: string;
  date: string;
  what: string;
  text: string;
  detail?: string;
  attachmentId?: string | undefined;
}

/** A focus child's year in date order: its observations and the journal entries that mention it. */
function Timeline({ data, child }: { data: GroupData; child: RecordOf<'focusChild'> }) {
  const { participantName } = lookups(data);
  const [shown, setShown] = useState(TIMELINE_STEP);
  const items: TimelineItem[] = [
    ...data.observation
      .filter((o) => o.focusChildId === child.id)
      .map((o) => ({
        id: o.id,
        date: o.date,
        what: `Observation: ${OBSERVATION_KIND.labels[o.kind]}`,
        text: o.text,
        ...(o.kind === 'measure' && o.measureValue !== undefined
          ? { detail: `Measure: ${o.measureValue} ${o.measureScale}` }
          : {}),
        attachmentId: o.attachmentId,
      })),
    ...data.journalEntry
      .filter((j) => j.focusChildIds.includes(child.id))
      .map((j) => ({
        id: j.id,
        date: j.date,
        what: `Journal entry by ${participantName(j.participantId)}`,
        text: j.text,
      })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Timeline of {child.code}</h3>
      {items.length === 0 ? (
        <p className="empty">
          Nothing recorded yet. Add an observation below, or link this child from a journal entry.
        </p>
      ) : (
        <ol className="timeline" aria-label={`Timeline of ${child.code}`}>
          {items.slice(0, shown).map((item) => (
            <li key={item.id}>
              <div className="timeline-when">{dateWithTerm(item.date)}</div>
              <div className="timeline-what">{item.what}</div>
              <p>{item.text}</p>
              {item.detail && <p className="measure">{item.detail}</p>}
              {item.attachmentId && (
                <AttachmentImage id={item.attachmentId} alt={`Image with the ${dateGB(item.date)} observation`} />
              )}
            </li>
          ))}
        </ol>
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + TIMELINE_STEP)}>
          Show {Math.min(TIMELINE_STEP, items.length - shown)} more
        </button>
      )}
    </section>
  );
}

/** The form for an observation of a focus child. */
export const observationFieldSpecs = (workGroupId: string): KindFieldSpec<'observation'>[] => [
  { name: 'date', label: 'Date', type: 'date' },
  { name: 'kind', label: 'Kind', type: 'select', options: enumOptions(OBSERVATION_KIND.labels) },
  { name: 'text', label: 'What was observed', type: 'textarea' },
  {
    name: 'measureValue',
    label: 'Value',
    type: 'number',
    hint: 'The score or count, for example 14',
    showIf: (v) => v['kind'] === 'measure',
  },
  {
    name: 'measureScale',
    label: 'Scale',
    type: 'text',
    hint: 'What the value is out of, for example "out of 20"',
    showIf: (v) => v['kind'] === 'measure',
  },
  { name: 'attachmentId', label: 'Image (optional)', type: 'image', workGroupId },
  // What a focus child shows is evidence of pupils' learning.
  ...evidenceTagFields(PUPIL_OUTCOME_TAGS),
];

function FocusChildDetail({ data, readOnly, child, itemId }: TabProps & { child: RecordOf<'focusChild'> }) {
  const fields = observationFieldSpecs(data.workGroup.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened at one of its observations (a search result), that observation's row is scrolled to instead.
    heading.current?.focus({ preventScroll: Boolean(itemId) });
    if (!itemId) heading.current?.scrollIntoView({ block: 'start' });
  }, [itemId]);
  return (
    <section className="child-detail" aria-labelledby="child-heading">
      <div className="detail-heading">
        <h2 id="child-heading" ref={heading} tabIndex={-1}>
          Focus child {child.code}
        </h2>
        <span className="sub">
          {YEAR_GROUP.labels[child.yearGroup]}, followed by {lookups(data).participantName(child.participantId)}
        </span>
        <a href={paths.workGroup(data.workGroup.id, 'focus-children')}>Close</a>
      </div>
      <WordExport
        document={{ kind: 'caseStudy', focusChildId: child.id }}
        label="Case study (Word)"
        what={`the case study of ${child.code}`}
        schoolOption
      />
      <div className="portraits">
        <div className="panel">
          <h3>Pen portrait at the start</h3>
          <p>{child.penPortraitStart || 'Not written yet.'}</p>
        </div>
        <div className="panel">
          <h3>Pen portrait at the end</h3>
          <p>{child.penPortraitEnd || 'Not written yet.'}</p>
        </div>
        <div className="panel">
          <h3>Desired change</h3>
          <p>{child.desiredChange || 'Not written yet.'}</p>
          <h3>Judgement of change</h3>
          <p>
            {child.changeJudgement ? CHANGE_JUDGEMENT.labels[String(child.changeJudgement) as '1'] : 'Not judged yet.'}
            {child.changeNote && ` ${child.changeNote}`}
          </p>
        </div>
      </div>
      <Timeline data={data} child={child} />
      <RecordSection
        kind="observation"
        title={`Observations of ${child.code}`}
        singular="observation"
        rows={data.observation.filter((o) => o.focusChildId === child.id)}
        fields={fields}
        fixed={{ focusChildId: child.id }}
        defaults={{ kind: 'note' }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(o) => `of ${dateGB(o.date)}`}
        columns={[
          { header: 'Date', cell: (o) => dateGB(o.date), nowrap: true },
          { header: 'Kind', cell: (o) => OBSERVATION_KIND.labels[o.kind], nowrap: true },
          { header: 'What was observed', cell: (o) => excerpt(o.text) },
          {
            header: 'Measure',
            cell: (o) =>
              o.kind === 'measure' && o.measureValue !== undefined ? `${o.measureValue} ${o.measureScale}` : '–',
          },
          { header: 'Image', cell: (o) => (o.attachmentId ? 'Yes' : '–'), nowrap: true },
        ]}
        emptyText={`No observations of ${child.code} yet. Add notes, pupil voice, work samples or a measure with the form.`}
      />
    </section>
  );
}

export function FocusChildrenTab(props: TabProps) {
  const { data, readOnly, itemId } = props;
  const { participantName, participantOptions } = lookups(data);
  // The address may point at a child, or at one of its observations (from a search result).
  const observation = data.observation.find((o) => o.id === itemId);
  const open = data.focusChild.find((c) => c.id === (observation ? observation.focusChildId : itemId));
  const fields: KindFieldSpec<'focusChild'>[] = [
    {
      name: 'participantId',
      label: 'Participant',
      type: 'select',
      emptyLabel: 'Choose a participant…',
      options: participantOptions,
      hint: 'Each participant follows up to three focus children.',
    },
    {
      name: 'code',
      label: 'Code',
      type: 'text',
      hint: 'A code, never a name, for example Y4-A. Keep any key to the codes outside this app.',
    },
    { name: 'yearGroup', label: 'Year group', type: 'select', options: enumOptions(YEAR_GROUP.labels) },
    {
      name: 'penPortraitStart',
      label: 'Pen portrait at the start',
      type: 'textarea',
      hint: 'The child as a learner of mathematics in the autumn',
    },
    { name: 'desiredChange', label: 'Desired change', type: 'textarea' },
    // The end of the year, consent and keeping: once each, folded away under "More details".
    {
      name: 'penPortraitEnd',
      label: 'Pen portrait at the end',
      type: 'textarea',
      hint: 'Written in the summer term',
      more: true,
    },
    {
      ...recordedOnField('penPortraitEndRecordedOn', 'Date the end pen portrait was written', ['penPortraitEnd']),
      more: true,
    },
    {
      name: 'changeJudgement',
      label: 'End-of-year judgement of change',
      type: 'rating',
      labels: CHANGE_JUDGEMENT.labels,
      more: true,
    },
    { name: 'changeNote', label: 'Note on the change', type: 'textarea', more: true },
    {
      ...recordedOnField('changeRecordedOn', 'Date the change was judged', ['changeJudgement', 'changeNote']),
      more: true,
    },
    { name: 'consentRecorded', label: 'Consent is recorded', type: 'checkbox', more: true },
    {
      name: 'retainUntil',
      label: 'Retain until',
      type: 'date',
      hint: 'When this child’s data should be deleted',
      more: true,
    },
  ];
  return (
    <>
      {open && <FocusChildDetail key={open.id} {...props} child={open} itemId={observation?.id} />}
      <RecordSection
        kind="focusChild"
        title="Focus children"
        singular="focus child"
        rows={data.focusChild}
        fields={fields}
        readOnly={readOnly}
        highlightId={open?.id}
        arriveAtHighlighted={false}
        rowLabel={(c) => c.code}
        columns={[
          {
            header: 'Code',
            cell: (c) => (
              <a
                href={paths.workGroup(data.workGroup.id, 'focus-children', c.id)}
                aria-label={`Open focus child ${c.code}`}
              >
                {c.code}
              </a>
            ),
            nowrap: true,
          },
          { header: 'Participant', cell: (c) => participantName(c.participantId) },
          { header: 'Year group', cell: (c) => YEAR_GROUP.labels[c.yearGroup], nowrap: true },
          { header: 'Judgement', cell: (c) => (c.changeJudgement ? `${c.changeJudgement} of 5` : '–'), nowrap: true },
          { header: 'Consent', cell: (c) => (c.consentRecorded ? 'Recorded' : 'Not recorded'), nowrap: true },
          { header: 'Retain until', cell: (c) => dateGB(c.retainUntil), nowrap: true },
        ]}
        emptyText="No focus children yet. Each participant picks up to three; add them with the form."
      />
      {!readOnly && !open && data.focusChild.length > 0 && <ObservationRun {...props} />}
    </>
  );
}

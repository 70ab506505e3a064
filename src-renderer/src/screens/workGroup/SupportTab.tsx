import { IMPLEMENTATION_STAGE } from '../../../../src-shared/domain/enums';
import { supportDaysCaption, supportDaysHeld } from '../../../../src-shared/evaluation/figures';
import { RecordSection } from '../../components/RecordSection';
import { enumOptions, type KindFieldSpec } from '../../forms/fieldSpec';
import { lookups } from '../../groupData';
import { dateGB, excerpt } from '../../records';
import { evidenceTagFields, type TabProps } from './tabProps';

/**
 * What Targeted Support in Maths records that a Work Group does not: the school's action plan with
 * the days agreed, and each support day, by the stage of the EEF implementation process it served.
 */
export function SupportTab({ data, readOnly, itemId }: TabProps) {
  const { schoolName, schoolOptions, participantOptions, participantName } = lookups(data);
  const school = <K extends 'actionPlan' | 'supportDay'>(): KindFieldSpec<K> =>
    ({
      name: 'schoolId',
      label: 'School',
      type: 'select',
      emptyLabel: 'Choose the school…',
      options: schoolOptions,
    }) as KindFieldSpec<K>;
  const planFields: KindFieldSpec<'actionPlan'>[] = [
    school(),
    { name: 'developmentFocus', label: 'Development focus', type: 'textarea', hint: 'What the school will change' },
    { name: 'successCriteria', label: 'What success will look like', type: 'textarea' },
    { name: 'actions', label: 'Actions, who and when', type: 'textarea' },
    { name: 'agreedDays', label: 'Support days agreed', type: 'number', hint: 'As agreed with the school' },
    { name: 'review', label: 'Review at the end of the support', type: 'textarea' },
  ];
  const dayFields: KindFieldSpec<'supportDay'>[] = [
    { name: 'date', label: 'Date', type: 'date' },
    school(),
    { name: 'stage', label: 'Stage of the work', type: 'select', options: enumOptions(IMPLEMENTATION_STAGE.labels) },
    { name: 'attendeeIds', label: 'Leaders taking part', type: 'checkboxes', options: participantOptions },
    { name: 'notes', label: 'What was done', type: 'textarea' },
    { name: 'nextSteps', label: 'Agreed next steps', type: 'textarea' },
    // A day with the support partner is where leaders plan and evaluate the school's change.
    ...evidenceTagFields({ areas: ['school_policy'], guskeyLevel: 3 }),
  ];
  const days = supportDaysCaption(supportDaysHeld({ supportDays: data.supportDay, actionPlans: data.actionPlan }));
  return (
    <div className="stack">
      <RecordSection
        kind="actionPlan"
        title="Action plan"
        singular="action plan"
        rows={data.actionPlan}
        fields={planFields}
        fixed={{ workGroupId: data.workGroup.id }}
        defaults={{ agreedDays: 6 }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(p) => excerpt(p.developmentFocus, 40)}
        columns={[
          { header: 'School', cell: (p) => schoolName(p.schoolId) },
          { header: 'Development focus', cell: (p) => excerpt(p.developmentFocus, 80) },
          { header: 'Days agreed', cell: (p) => p.agreedDays, nowrap: true },
        ]}
        emptyText="No action plan yet. Record the school’s development focus and the support days agreed with it."
      />
      <p className="intro">{days}.</p>
      <RecordSection
        kind="supportDay"
        title="Support days"
        singular="support day"
        rows={data.supportDay}
        fields={dayFields}
        fixed={{ workGroupId: data.workGroup.id }}
        defaults={{ stage: 'explore' }}
        readOnly={readOnly}
        highlightId={itemId}
        rowLabel={(d) => dateGB(d.date)}
        columns={[
          { header: 'Date', cell: (d) => dateGB(d.date), nowrap: true },
          { header: 'Stage', cell: (d) => IMPLEMENTATION_STAGE.labels[d.stage] },
          { header: 'Leaders', cell: (d) => d.attendeeIds.map(participantName).join(', ') || '–' },
          { header: 'What was done', cell: (d) => excerpt(d.notes, 80) || '–' },
        ]}
        emptyText="No support days yet. Record each day with the school’s leaders as it happens."
      />
    </div>
  );
}

import { PD_ACTIVITY_TYPE_LABELS, type PdActivityType } from '../../../src-shared/domain/enums';
import { GroupDataContext, useGroupData } from '../groupData';
import { FormContext } from '../forms/formContext';
import { paths, WORK_GROUP_TABS, type WorkGroupTab } from '../router';
import { useQuery } from '../useQuery';
import { EvaluationTab } from './workGroup/EvaluationTab';
import { FocusChildrenTab } from './workGroup/FocusChildrenTab';
import { MeetingsTab } from './workGroup/MeetingsTab';
import { OverviewTab } from './workGroup/OverviewTab';
import { SpreadsheetsTab } from './workGroup/SpreadsheetsTab';
import { SurveysTab } from './workGroup/SurveysTab';
import { ProgrammeTab } from './workGroup/ProgrammeTab';
import { SupportTab } from './workGroup/SupportTab';
import {
  ActionResearchTab,
  ImpactTab,
  JournalTab,
  ParticipantsTab,
  ReadingsTab,
  SchoolsTab,
} from './workGroup/recordTabs';
import { TAB_HELP } from './workGroup/tabHelp';
import { ThemesTab } from '../themes/ThemesTab';
import type { TabProps } from './workGroup/tabProps';
import { ScreenHeading } from '../components/ScreenHeading';
import { useTeacherRole } from '../exchange/teacherRole';

const TAB_SCREENS: Record<WorkGroupTab, (props: TabProps) => React.ReactNode> = {
  overview: OverviewTab,
  schools: SchoolsTab,
  participants: ParticipantsTab,
  'focus-children': FocusChildrenTab,
  meetings: MeetingsTab,
  readings: ReadingsTab,
  journal: JournalTab,
  'action-research': ActionResearchTab,
  impact: ImpactTab,
  surveys: SurveysTab,
  themes: ThemesTab,
  programme: ProgrammeTab,
  support: SupportTab,
  evaluation: EvaluationTab,
  spreadsheets: SpreadsheetsTab,
};

/** What a participant's own workspace shows of a Work Group, named as theirs; the rest is the Lead's. */
const TEACHER_TABS: Partial<Record<WorkGroupTab, string>> = {
  overview: 'Overview',
  participants: 'My details and self-ratings',
  'focus-children': 'My focus children',
  meetings: 'Meetings',
  readings: 'Readings',
  journal: 'My journal',
  'action-research': 'My cycles',
  surveys: 'My questionnaires',
};
/** Under a tab, in a participant's own words where the Lead's would not fit. */
const TEACHER_HELP: Partial<Record<WorkGroupTab, string>> = {
  overview:
    'The question the whole group is exploring and the outcomes agreed at the start, as the Lead keeps them. Send your own records to the Lead from here.',
  participants: 'Your research question, and how confident you feel at the start and the end of the year.',
  meetings: 'The group’s meetings as the Lead recorded them. Reflect on one in your journal, choosing the meeting.',
  readings: 'The papers and articles the Lead shares with the group. Choose them in your journal entries.',
  surveys:
    'The questionnaires the Lead set, such as the reflection after each meeting. Add your answers here; they go to the Lead with your updates.',
};

/** The group's frame: a participant reads it, and the Lead's packs keep it up to date. */
const LEADS_FRAME: WorkGroupTab[] = ['overview', 'meetings', 'readings'];

/** A link to another year of the same Work Group, named by its year once known. */
function YearLink({ id, before }: { id: string; before: string }) {
  const { data } = useQuery('workGroup.get', { id });
  return (
    <a href={paths.workGroup(id)}>
      {before} {data ? `${data.academicYear} (${data.code})` : ''}
    </a>
  );
}

/** A Lead's tab, reached by its address in a participant's own workspace. */
function LeadsPart({ data }: TabProps) {
  return (
    <p>
      This part of the Work Group is the Lead’s and is not kept in your workspace.{' '}
      <a href={paths.workGroup(data.workGroup.id)}>Go to the Overview</a>.
    </p>
  );
}

export function WorkGroupPage({ id, tab, itemId }: { id: string; tab: WorkGroupTab; itemId?: string | undefined }) {
  const { data, error } = useGroupData(id);
  const teacher = useTeacherRole();
  if (error) {
    return (
      <section className="screen">
        <ScreenHeading>Work Group</ScreenHeading>
        <p className="form-error" role="alert">
          {error}
        </p>
        <p>
          <a href={paths.workGroups()}>Back to the list of Work Groups</a>
        </p>
      </section>
    );
  }
  if (!data) return <p className="loading">Loading the Work Group…</p>;

  const group = data.workGroup;
  const readOnly = Boolean(group.rolledOverToId) || (teacher !== undefined && LEADS_FRAME.includes(tab));
  const tabs = teacher
    ? WORK_GROUP_TABS.flatMap((t) => (TEACHER_TABS[t.slug] ? [{ slug: t.slug, label: TEACHER_TABS[t.slug]! }] : []))
    : // A tab of one kind's own records (support days) shows only for groups of that kind.
      WORK_GROUP_TABS.filter((t) => !('kinds' in t) || (t.kinds as readonly string[]).includes(group.pdActivityType));
  const Tab = teacher && !TEACHER_TABS[tab] ? LeadsPart : TAB_SCREENS[tab];
  return (
    <section className="screen" aria-labelledby="group-heading">
      <p className="breadcrumb">
        <a href={paths.workGroups()}>Work Groups</a> › {group.code}
      </p>
      <ScreenHeading id="group-heading">{group.name}</ScreenHeading>
      <p className="group-meta">
        <span>{group.code}</span>
        <span>{group.academicYear}</span>
        <span>{group.projectName}</span>
        <span>{PD_ACTIVITY_TYPE_LABELS[group.pdActivityType as PdActivityType]}</span>
        <span>Lead: {group.leadName}</span>
        {group.status === 'archived' && <span>Archived</span>}
      </p>
      {group.rolledOverToId && (
        <p className="banner" role="note">
          This year has been carried into the next one and is kept read-only for comparison.{' '}
          <YearLink id={group.rolledOverToId} before="Go to" />
        </p>
      )}
      {teacher && (
        <p className="banner banner-info" role="note">
          This is your own workspace for your part of this Work Group. Record your focus children, observations,
          journal, cycles and self-ratings here, and send them to the Lead from the Overview. The meetings, readings and
          the rest of the group are the Lead’s: they come up to date with each pack the Lead sends you.
        </p>
      )}
      {group.previousWorkGroupId && (
        <p className="banner banner-info" role="note">
          This Work Group continues from an earlier year. <YearLink id={group.previousWorkGroupId} before="See" />
        </p>
      )}
      <nav className="tabs" aria-label="Sections of this Work Group">
        {tabs.map((t) => (
          <a key={t.slug} href={paths.workGroup(id, t.slug)} aria-current={t.slug === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <p className="intro tab-help">{(teacher && TEACHER_HELP[tab]) || TAB_HELP[tab]}</p>
      <GroupDataContext.Provider value={data}>
        <FormContext value={{ workGroupId: id, academicYear: group.academicYear }}>
          <Tab data={data} readOnly={readOnly} itemId={itemId} />
        </FormContext>
      </GroupDataContext.Provider>
    </section>
  );
}

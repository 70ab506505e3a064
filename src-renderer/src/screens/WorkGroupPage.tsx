import { useEffect } from 'react';
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
  themes: ThemesTab,
  evaluation: EvaluationTab,
  spreadsheets: SpreadsheetsTab,
};

/** A link to another year of the same Work Group, named by its year once known. */
function YearLink({ id, before }: { id: string; before: string }) {
  const { data } = useQuery('workGroup.get', { id });
  return (
    <a href={paths.workGroup(id)}>
      {before} {data ? `${data.academicYear} (${data.code})` : ''}
    </a>
  );
}

export function WorkGroupPage({ id, tab, itemId }: { id: string; tab: WorkGroupTab; itemId?: string | undefined }) {
  const { data, error } = useGroupData(id);
  const loaded = data !== undefined;
  // In a window too narrow for every tab the line of tabs scrolls: keep the current one in view.
  useEffect(() => {
    document.querySelector('.tabs [aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [tab, loaded]);
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
  const readOnly = Boolean(group.rolledOverToId);
  const Tab = TAB_SCREENS[tab];
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
      {group.previousWorkGroupId && (
        <p className="banner banner-info" role="note">
          This Work Group continues from an earlier year. <YearLink id={group.previousWorkGroupId} before="See" />
        </p>
      )}
      <nav className="tabs" aria-label="Sections of this Work Group">
        {WORK_GROUP_TABS.map((t) => (
          <a key={t.slug} href={paths.workGroup(id, t.slug)} aria-current={t.slug === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <p className="intro tab-help">{TAB_HELP[tab]}</p>
      <GroupDataContext.Provider value={data}>
        <FormContext value={{ workGroupId: id, academicYear: group.academicYear }}>
          <Tab data={data} readOnly={readOnly} itemId={itemId} />
        </FormContext>
      </GroupDataContext.Provider>
    </section>
  );
}

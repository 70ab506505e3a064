import { createContext, useMemo } from 'react';
import type { RecordOf } from '../../src-shared/api/contract';
import { GROUP_KINDS, type GroupKind } from '../../src-shared/domain/recordKinds';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import { MEETING_KIND } from '../../src-shared/domain/enums';
import { failureMessage } from './api';
import { dateGB } from './records';
import { useReads } from './useQuery';

export type GroupData = { workGroup: WorkGroup; schools: RecordOf<'school'>[] } & {
  [K in GroupKind]: RecordOf<K>[];
};

/** The Work Group whose tab is showing, for the lists in it to name participants and children in their filters. */
export const GroupDataContext = createContext<GroupData | undefined>(undefined);

/**
 * Everything recorded for one Work Group, through the query cache: a save has what it changed read
 * again, and a change of tab reads nothing the cache still holds.
 */
export function useGroupData(workGroupId: string) {
  const states = useReads([
    { method: 'workGroup.get', input: { id: workGroupId } },
    { method: 'school.list', input: {} },
    ...GROUP_KINDS.map((kind) => ({ method: `${kind}.list` as const, input: { workGroupId } })),
  ]);
  const data = useMemo(() => {
    if (states.some((state) => state.data === undefined)) return undefined;
    const [workGroup, schools, ...lists] = states.map((state) => state.data);
    return { workGroup, schools, ...Object.fromEntries(GROUP_KINDS.map((kind, i) => [kind, lists[i]])) } as GroupData;
  }, [states]);
  const failed = states.find((state) => state.error !== undefined);
  return { data, error: failed && failureMessage(failed.error) };
}

/** Names and labels the tabs need to show one record in terms of another. */
export function lookups(data: GroupData) {
  const schoolName = new Map(data.schools.map((s) => [s.id, s.name]));
  const participantName = new Map(data.participant.map((p) => [p.id, p.name]));
  const childCode = new Map(data.focusChild.map((c) => [c.id, c.code]));
  const childOptions = data.focusChild.map((c) => ({ value: c.id, label: c.code }));
  const followedBy = new Map(data.focusChild.map((c) => [c.id, c.participantId]));
  const groupSchoolIds = data.schoolParticipation.map((sp) => sp.schoolId);
  const groupSchools = data.schools.filter((s) => groupSchoolIds.includes(s.id));
  return {
    schoolName: (id: string | undefined) => (id ? (schoolName.get(id) ?? 'A school no longer listed') : '–'),
    participantName: (id: string | undefined) => (id ? (participantName.get(id) ?? 'Unknown participant') : '–'),
    childCode: (id: string) => childCode.get(id) ?? 'Unknown child',
    schoolOptions: groupSchools.map((s) => ({ value: s.id, label: s.name })),
    participantOptions: data.participant.map((p) => ({ value: p.id, label: p.name })),
    childOptions,
    /** A record's focus children: those its participant follows (and any it already names), not the whole group's. */
    participantsChildren: {
      // Shown once the participant is chosen.
      showIf: (values: Record<string, unknown>) => Boolean(values['participantId']),
      options: (values: Record<string, unknown>) =>
        childOptions.filter(
          (o) =>
            followedBy.get(o.value) === values['participantId'] ||
            ((values['focusChildIds'] as string[] | undefined) ?? []).includes(o.value),
        ),
    },
    readingOptions: data.reading.map((r) => ({ value: r.id, label: r.citation })),
    meetingOptions: data.meeting.map((m) => ({
      value: m.id,
      label: `${dateGB(m.date)} – ${MEETING_KIND.labels[m.kind]}`,
    })),
  };
}
export type Lookups = ReturnType<typeof lookups>;

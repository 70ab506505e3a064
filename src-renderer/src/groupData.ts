import { useCallback, useEffect, useState } from 'react';
import type { RecordOf } from '../../src-shared/api/contract';
import { GROUP_KINDS, type GroupKind } from '../../src-shared/domain/recordKinds';
import type { WorkGroup } from '../../src-shared/domain/workGroup';
import { api } from './api';

export type GroupData = { workGroup: WorkGroup; schools: RecordOf<'school'>[] } & {
  [K in GroupKind]: RecordOf<K>[];
};

/**
 * Everything recorded for one Work Group, read together, and read again after each change and
 * whenever refreshKey changes (the tab, so that a tab always shows what the workspace holds now).
 */
export function useGroupData(workGroupId: string, refreshKey = '') {
  const [data, setData] = useState<GroupData | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const lists = GROUP_KINDS.map((kind) => api.call(`${kind}.list`, { workGroupId }));
    Promise.all([api.call('workGroup.get', { id: workGroupId }), api.call('school.list', {}), ...lists]).then(
      ([workGroup, schools, ...rest]) => {
        if (!current) return;
        const byKind = Object.fromEntries(GROUP_KINDS.map((kind, i) => [kind, rest[i]]));
        setData({ workGroup, schools, ...byKind } as GroupData);
        setError(undefined);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [workGroupId, version, refreshKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: data?.workGroup.id === workGroupId ? data : undefined, error, reload };
}

/** Names and labels the tabs need to show one record in terms of another. */
export function lookups(data: GroupData) {
  const schoolName = new Map(data.schools.map((s) => [s.id, s.name]));
  const participantName = new Map(data.participant.map((p) => [p.id, p.name]));
  const childCode = new Map(data.focusChild.map((c) => [c.id, c.code]));
  const groupSchoolIds = data.schoolParticipation.map((sp) => sp.schoolId);
  const groupSchools = data.schools.filter((s) => groupSchoolIds.includes(s.id));
  return {
    schoolName: (id: string | undefined) => (id ? (schoolName.get(id) ?? 'A school no longer listed') : '–'),
    participantName: (id: string | undefined) => (id ? (participantName.get(id) ?? 'Unknown participant') : '–'),
    childCode: (id: string) => childCode.get(id) ?? 'Unknown child',
    schoolOptions: groupSchools.map((s) => ({ value: s.id, label: s.name })),
    participantOptions: data.participant.map((p) => ({ value: p.id, label: p.name })),
    childOptions: data.focusChild.map((c) => ({
      value: c.id,
      label: `${c.code} (${participantName.get(c.participantId) ?? 'unknown participant'})`,
    })),
    readingOptions: data.reading.map((r) => ({ value: r.id, label: r.citation })),
  };
}
export type Lookups = ReturnType<typeof lookups>;

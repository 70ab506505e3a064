import type { RecordOf } from '../../../src-shared/api/contract';
import { MEETING_KIND, OBSERVATION_KIND } from '../../../src-shared/domain/enums';
import type { CodableKind } from '../../../src-shared/themes/fields';
import { lookups, type GroupData } from '../groupData';
import { dateGB } from '../records';
import type { ThemeOption } from './ThemePicker';

type Theme = RecordOf<'theme'>;

/** A theme's name by its id; a theme no longer in the codebook is said to be so. */
export function themeNames(themes: readonly Theme[]): (id: string) => string {
  const names = new Map(themes.map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? 'a theme no longer in the codebook';
}

/** The themes a passage can be coded to (retired ones are not), each with the broader theme it sits under. */
export function pickerOptions(themes: readonly Theme[]): ThemeOption[] {
  const names = themeNames(themes);
  return themes
    .filter((t) => !t.retired)
    .map((t) => ({ id: t.id, name: t.name, parentName: t.parentId ? names(t.parentId) : undefined }));
}

/** Whose a record is and when, in a line: "Asha Patel · 14/10/2025". */
export function sourceOf(data: GroupData, kind: CodableKind, id: string): string {
  const { participantName, childCode, schoolName } = lookups(data);
  const childOf = (childId: string) =>
    `${childCode(childId)} (${participantName(data.focusChild.find((c) => c.id === childId)?.participantId)})`;
  const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const find = <T extends { id: string }>(records: T[]) => records.find((r) => r.id === id);
  switch (kind) {
    case 'journalEntry': {
      const r = find(data.journalEntry);
      return r ? line(participantName(r.participantId), dateGB(r.date)) : '';
    }
    case 'observation': {
      const r = find(data.observation);
      return r ? line(childOf(r.focusChildId), OBSERVATION_KIND.labels[r.kind], dateGB(r.date)) : '';
    }
    case 'focusChild':
      return find(data.focusChild) ? childOf(id) : '';
    case 'meeting': {
      const r = find(data.meeting);
      return r ? line(MEETING_KIND.labels[r.kind], dateGB(r.date)) : '';
    }
    case 'schoolParticipation': {
      const r = find(data.schoolParticipation);
      return r ? schoolName(r.schoolId) : '';
    }
    case 'actionResearchCycle': {
      const r = find(data.actionResearchCycle);
      return r ? line(participantName(r.participantId), `cycle ${r.number}`) : '';
    }
  }
}

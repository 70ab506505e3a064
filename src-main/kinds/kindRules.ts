import type { RecordKind } from '../../src-shared/api/contract';
import type { Store } from '../store/store';
import { codedPassageRules } from './codedPassage';
import { focusChildRules } from './focusChild';
import { impactClaimRules } from './impactClaim';
import { projectRules } from './project';
import { researchLessonRules } from './researchLesson';
import { schoolRules } from './school';
import { schoolParticipationRules } from './schoolParticipation';
import { questionnaireRules, surveyResponseRules } from './surveys';
import { themeRules } from './theme';

type Fields = Record<string, unknown>;

/**
 * The rules of one kind of record that need the store, beyond what the registry
 * (src-shared/domain/recordKinds.ts) says. A kind with no such rules has no module.
 */
export interface KindRules {
  /** What a record's own fields may never hold, wherever it is (the Trash too): throws a DomainError. */
  checkFields?(fields: Fields): void;
  /** Checked before a record is created, updated or restored: throws a DomainError the user can act on. */
  check?(store: Store, fields: Fields, record: { id?: string | undefined; workGroupId?: string | undefined }): void;
  /** Refuses to move a record to the Trash while others still use it. */
  refuseDelete?(store: Store, id: string): void;
}

const KIND_RULES: Partial<Record<RecordKind, KindRules>> = {
  project: projectRules,
  school: schoolRules,
  schoolParticipation: schoolParticipationRules,
  focusChild: focusChildRules,
  impactClaim: impactClaimRules,
  questionnaire: questionnaireRules,
  surveyResponse: surveyResponseRules,
  theme: themeRules,
  codedPassage: codedPassageRules,
  researchLesson: researchLessonRules,
};

/** The rules particular to one kind of record, beyond what its schema and the registry say. */
export function checkRecordRules(
  store: Store,
  kind: RecordKind,
  fields: Fields,
  id: string | undefined,
  workGroupId: string | undefined,
): void {
  checkRecordFields(kind, fields);
  KIND_RULES[kind]?.check?.(store, fields, { id, workGroupId });
}

/** The rules a record's own fields keep wherever it is: all that a record arriving in the Trash is held to. */
export function checkRecordFields(kind: RecordKind, fields: Fields): void {
  KIND_RULES[kind]?.checkFields?.(fields);
}

/** Refuses to delete a record that others still use (a school with participants, a project with Work Groups). */
export function refuseDeleteIfInUse(store: Store, kind: RecordKind, id: string): void {
  KIND_RULES[kind]?.refuseDelete?.(store, id);
}

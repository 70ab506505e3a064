import type { FocusChildRecord, WorkGroupSnapshot } from '../../src-shared/evaluation/snapshot';

/**
 * The focus children whose change was judged considerable or substantial (4 or 5 of 5) and
 * described by their teacher, greatest change first: the stories worth telling beyond the group.
 */
export function strongestChanges(snapshot: WorkGroupSnapshot): FocusChildRecord[] {
  return snapshot.focusChildren
    .filter((c) => (c.changeJudgement ?? 0) >= 4 && c.changeNote.trim())
    .sort((a, b) => (b.changeJudgement ?? 0) - (a.changeJudgement ?? 0));
}

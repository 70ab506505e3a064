import type { Judgement } from '../../src-shared/api/evaluation';
import type { DocumentRequest, MissingItem } from '../../src-shared/api/exports';
import { DFE_STANDARD, NCETM_AREA, type DfeStandard } from '../../src-shared/domain/enums';
import {
  indexSnapshot,
  type FocusChildRecord,
  type ParticipantRecord,
  type WorkGroupSnapshot,
} from '../../src-shared/evaluation/snapshot';

// What each export would still be the better for: the one list the app's "before you export" dialog,
// the command line and the documents' "Still to complete" box all read. Each item's sentence names
// no one (a document that carries it still passes the personal-data check); where to fix it, which
// may name a school or a teacher, is said apart, for the Lead.

type Tab = MissingItem['tab'];

const TAB_LABELS: Record<Tab, string> = {
  overview: 'Overview',
  schools: 'Schools and leaders',
  participants: 'Participants',
  'focus-children': 'Focus children',
  'action-research': 'Action research',
  evaluation: 'Evaluation',
};

function item(
  snapshot: WorkGroupSnapshot,
  text: string,
  tab: Tab,
  record?: { id: string; label: string },
): MissingItem {
  return {
    text,
    where: `the ${TAB_LABELS[tab]} tab${record ? `, ${record.label}` : ''}`,
    workGroupId: snapshot.workGroup.id,
    tab,
    ...(record ? { itemId: record.id } : {}),
  };
}

/** A focus child's start and end of year, as a case study tells them. */
function childMissing(snapshot: WorkGroupSnapshot, child: FocusChildRecord): MissingItem[] {
  const at = { id: child.id, label: child.code };
  const missing = (text: string) => item(snapshot, `${child.code}: ${text}`, 'focus-children', at);
  return [
    ...(child.penPortraitStart.trim() ? [] : [missing('no pen portrait was written at the start of the year.')]),
    ...(child.desiredChange.trim() ? [] : [missing('the change hoped for has not been recorded.')]),
    ...(child.penPortraitEnd.trim() ? [] : [missing('the end-of-year pen portrait has not been written.')]),
    ...(child.changeJudgement ? [] : [missing('the end-of-year judgement of change has not been made.')]),
  ];
}

/** A participant's inquiry, as the action-research write-up tells it. */
function inquiryMissing(snapshot: WorkGroupSnapshot, participant: ParticipantRecord): MissingItem[] {
  const cycles = snapshot.actionResearchCycles
    .filter((c) => c.participantId === participant.id)
    .sort((a, b) => a.number - b.number);
  return [
    ...(participant.researchQuestion.trim()
      ? []
      : [
          item(snapshot, 'The research question has not been recorded.', 'participants', {
            id: participant.id,
            label: participant.name,
          }),
        ]),
    ...(cycles.length === 0 ? [item(snapshot, 'No action-research cycle has been recorded.', 'action-research')] : []),
    ...cycles.flatMap((c) => {
      const at = { id: c.id, label: `${participant.name}, cycle ${c.number}` };
      const gaps = [
        ...(c.plan.trim() ? [] : ['the plan']),
        ...(c.observe.trim() ? [] : ['what was observed']),
        ...(c.reflect.trim() ? [] : ['the reflection']),
        ...(c.endDate ? [] : ['the end date']),
      ];
      return gaps.length === 0
        ? []
        : [item(snapshot, `Cycle ${c.number}: ${gaps.join(', ')} still to record.`, 'action-research', at)];
    }),
    // The write-up tells each of the participant's focus children's year too.
    ...snapshot.focusChildren
      .filter((c) => c.participantId === participant.id)
      .flatMap((c) => childMissing(snapshot, c)),
  ];
}

/** "1, 2 and 3" */
const listed = (words: string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

const standardNumber = (standard: DfeStandard) => DFE_STANDARD.values.indexOf(standard) + 1;

/** The whole group's year, as the report, the slides and the summary tell it. */
function yearMissing(snapshot: WorkGroupSnapshot, judgements: Pick<Judgement, 'subject'>[]): MissingItem[] {
  const index = indexSnapshot(snapshot);
  const judged = new Set<string>(judgements.map((j) => j.subject));
  // One item for all the judgements still to give: they are given in one place, the Evaluation tab.
  const standards = DFE_STANDARD.values.filter((s) => !judged.has(`standard:${s}`));
  const areas = NCETM_AREA.values.filter((a) => !judged.has(`area:${a}`));
  const unjudged = [
    ...(standards.length > 0
      ? [
          `${standards.length === 1 ? 'standard' : 'standards'} ${listed(standards.map((s) => String(standardNumber(s))))}`,
        ]
      : []),
    ...(areas.length > 0
      ? [`the ${areas.length === 1 ? 'area' : 'areas'} ${listed(areas.map((a) => `“${NCETM_AREA.labels[a]}”`))}`]
      : []),
  ];
  return [
    ...(snapshot.workGroup.umbrellaQuestion.trim()
      ? []
      : [item(snapshot, 'The umbrella research question has not been recorded.', 'overview')]),
    ...(unjudged.length > 0
      ? [item(snapshot, `The Lead’s judgement is still to give for ${unjudged.join(' and ')}.`, 'evaluation')]
      : []),
    ...snapshot.schoolParticipations
      .filter((p) => !p.endEvaluation.trim())
      .map((p) =>
        item(snapshot, 'A senior leader’s end-of-year evaluation has not been recorded.', 'schools', {
          id: p.id,
          label: index.schoolName(p.schoolId),
        }),
      ),
    ...snapshot.participants
      .filter((p) => Object.keys(p.startRatings).length > 0 && Object.keys(p.endRatings).length === 0)
      .map((p) =>
        item(snapshot, 'A participant’s end-of-year self-ratings have not been recorded.', 'participants', {
          id: p.id,
          label: p.name,
        }),
      ),
    ...snapshot.focusChildren.flatMap((c) => childMissing(snapshot, c)),
  ];
}

/**
 * What a document of one Work Group is still missing. Hub documents gather many groups' years and
 * list nothing here: each group's own exports say what it is missing.
 */
export function missingFor(
  request: DocumentRequest,
  snapshot: WorkGroupSnapshot,
  judgements: Pick<Judgement, 'subject'>[],
): MissingItem[] {
  switch (request.kind) {
    case 'caseStudy': {
      const child = snapshot.focusChildren.find((c) => c.id === request.focusChildId);
      return child ? childMissing(snapshot, child) : [];
    }
    case 'actionResearch': {
      const participant = snapshot.participants.find((p) => p.id === request.participantId);
      return participant ? inquiryMissing(snapshot, participant) : [];
    }
    case 'report':
    case 'workGroupSlides':
      return yearMissing(snapshot, judgements);
    case 'hubSummary':
    case 'hubSlides':
      return [];
  }
}

/** The Work Group summary (Excel) tells the same year as the report. */
export const missingForSummary = yearMissing;

import { INDICATOR_STATUS_LABELS, type IndicatorStatus } from '../api/evaluation';
import { PD_ACTIVITY_TYPE, PD_ACTIVITY_TYPES, type PdActivityType } from '../domain/enums';
import type { IndicatorId } from './targets';

// The one table of what each kind of professional development is expected to show. The Work
// Group indicators come from the Jurassic Maths Hub Work Group statement, so a programme, a
// community or targeted support is judged only on those its own definition asks for: an indicator
// marked "not expected" is shown as such and never counted for or against the group.
//
// Each "why" cites its source among the project's seeds, in brackets a reader can follow: NCETM's
// "What is a Work Group", the hub's Work Group statement (by standard), NCETM's "Types of school and
// professional development activity", and the hub's 2021/22 project catalogue.
//
// Sustaining and Embedding groups are Work Groups in a second or later year (the 2021/22 catalogue's
// "Primary Sustaining Work Group" and "Secondary Embedding and Sustaining Work Group": sessions on
// leadership, collaborative planning and subject knowledge), so they keep the Work Group rules.

/** An indicator either applies to a kind, or does not, with why not. */
export type Expectation = { expected: true } | { expected: false; why: string };

const E: Expectation = { expected: true };
const no = (why: string): Expectation => ({ expected: false, why });

export interface KindRules {
  kind: PdActivityType;
  /** "Targeted Support in Maths rules": what a group was judged by, as the outputs say it. */
  name: string;
  /** What the kind is, in a line, with its source. */
  basis: string;
  indicators: Record<IndicatorId, Expectation>;
}

const FOCUS_CHILDREN_PROGRAMME = no(
  'A programme develops each participant’s own specialist knowledge with a national or regional cohort (NCETM types of PD); following focus children is the Work Group statement’s method (Work Group statement, standard 1).',
);
const FOCUS_CHILDREN_COMMUNITY = no(
  'A community supports individual teachers and leaders through professional dialogue (NCETM types of PD); following focus children is the Work Group statement’s method (Work Group statement, standard 1).',
);
const FOCUS_CHILDREN_SUPPORT = no(
  'Targeted support works with a school’s leaders on a development focus over agreed days (NCETM types of PD); following focus children is the Work Group statement’s method (Work Group statement, standard 1).',
);
const JOURNAL = no(
  'Reflective journals are the Work Group statement’s instrument (Work Group statement, standard 1), not this kind’s.',
);
const SUPPORT_DAYS = (kind: string) =>
  no(
    `Days agreed in a school’s action plan are how Targeted Support in Maths is run (NCETM types of PD); a ${kind} does not agree days with a school.`,
  );
const SCHOOL_WIDE = (kind: string) =>
  no(
    `A ${kind} supports individuals (NCETM types of PD); the school-wide commitments of leaders belong to a Work Group (Work Group statement, standard 5).`,
  );

export const KIND_RULES: Record<PdActivityType, KindRules> = {
  work_group: {
    kind: 'work_group',
    name: 'Work Group rules',
    basis:
      'Schools working together over most of a school year, meeting several times, with a focus on the classroom (NCETM: What is a Work Group); judged on the Work Group statement (Work Group statement).',
    indicators: {
      focus_children_per_participant: E,
      focus_children_with_portrait: E,
      focus_children_observed_two_terms: E,
      focus_children_with_judgement: E,
      focus_children_with_change: E,
      readings_recorded: E,
      readings_discussed: E,
      participants_journal_reading: E,
      collaborative_sessions: E,
      participants_in_collaborative_session: E,
      collaborative_sessions_reflected: E,
      meetings: E,
      terms_spanned: E,
      work_between_meetings: E,
      attendance_rate: E,
      continuation_plans: E,
      support_days_held: SUPPORT_DAYS('Work Group'),
      intended_impact_recorded: E,
      leader_end_evaluation: E,
      leader_engagement: E,
      named_in_development_plan: E,
    },
  },
  programme: {
    kind: 'programme',
    name: 'Programme rules',
    basis:
      'Individuals developing specialist knowledge (SKTM) or leadership (LLME) in a national or regional cohort, working through NCETM materials (NCETM types of PD; 2021/22 projects).',
    indicators: {
      focus_children_per_participant: FOCUS_CHILDREN_PROGRAMME,
      focus_children_with_portrait: FOCUS_CHILDREN_PROGRAMME,
      focus_children_observed_two_terms: FOCUS_CHILDREN_PROGRAMME,
      focus_children_with_judgement: FOCUS_CHILDREN_PROGRAMME,
      focus_children_with_change: FOCUS_CHILDREN_PROGRAMME,
      readings_recorded: E,
      readings_discussed: E,
      participants_journal_reading: JOURNAL,
      collaborative_sessions: E,
      participants_in_collaborative_session: E,
      collaborative_sessions_reflected: JOURNAL,
      meetings: E,
      terms_spanned: E,
      work_between_meetings: no(
        'A programme’s work is its cohort’s sessions (NCETM types of PD); journals and cycles between meetings are the Work Group statement’s (Work Group statement, standard 4).',
      ),
      attendance_rate: E,
      continuation_plans: SCHOOL_WIDE('programme'),
      support_days_held: SUPPORT_DAYS('programme'),
      intended_impact_recorded: E,
      leader_end_evaluation: SCHOOL_WIDE('programme'),
      leader_engagement: SCHOOL_WIDE('programme'),
      named_in_development_plan: SCHOOL_WIDE('programme'),
    },
  },
  community: {
    kind: 'community',
    name: 'Community rules',
    basis:
      'Teachers or leaders collaborating formally and informally over more than a year, with professional dialogue and mutual support (NCETM types of PD).',
    indicators: {
      focus_children_per_participant: FOCUS_CHILDREN_COMMUNITY,
      focus_children_with_portrait: FOCUS_CHILDREN_COMMUNITY,
      focus_children_observed_two_terms: FOCUS_CHILDREN_COMMUNITY,
      focus_children_with_judgement: FOCUS_CHILDREN_COMMUNITY,
      focus_children_with_change: FOCUS_CHILDREN_COMMUNITY,
      readings_recorded: E,
      readings_discussed: E,
      participants_journal_reading: JOURNAL,
      collaborative_sessions: E,
      participants_in_collaborative_session: E,
      collaborative_sessions_reflected: JOURNAL,
      meetings: E,
      terms_spanned: E,
      work_between_meetings: no(
        'A community collaborates informally between meetings as well as formally (NCETM types of PD); its in-school work is not recorded as a Work Group’s is (Work Group statement, standard 4).',
      ),
      attendance_rate: E,
      continuation_plans: no(
        'A community runs for more than a year by design (NCETM types of PD): carrying on is the community’s, not each school’s plan.',
      ),
      support_days_held: SUPPORT_DAYS('community'),
      intended_impact_recorded: E,
      leader_end_evaluation: SCHOOL_WIDE('community'),
      leader_engagement: SCHOOL_WIDE('community'),
      named_in_development_plan: SCHOOL_WIDE('community'),
    },
  },
  targeted_support: {
    kind: 'targeted_support',
    name: 'Targeted Support in Maths rules',
    basis:
      'A school’s leaders and a support partner exploring, planning, delivering and evaluating a development focus over an agreed number of days, following the EEF implementation process (NCETM types of PD).',
    indicators: {
      focus_children_per_participant: FOCUS_CHILDREN_SUPPORT,
      focus_children_with_portrait: FOCUS_CHILDREN_SUPPORT,
      focus_children_observed_two_terms: FOCUS_CHILDREN_SUPPORT,
      focus_children_with_judgement: FOCUS_CHILDREN_SUPPORT,
      focus_children_with_change: FOCUS_CHILDREN_SUPPORT,
      readings_recorded: E,
      readings_discussed: no(
        'Readings are shared with the school’s leaders on support days (NCETM types of PD); there are no Work Group meetings to discuss them at (Work Group statement, standard 2).',
      ),
      participants_journal_reading: JOURNAL,
      collaborative_sessions: no(
        'The collaboration is between the school’s leaders and their support partner (NCETM types of PD), not planning or research lessons across schools (Work Group statement, standard 3).',
      ),
      participants_in_collaborative_session: no(
        'The collaboration is between the school’s leaders and their support partner (NCETM types of PD), not planning or research lessons across schools (Work Group statement, standard 3).',
      ),
      collaborative_sessions_reflected: JOURNAL,
      meetings: no(
        'Targeted support runs over a number of days agreed with the school (NCETM types of PD), not the Work Group’s “at least four meetings” (Work Group statement, standard 4).',
      ),
      terms_spanned: E,
      work_between_meetings: no(
        'The school delivers its development focus between support days (NCETM types of PD); journals and cycles are the Work Group statement’s record of it (Work Group statement, standard 4).',
      ),
      attendance_rate: no(
        'Support days are with one school’s leaders (NCETM types of PD): there is no group of schools whose attendance to count.',
      ),
      continuation_plans: E,
      support_days_held: E,
      intended_impact_recorded: E,
      leader_end_evaluation: E,
      leader_engagement: no(
        'The school’s leaders are the participants (NCETM types of PD): their engagement is the support itself, not an invitation to a Work Group meeting (Work Group statement, standard 5).',
      ),
      named_in_development_plan: E,
    },
  },
};

/** The rules a group is judged by; anything unknown is judged as a Work Group, the model most projects use (NCETM: What is a Work Group). */
export const rulesFor = (kind: string): KindRules =>
  (PD_ACTIVITY_TYPES as readonly string[]).includes(kind) ? KIND_RULES[kind as PdActivityType] : KIND_RULES.work_group;

/** "Judged by the Programme rules: …": what every output says of a group. */
export function judgedBy(kind: string): string {
  const rules = rulesFor(kind);
  return rules.kind === 'work_group'
    ? `Judged by the ${rules.name}.`
    : `Judged by the ${rules.name}: what the Work Group statement asks for and a ${PD_ACTIVITY_TYPE.labels[rules.kind]} does not is marked “Not expected” and not counted.`;
}

/** "Not expected for Targeted Support in Maths": what an indicator or standard outside a kind's rules shows. */
export const notExpectedFor = (kind: string): string =>
  `Not expected for ${PD_ACTIVITY_TYPE.labels[rulesFor(kind).kind]}`;

/** A status in words, "not expected" saying for which kind: the screen, documents and workbooks alike. */
export const statusLabel = (status: IndicatorStatus, kind: string): string =>
  status === 'not_expected' ? notExpectedFor(kind) : INDICATOR_STATUS_LABELS[status];

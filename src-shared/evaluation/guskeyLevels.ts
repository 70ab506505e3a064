import {
  LEVEL_STRENGTH_LABELS,
  type EvidenceItemKind,
  type GuskeyLevelSummary,
  type LevelStrength,
} from '../api/evaluation';
import { EVIDENCE_STRENGTH, GUSKEY_LEVEL } from '../domain/enums';
import { RECORD_KIND_SPECS } from '../domain/recordKinds';
import type { TaggedEvidence } from './areas';
import type { SnapshotIndex } from './snapshot';
import { count } from './text';

// Guskey's (2002) five levels of evaluating professional development, each with the records tagged
// with it. A level's strength is the strongest any of its records is given, in the same vocabulary
// as impact claims, so the Lead reads one scale everywhere.

const STRONGEST_LISTED = 3;

const RANK: Record<string, number> = Object.fromEntries(EVIDENCE_STRENGTH.values.map((s, i) => [s, i + 1]));

/** What to record for each level: when it has nothing, and when it has only anecdote. */
const ADVICE: Record<number, { none: string; weak: string }> = {
  1: {
    none: 'No participants’ reactions are recorded after sessions: give the post-meeting reflection on the Surveys tab after each meeting (or add a journal entry that reflects on it, tagged Guskey level 1).',
    weak: 'Participants’ reactions rest on anecdote: gather every participant’s answers to the post-meeting reflection on the same meeting, so the reactions can be compared.',
  },
  2: {
    none: 'Nothing shows what participants learnt: tag journal entries about new understanding with Guskey level 2, and record the confidence survey at the start and the end.',
    weak: 'Participants’ learning rests on anecdote: back it with the start and end confidence survey or a task teachers completed, and mark it triangulated or measured.',
  },
  3: {
    none: 'Nothing shows schools’ support and change: record each senior leader’s intended impact and end-of-year evaluation on the school’s participation, tagged Guskey level 3.',
    weak: 'Schools’ support rests on anecdote: ask senior leaders what changed in policy, time or resources, and record it on each school’s participation.',
  },
  4: {
    none: 'Nothing shows teachers using what they learnt: record lesson observations or action-research cycles that show new practice, tagged Guskey level 4.',
    weak: 'Teachers’ use of new practice rests on anecdote: add an observation by a colleague or a planning sample that confirms it, and mark it triangulated.',
  },
  5: {
    none: 'No pupil learning outcomes are recorded: add focus children’s work samples, pupil voice or measures, tagged Guskey level 5.',
    weak: 'Pupil outcomes rest on anecdote: add a measure or work samples from the start and end of the year for the focus children, and mark them measured.',
  },
};

export function guskeyLevelsOf(ix: SnapshotIndex, evidence: TaggedEvidence[]): GuskeyLevelSummary[] {
  return GUSKEY_LEVEL.values.map((value) => {
    const level = Number(value);
    const own = evidence.filter((e) => e.guskeyLevel === level);
    const kinds = [...new Set(own.map((e) => e.kind))];
    const ranked = own
      .map((e) => ({ e, rank: RANK[e.strength ?? ''] ?? 0 }))
      .sort(
        (a, b) => b.rank - a.rank || (b.e.date ?? '').localeCompare(a.e.date ?? '') || a.e.id.localeCompare(b.e.id),
      );
    const strength = ranked[0]?.e.strength ?? null;
    return {
      level,
      label: GUSKEY_LEVEL.labels[value],
      total: own.length,
      byKind: kinds.map((kind) => ({
        kind,
        label: RECORD_KIND_SPECS[kind].label.replace("'", '’'),
        count: own.filter((e) => e.kind === kind).length,
      })),
      strength,
      strongest: ranked.slice(0, STRONGEST_LISTED).map(({ e }) => ({
        ...ix.item(e.kind, e.id),
        ...(e.date ? { date: e.date } : {}),
        ...(e.strength ? { strength: e.strength } : {}),
      })),
      missing:
        own.length === 0 ? ADVICE[level]!.none : strength === 'anecdotal' || !strength ? ADVICE[level]!.weak : '',
    };
  });
}

/** Plurals the registry's labels do not make by adding an s. */
const PLURALS: Partial<Record<EvidenceItemKind, string>> = {
  journalEntry: 'journal entries',
  surveyResponse: 'sets of answers',
  schoolParticipation: 'schools’ participation',
};

/** "12 records: 8 journal entries, 4 observations". */
export const guskeyEvidenceText = (l: GuskeyLevelSummary): string =>
  l.total === 0
    ? 'No records'
    : `${count(l.total, 'record')}: ${l.byKind.map((k) => count(k.count, k.label, PLURALS[k.kind])).join(', ')}`;

/** Where a level's evidence stands: its strongest record's strength, "none" without records, "not_given" when none has one. */
export const levelStrength = (l: Pick<GuskeyLevelSummary, 'total' | 'strength'>): LevelStrength =>
  l.strength ?? (l.total === 0 ? 'none' : 'not_given');

/** A level's strength in words: the screen, the report, the slides and the hub view alike. */
export const guskeyStrengthText = (l: GuskeyLevelSummary): string => LEVEL_STRENGTH_LABELS[levelStrength(l)];

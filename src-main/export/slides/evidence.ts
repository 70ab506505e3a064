import type { AreaSummary, EvidenceItemKind } from '../../../src-shared/api/evaluation';
import { EVIDENCE_STRENGTH } from '../../../src-shared/domain/enums';
import { excerpt } from '../../../src-shared/evaluation/areas';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { count } from '../../../src-shared/evaluation/text';
import type { Voice } from './deck';

// The words the decks and reports use for their evidence: references for the speaker notes and
// the voices shown beside the charts or under a heading. Teachers are named by role and schools
// go unnamed unless the Lead chooses to show them; focus children are only ever named by their codes.

export type Label = (item: { kind: EvidenceItemKind; id: string }) => string;
/** Whether a text may be shown as it is: the personal-data check finds nothing in it. */
export type Quotable = (text: string) => boolean;
export type Quote = AreaSummary['quotes'][number];
type Claim = AreaSummary['claims'][number];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a Year 4 teacher" from a role such as "Year 4 teacher"; "a participant" when none is recorded. */
export const byRole = (role: string) => {
  const r = role.trim();
  if (!r) return 'a participant';
  const lower =
    /^[A-Z][a-z]/.test(r) && !/^(Year|Key|EYFS|KS|SEND|Maths)\b/.test(r) ? r.charAt(0).toLowerCase() + r.slice(1) : r;
  return `${/^[aeiou]/i.test(lower) ? 'an' : 'a'} ${lower}`;
};

/**
 * Names records as the evidence lists do. The one rule for naming teachers, the same in every
 * document: by their role ("a Year 4 teacher") and schools unnamed, unless the Lead chooses to
 * show names (`showNames`).
 */
export function evidenceLabels(snapshot: WorkGroupSnapshot, showNames: boolean): Label {
  const index = indexSnapshot(
    showNames
      ? snapshot
      : {
          ...snapshot,
          participants: snapshot.participants.map((p) => ({ ...p, name: byRole(p.role) })),
          schools: snapshot.schools.map((s) => ({ ...s, name: 'a school' })),
        },
  );
  return (item) => capitalised(index.item(item.kind, item.id).label);
}

/** "A; B; C; and 4 more", for the speaker notes. */
export function references(items: { kind: EvidenceItemKind; id: string }[], label: Label, max = 6): string {
  if (items.length === 0) return 'none linked yet';
  const shown = items.slice(0, max).map(label);
  return items.length > max ? `${shown.join('; ')}; and ${items.length - max} more` : shown.join('; ');
}

/**
 * Picks the quotes for slide after slide: only those that may be shown as they are, and none
 * shown twice in one deck.
 */
export function quotePicker(quotable: Quotable) {
  const shown = new Set<string>();
  return (quotes: Quote[], wanted: number): Quote[] => {
    const picked = quotes.filter((q) => !shown.has(q.source.id) && quotable(q.text)).slice(0, wanted);
    for (const q of picked) shown.add(q.source.id);
    return picked;
  };
}

/** `from` says whose the evidence is when a deck draws on many Work Groups. */
export const quoteVoice = (quote: Quote, label: Label, from = ''): Voice => ({
  kind: 'quote',
  text: quote.text,
  source: `${label(quote.source)}${from}`,
});

export const claimVoice = (claim: Claim, from = ''): Voice => ({
  kind: 'claim',
  text: claim.statement,
  source: `Impact claim, ${EVIDENCE_STRENGTH.labels[claim.strength].toLowerCase()}, from ${count(claim.evidence.length, 'linked record')}${from}`,
});

/**
 * Senior leaders' own end-of-year evaluations: the voices of Standard 5 (prioritised by school
 * leadership), which journals and observations seldom speak to.
 */
export const leaderVoices = (snapshot: WorkGroupSnapshot, label: Label, quotable: Quotable, from = ''): Voice[] =>
  snapshot.schoolParticipations
    .filter((p) => p.endEvaluation.trim() && quotable(p.endEvaluation))
    .map((p) => ({
      kind: 'quote',
      text: excerpt(p.endEvaluation),
      source: `${label({ kind: 'schoolParticipation', id: p.id })}: the senior leader’s end-of-year evaluation${from}`,
    }));

/** The notes' account of an impact claim on a slide: the evidence it rests on. */
export const claimNote = (claim: Claim, label: Label) =>
  `The impact claim “${claim.statement}” rests on: ${references(claim.evidence, label)}.`;

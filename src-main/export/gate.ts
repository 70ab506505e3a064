import { DomainError } from '../../src-shared/api/errors';
import type { WorkGroupSnapshot } from '../../src-shared/evaluation/snapshot';
import { FINDING_LABELS, type Finding } from '../../src-shared/privacy/findings';
import { citationAuthors, type ScanOptions } from '../../src-shared/privacy/scan';

// The one gate every export passes on its way out of the app (documents, slides, workbooks,
// bundles): what the personal-data check looks for, and the refusal while it still finds something.

const peopleOf = (snapshot: WorkGroupSnapshot) => [
  ...snapshot.participants.map((p) => p.name),
  ...snapshot.schoolParticipations.map((p) => p.seniorLeaderName),
  snapshot.workGroup.leadName,
];
const citationsOf = (snapshot: WorkGroupSnapshot) => snapshot.readings.map((r) => r.citation);
/** The surnames in the reading list, wherever they are cited. */
const authorsOf = (snapshot: WorkGroupSnapshot) => snapshot.readings.flatMap((r) => citationAuthors(r.citation));

/**
 * What the check looks for in one Work Group's export: the group's people and schools are flagged
 * where the export withholds them, and allowed where it shows them; authors in the reading list are
 * always allowed.
 */
export const scanScope = (snapshot: WorkGroupSnapshot, shown: boolean) =>
  shown
    ? {
        allowed: [...peopleOf(snapshot), ...snapshot.schools.map((s) => s.name), ...citationsOf(snapshot)],
        allowedWords: authorsOf(snapshot),
      }
    : {
        people: peopleOf(snapshot),
        schools: snapshot.schools.map((s) => s.name),
        allowed: citationsOf(snapshot),
        allowedWords: authorsOf(snapshot),
      };

/** One check over many Work Groups' exports: each group's people, schools and authors together. */
export const scanScopes = (snapshots: WorkGroupSnapshot[], shown: boolean): ScanOptions => {
  const scopes = snapshots.map((snapshot) => scanScope(snapshot, shown));
  const all = (key: keyof ScanOptions) => scopes.flatMap((scope) => (scope as ScanOptions)[key] ?? []);
  return {
    people: all('people'),
    schools: all('schools'),
    allowed: all('allowed'),
    allowedWords: all('allowedWords'),
  };
};

/** The indicators' details are the app's own words ("Autumn, Spring, Summer" is not a name). */
export const withIndicatorDetails = <T extends ScanOptions>(
  scope: T,
  result: { standards: { indicators: { detail: string }[] }[] },
): T => ({
  ...scope,
  allowed: [...(scope.allowed ?? []), ...result.standards.flatMap((s) => s.indicators.map((i) => i.detail))],
});

/**
 * Lets an export out only when the check found nothing or the user has looked and accepted what it
 * found; otherwise refuses, naming what was found and what to do.
 */
export function passGate(
  findings: Finding[],
  options: { allowFlagged: boolean; what: 'document' | 'workbook' | 'bundle'; replaceable: boolean },
): void {
  if (findings.length === 0 || options.allowFlagged) return;
  const kinds = [...new Set(findings.map((f) => FINDING_LABELS[f.kind].toLowerCase()))].join(', ');
  const examples = findings
    .slice(0, 3)
    .map((f) => `“${f.match}” in ${f.where}`)
    .join('; ');
  throw new DomainError(
    'conflict',
    `The ${options.what} may identify someone: ${findings.length} ${findings.length === 1 ? 'thing was' : 'things were'} found (${kinds}), for example ${examples}. Fix the records${options.replaceable ? ', replace them in this export' : ''}, or confirm that the ${options.what} may go out as it is.`,
  );
}

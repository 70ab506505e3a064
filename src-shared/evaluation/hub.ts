import {
  LEVEL_STRENGTHS,
  type AreaSummary,
  type GuskeyLevelSummary,
  type HubIndicator,
  type IndicatorStatus,
  type HubRollup,
  type HubRow,
  type Indicator,
  type SelfRatings,
  type Suppressible,
  type TermCounts,
  type WorkGroupEvaluation,
} from '../api/evaluation';
import { DFE_STANDARD, GUSKEY_LEVEL, NCETM_AREA, PD_ACTIVITY_TYPE, type DfeStandard } from '../domain/enums';
import { levelStrength } from './guskeyLevels';
import { KIND_RULES, rulesFor } from './kindRules';
import { hubFigures, poolPairedRatings } from './figures';
import { INDICATOR_IDS, TARGETS, THRESHOLDS, type IndicatorId, type Target } from './targets';
import { round } from './text';

/**
 * A count of pupils as a hub may show it: counts from 1 to 4 are withheld (DESIGN: suppress
 * numbers below 5 in hub-level breakdowns of pupils). Zero identifies no child, so it is shown.
 */
export function pupilCount(n: number): Suppressible {
  return n > 0 && n < THRESHOLDS.suppressBelow ? { value: null, suppressed: true } : { value: n, suppressed: false };
}
const shown = (n: number | null): Suppressible => ({ value: n, suppressed: false });

const shareOf = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

/** What the roll-up reads of one Work Group's evaluation: its figures without the evidence lists. */
export interface HubFacts {
  workGroup: WorkGroupEvaluation['workGroup'];
  standards: { standard: DfeStandard; status: IndicatorStatus; indicators: IndicatorFacts[] }[];
  areas: Pick<AreaSummary, 'area' | 'status' | 'evidenceByTerm' | 'claimCounts' | 'selfRatings'>[];
  guskeyLevels: Pick<GuskeyLevelSummary, 'level' | 'label' | 'total' | 'strength'>[];
  highGaps: number;
  changeDistribution: WorkGroupEvaluation['changeDistribution'];
  coverage: WorkGroupEvaluation['coverage'];
  totals: WorkGroupEvaluation['totals'];
  figures: WorkGroupEvaluation['figures'];
  /** The group's schools, so the hub counts each school once however many groups it is in. */
  schoolIds: string[];
}
type IndicatorFacts = Pick<Indicator, 'id' | 'status' | 'value' | 'numerator' | 'denominator'>;

/**
 * Keeps only what the roll-up needs, so a national roll-up holds a thousand small summaries
 * rather than a thousand full evaluations with their evidence lists.
 */
export function hubFacts(e: WorkGroupEvaluation, schoolIds: string[]): HubFacts {
  return {
    workGroup: e.workGroup,
    standards: e.standards.map((s) => ({
      standard: s.standard,
      status: s.status,
      indicators: s.indicators.map(({ id, status, value, numerator, denominator }) => ({
        id,
        status,
        value,
        numerator,
        denominator,
      })),
    })),
    areas: e.areas.map(({ area, status, evidenceByTerm, claimCounts, selfRatings }) => ({
      area,
      status,
      evidenceByTerm,
      claimCounts,
      selfRatings,
    })),
    guskeyLevels: e.guskeyLevels.map(({ level, label, total, strength }) => ({ level, label, total, strength })),
    highGaps: e.gaps.filter((g) => g.severity === 'high').length,
    changeDistribution: e.changeDistribution,
    coverage: e.coverage,
    totals: e.totals,
    figures: e.figures,
    schoolIds: [...new Set(schoolIds)].sort(),
  };
}

function rollIndicator(id: IndicatorId, ofEveryGroup: IndicatorFacts[]): HubIndicator {
  const target: Target = TARGETS[id];
  // Only the groups whose kind is expected to show it are compared, and summed.
  const all = ofEveryGroup.filter((i) => i.status !== 'not_expected');
  const notExpected = ofEveryGroup.length - all.length;
  const n = all.length;
  const met = all.filter((i) => i.status === 'met').length;
  const partly = all.filter((i) => i.status === 'partly').length;
  const notYet = n - met - partly;
  const pupils = target.pupils ?? false;
  let summed: Suppressible;
  let numerator: Suppressible;
  let denominator: Suppressible;
  if (target.unit === 'count') {
    const total = all.reduce((sum, i) => sum + (i.value ?? 0), 0);
    summed = pupils ? pupilCount(total) : shown(total);
    numerator = shown(null);
    denominator = shown(null);
  } else {
    const num = all.reduce((sum, i) => sum + (i.numerator ?? 0), 0);
    const den = all.reduce((sum, i) => sum + (i.denominator ?? 0), 0);
    // For a mean (focus children per participant) only the numerator counts pupils.
    numerator = pupils ? pupilCount(num) : shown(num);
    denominator = pupils && target.unit === 'share' ? pupilCount(den) : shown(den);
    const withheld = numerator.suppressed || denominator.suppressed;
    const value = target.unit === 'mean' ? (den === 0 ? null : round(num / den, 2)) : shareOf(num, den);
    summed = withheld ? { value: null, suppressed: true } : shown(value);
    if (denominator.suppressed) numerator = { value: null, suppressed: true };
  }
  return {
    id,
    standard: target.standard,
    label: target.label,
    unit: target.unit,
    target: target.target,
    pupils,
    met,
    partly,
    notYet,
    notExpected,
    shareMet: shareOf(met, n),
    sharePartly: shareOf(partly, n),
    shareNotYet: shareOf(notYet, n),
    summed,
    numerator,
    denominator,
  };
}

function poolSelfRatings(all: SelfRatings[]): SelfRatings | null {
  if (all.length === 0) return null;
  const items = new Map<
    string,
    { statement: string; start: number; startCount: number; end: number; endCount: number }
  >();
  for (const r of all) {
    for (const i of r.items) {
      const pooled = items.get(i.id) ?? { statement: i.statement, start: 0, startCount: 0, end: 0, endCount: 0 };
      pooled.start += (i.startMean ?? 0) * i.startCount;
      pooled.startCount += i.startCount;
      pooled.end += (i.endMean ?? 0) * i.endCount;
      pooled.endCount += i.endCount;
      items.set(i.id, pooled);
    }
  }
  const pooledItems = [...items].map(([id, p]) => ({
    id,
    statement: p.statement,
    startMean: p.startCount ? round(p.start / p.startCount, 2) : null,
    endMean: p.endCount ? round(p.end / p.endCount, 2) : null,
    startCount: p.startCount,
    endCount: p.endCount,
  }));
  const paired = poolPairedRatings(all.map((r) => ({ n: r.overall.paired, ...r.overall })));
  return {
    items: pooledItems,
    overall: {
      startMean: paired.startMean,
      endMean: paired.endMean,
      paired: paired.n,
      meanChange:
        paired.n === 0
          ? null
          : round(all.reduce((s, r) => s + (r.overall.meanChange ?? 0) * r.overall.paired, 0) / paired.n, 2),
    },
  };
}

/** Each Work Group's Lead's judgements, by subject ("standard:evidence", "area:school_policy"). */
export type LeadJudgements = ReadonlyMap<string, HubRow['judgements']>;

const tally = (statuses: IndicatorStatus[]) => ({
  met: statuses.filter((s) => s === 'met').length,
  partly: statuses.filter((s) => s === 'partly').length,
  notYet: statuses.filter((s) => s === 'not_yet').length,
  notExpected: statuses.filter((s) => s === 'not_expected').length,
});

/** Each kind of PD among the groups, with its rules and its groups' standards: like compared with like. */
function byKind(evaluations: HubFacts[]): HubRollup['kinds'] {
  return PD_ACTIVITY_TYPE.values.flatMap((kind) => {
    const own = evaluations.filter((e) => e.workGroup.pdActivityType === kind);
    if (own.length === 0) return [];
    const rules = KIND_RULES[kind];
    return [
      {
        kind,
        label: PD_ACTIVITY_TYPE.labels[kind],
        rules: rules.name,
        workGroups: own.length,
        standards: DFE_STANDARD.values.map((standard) => ({
          standard,
          ...tally(own.map((e) => e.standards.find((s) => s.standard === standard)!.status)),
        })),
        notExpected: INDICATOR_IDS.flatMap((id) => {
          const expectation = rules.indicators[id];
          return expectation.expected ? [] : [{ id, label: TARGETS[id].label, why: expectation.why }];
        }),
      },
    ];
  });
}

/** For each of Guskey's levels, how many groups' evidence there stands at each strength (FIGURES.evidenceByLevel). */
function levelsAcrossGroups(evaluations: HubFacts[]): HubRollup['guskeyLevels'] {
  return GUSKEY_LEVEL.values.map((value) => {
    const level = Number(value);
    const own = evaluations.map((e) => e.guskeyLevels.find((l) => l.level === level)!);
    return {
      level,
      label: GUSKEY_LEVEL.labels[value],
      records: own.reduce((sum, l) => sum + l.total, 0),
      groups: Object.fromEntries(
        LEVEL_STRENGTHS.map((strength) => [strength, own.filter((l) => levelStrength(l) === strength).length]),
      ) as HubRollup['guskeyLevels'][number]['groups'],
    };
  });
}

/** Hub-wide figures over many Work Groups' evaluations, with small numbers of pupils withheld. */
export function rollUpHub(
  evaluations: HubFacts[],
  filters: HubRollup['filters'] = {},
  judgements: LeadJudgements = new Map(),
): HubRollup {
  const indicatorsOf = (e: HubFacts) => e.standards.flatMap((s) => s.indicators);
  const standards = DFE_STANDARD.values.map((standard) => {
    const statuses = evaluations.map((e) => e.standards.find((s) => s.standard === standard)!.status);
    const ids = (Object.keys(TARGETS) as IndicatorId[]).filter((id) => TARGETS[id].standard === standard);
    return {
      standard,
      label: DFE_STANDARD.labels[standard],
      ...tally(statuses),
      indicators: ids.map((id) =>
        rollIndicator(
          id,
          evaluations.map((e) => indicatorsOf(e).find((i) => i.id === id)!),
        ),
      ),
    };
  });

  const rows = evaluations.map((e) => {
    const indicators = indicatorsOf(e);
    const byId = (id: IndicatorId) => indicators.find((i) => i.id === id)!;
    return {
      workGroup: e.workGroup,
      standards: Object.fromEntries(e.standards.map((s) => [s.standard, s.status])),
      areas: Object.fromEntries(e.areas.map((a) => [a.area, a.status])),
      judgements: judgements.get(e.workGroup.id) ?? {},
      indicators: Object.fromEntries(indicators.map((i) => [i.id, i.status])),
      met: indicators.filter((i) => i.status === 'met').length,
      rules: rulesFor(e.workGroup.pdActivityType).name,
      standardsMet: e.figures.standardsMet,
      standardsExpected: e.figures.standardsExpected,
      partly: indicators.filter((i) => i.status === 'partly').length,
      notYet: indicators.filter((i) => i.status === 'not_yet').length,
      schools: e.figures.schools,
      participants: e.totals.participants,
      focusChildren: pupilCount(e.totals.focusChildren),
      meetings: byId('meetings').value ?? 0,
      attendanceRate: byId('attendance_rate').value,
      highGaps: e.highGaps,
    };
  });

  const sumTerms = (list: TermCounts[]): TermCounts => ({
    autumn: list.reduce((s, t) => s + t.autumn, 0),
    spring: list.reduce((s, t) => s + t.spring, 0),
    summer: list.reduce((s, t) => s + t.summer, 0),
    undated: list.reduce((s, t) => s + t.undated, 0),
    total: list.reduce((s, t) => s + t.total, 0),
  });
  const areas = NCETM_AREA.values.map((area) => {
    const own = evaluations.map((e) => e.areas.find((a) => a.area === area)!);
    // Every kind is expected to show the NCETM areas, so none is ever "not expected".
    const { met, partly, notYet } = tally(own.map((a) => a.status));
    return {
      area,
      label: NCETM_AREA.labels[area],
      met,
      partly,
      notYet,
      evidenceByTerm: sumTerms(own.map((a) => a.evidenceByTerm)),
      claimCounts: {
        anecdotal: own.reduce((s, a) => s + a.claimCounts.anecdotal, 0),
        triangulated: own.reduce((s, a) => s + a.claimCounts.triangulated, 0),
        measured: own.reduce((s, a) => s + a.claimCounts.measured, 0),
      },
      selfRatings: poolSelfRatings(own.map((a) => a.selfRatings).filter((r): r is SelfRatings => r !== null)),
    };
  });

  const sum = (pick: (e: HubFacts) => number) => evaluations.reduce((s, e) => s + pick(e), 0);
  const figures = hubFigures(evaluations, pupilCount);
  return {
    filters,
    suppressBelow: THRESHOLDS.suppressBelow,
    workGroupCount: evaluations.length,
    standards,
    kinds: byKind(evaluations),
    rows,
    guskeyLevels: levelsAcrossGroups(evaluations),
    changeDistribution: [1, 2, 3, 4, 5].map((judgement) => ({
      judgement,
      count: pupilCount(sum((e) => e.changeDistribution.find((b) => b.judgement === judgement)?.count ?? 0)),
    })),
    areas,
    coverage: DFE_STANDARD.values.flatMap((standard) =>
      NCETM_AREA.values.map((area) => ({
        standard,
        area,
        count: sum((e) => e.coverage.find((c) => c.standard === standard && c.area === area)?.count ?? 0),
      })),
    ),
    totals: {
      schools: figures.schools,
      participants: sum((e) => e.totals.participants),
      focusChildren: pupilCount(sum((e) => e.totals.focusChildren)),
      meetings: sum((e) => e.totals.meetings),
      readings: sum((e) => e.totals.readings),
      journalEntries: sum((e) => e.totals.journalEntries),
      observations: sum((e) => e.totals.observations),
      actionResearchCycles: sum((e) => e.totals.actionResearchCycles),
      impactClaims: sum((e) => e.totals.impactClaims),
    },
    figures,
  };
}

import { describe, expect, it } from 'vitest';
import { hubRollup } from '../../../src-shared/api/evaluation';
import {
  attendanceByMeetingChart,
  changeDistributionChart,
  coverageChart,
  evidenceOverYearChart,
  groupsAttendanceChart,
  groupsMeetingChart,
  selfRatingsChart,
} from '../../../src-shared/charts/evaluationCharts';
import { chartCaption } from '../../../src-shared/charts/caption';
import { OKABE_ITO } from '../../../src-shared/charts/palette';
import { excerpt } from '../../../src-shared/evaluation/areas';
import { hubFacts, pupilCount, rollUpHub } from '../../../src-shared/evaluation/hub';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, uuid, withChanges } from './builders';

const END = '2026-07-20';

describe('the NCETM outcome areas summary', () => {
  const e = evaluateWorkGroup(fullYear(), END);
  const area = (id: string) => e.areas.find((a) => a.area === id)!;

  it('counts tagged evidence by term', () => {
    // 4 children × 3 observations: autumn, spring, summer.
    expect(area('pupil_outcomes').evidenceByTerm).toEqual({ autumn: 4, spring: 4, summer: 4, undated: 0, total: 12 });
    // Meetings (2 autumn, 1 spring, 1 summer) and the two journal entries tagged to it.
    expect(area('professional_learning').evidenceByTerm).toEqual({
      autumn: 4,
      spring: 1,
      summer: 1,
      undated: 0,
      total: 6,
    });
    expect(area('school_policy').evidenceByTerm).toMatchObject({ undated: 2, total: 2 });
  });

  it('lists intended outcomes and claims by strength with their evidence', () => {
    expect(area('pupil_outcomes').intendedOutcomes.map((o) => o.statement)).toEqual([
      'Pupils will explain their reasoning.',
    ]);
    expect(area('pupil_outcomes').claimCounts).toEqual({ anecdotal: 0, triangulated: 1, measured: 0 });
    expect(area('pupil_outcomes').claims[0]!.evidence[0]!.label).toBe('Pupil voice, 20/10/2025 (FC-01)');
  });

  it('compares self-ratings start and end, per statement and overall', () => {
    const ratings = area('professional_learning').selfRatings!;
    expect(ratings.items).toEqual([
      {
        id: 'subject-knowledge',
        statement: 'I am confident in my subject knowledge.',
        startMean: 2.5,
        endMean: 4,
        startCount: 2,
        endCount: 2,
      },
      {
        id: 'research',
        statement: 'I draw on research evidence.',
        startMean: 1.5,
        endMean: 3.5,
        startCount: 2,
        endCount: 2,
      },
    ]);
    expect(ratings.overall).toEqual({ startMean: 2, endMean: 3.75, paired: 2, meanChange: 1.75 });
    expect(area('pupil_outcomes').selfRatings).toBeNull();
  });

  it('picks two or three short quotes, pupil voice first, without repeats', () => {
    const quotes = area('pupil_outcomes').quotes;
    expect(quotes.length).toBeLessThanOrEqual(3);
    expect(quotes[0]!.source.label).toMatch(/^Pupil voice/);
    expect(new Set(quotes.map((q) => q.text)).size).toBe(quotes.length);
    expect(area('practice_development').quotes[0]!.source.kind).toBe('journalEntry');
  });

  it('cuts long quotes at a sentence or a word', () => {
    const long = `${'The children compared the bars carefully. '.repeat(8)}`;
    expect(excerpt(long).length).toBeLessThanOrEqual(220);
    expect(excerpt(long)).toMatch(/carefully\.$/);
    expect(excerpt('word '.repeat(100))).toMatch(/…$/);
  });

  it('counts evidence tagged to each standard and area together', () => {
    expect(e.coverage.find((c) => c.standard === 'pupil_outcomes' && c.area === 'pupil_outcomes')?.count).toBe(12);
    expect(e.coverage.find((c) => c.standard === 'leadership' && c.area === 'school_policy')?.count).toBe(2);
    expect(e.coverage).toHaveLength(20);
  });
});

describe('the hub roll-up', () => {
  const complete = evaluateWorkGroup(fullYear(), END);
  const base = fullYear();
  const short = evaluateWorkGroup(withChanges({ meetings: base.meetings.slice(0, 3) }, base), END);
  const schoolIds = base.schoolParticipations.map((s) => s.schoolId);
  const hub = rollUpHub(
    [complete, short].map((e) => hubFacts(e, schoolIds)),
    { academicYear: '2025/26' },
  );
  const hubIndicator = (id: string) => hub.standards.flatMap((s) => s.indicators).find((i) => i.id === id)!;

  it('gives the share of groups met, partly and not yet per indicator', () => {
    expect(hubIndicator('meetings')).toMatchObject({
      met: 1,
      partly: 1,
      notYet: 0,
      shareMet: 0.5,
      sharePartly: 0.5,
      summed: { value: 7, suppressed: false },
    });
    expect(hub.standards.find((s) => s.standard === 'sustained')).toMatchObject({ met: 1, partly: 1, notYet: 0 });
  });

  it('pools shares over the groups', () => {
    expect(hubIndicator('attendance_rate')).toMatchObject({
      numerator: { value: 14, suppressed: false },
      denominator: { value: 14, suppressed: false },
      summed: { value: 1, suppressed: false },
    });
  });

  it('has a side-by-side row per Work Group', () => {
    expect(hub.rows.map((r) => [r.workGroup.code, r.meetings, r.met, r.partly])).toEqual([
      ['TRG-TEST', 4, 20, 0],
      ['TRG-TEST', 3, 19, 1],
    ]);
    expect(() => hubRollup.parse(hub)).not.toThrow();
  });

  it('withholds counts of focus children under 5, but not zero', () => {
    // Each group follows 4 focus children: withheld per group, 8 in all is shown.
    expect(hub.rows[0]!.focusChildren).toEqual({ value: null, suppressed: true });
    expect(hub.totals.focusChildren).toEqual({ value: 8, suppressed: false });
    expect(hub.changeDistribution).toEqual([
      { judgement: 1, count: { value: 0, suppressed: false } },
      { judgement: 2, count: { value: null, suppressed: true } },
      { judgement: 3, count: { value: null, suppressed: true } },
      { judgement: 4, count: { value: null, suppressed: true } },
      { judgement: 5, count: { value: 0, suppressed: false } },
    ]);
    const single = rollUpHub([hubFacts(complete, schoolIds)]);
    const portraits = single.standards[0]!.indicators.find((i) => i.id === 'focus_children_with_portrait')!;
    expect(portraits).toMatchObject({
      numerator: { value: null, suppressed: true },
      denominator: { value: null, suppressed: true },
      summed: { value: null, suppressed: true },
    });
    expect(pupilCount(4)).toEqual({ value: null, suppressed: true });
    expect(pupilCount(5)).toEqual({ value: 5, suppressed: false });
  });

  it('does not suppress counts of teachers and schools', () => {
    expect(hub.totals.participants).toBe(4);
    expect(hubIndicator('participants_in_collaborative_session').numerator).toEqual({ value: 4, suppressed: false });
  });

  it('is empty but well-formed for no Work Groups', () => {
    const empty = rollUpHub([]);
    expect(empty.workGroupCount).toBe(0);
    expect(empty.standards[0]!.indicators[0]!.shareMet).toBeNull();
    expect(() => hubRollup.parse(empty)).not.toThrow();
  });
});

describe('chart configurations', () => {
  const e = evaluateWorkGroup(fullYear(), END);
  const hub = rollUpHub(
    [e, evaluateWorkGroup(fullYear(), END), evaluateWorkGroup(fullYear(), END)].map((g) => hubFacts(g, [])),
  );
  const charts = {
    attendance: attendanceByMeetingChart(e.attendance, e.figures.attendance.rate),
    evidence: evidenceOverYearChart(e.areas),
    change: changeDistributionChart(e.changeDistribution),
    hubChange: changeDistributionChart(hub.changeDistribution),
    ratings: selfRatingsChart(e.areas[1]!.selfRatings!),
    coverage: coverageChart(e.coverage),
  };
  const palette = new Set<string>(Object.values(OKABE_ITO));

  it('each has a title, axis labels, Okabe–Ito colours and a text alternative', () => {
    for (const { config, altText } of Object.values(charts)) {
      expect(config.type).toBe('bar');
      const title = config.options?.plugins?.title;
      expect(title?.display).toBe(true);
      const scales = config.options?.scales as Record<string, { title?: { text?: string } }>;
      expect(scales['x']?.title?.text).toBeTruthy();
      expect(scales['y']?.title?.text).toBeTruthy();
      for (const d of config.data.datasets) expect(palette.has(d.backgroundColor as string)).toBe(true);
      expect(altText.startsWith(String(title?.text).split(';')[0]!)).toBe(true);
      // Plain data: exporters can hand it to chart.js on a Node canvas.
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    }
  });

  it('carries the figures', () => {
    expect(charts.attendance.config.data.datasets[0]!.data).toEqual([100, 100, 100, 100]);
    expect(charts.attendance.altText).toContain('01/10/2025: 2 of 2');
    // The overall figure is the one defined in figures.ts, not a mean worked out by the chart.
    expect(charts.attendance.altText).toContain(
      `Attendance at whole-group meetings ${Math.round(e.figures.attendance.rate! * 100)}%.`,
    );
    expect(charts.evidence.config.data.labels).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(charts.evidence.config.data.datasets.map((d) => d.label)).toEqual([
      'Improving Pupil Outcomes',
      'Professional Learning',
      'Practice Development',
      'School Policy and Approaches',
    ]);
    expect(charts.change.config.data.datasets[0]!.data).toEqual([0, 1, 1, 2, 0]);
    expect(charts.ratings.config.data.datasets.map((d) => d.data)).toEqual([
      [2.5, 1.5],
      [4, 3.5],
    ]);
    expect(charts.coverage.config.options?.scales?.['x']?.stacked).toBe(true);
  });

  it('withholds small counts in hub charts and says so', () => {
    expect(charts.hubChange.config.data.datasets[0]!.data).toEqual([0, null, null, 6, 0]);
    expect(charts.hubChange.altText).toContain('2: fewer than 5');
    expect(charts.hubChange.altText).toContain('Counts under 5 are withheld');
  });

  it('describes an empty year in words', () => {
    const empty = evaluateWorkGroup(withChanges({ meetings: [] }), END);
    expect(attendanceByMeetingChart(empty.attendance).altText).toBe(
      'Attendance by meeting: no meetings of the whole group are recorded yet.',
    );
    expect(uuid()).toMatch(/^0{8}-/);
  });
});

describe('the hub’s group-against-group charts and a saved chart’s caption', () => {
  const complete = evaluateWorkGroup(fullYear(), END);
  const thin = evaluateWorkGroup(withChanges({ meetings: fullYear().meetings.slice(0, 1), impactClaims: [] }), END);
  const hub = rollUpHub([
    hubFacts({ ...complete, workGroup: { ...complete.workGroup, code: 'TRG-A' } }, []),
    hubFacts({ ...thin, workGroup: { ...thin.workGroup, id: uuid(), code: 'TRG-B' } }, []),
  ]);

  it('puts each Work Group’s standards and areas met side by side, named by code, with n', () => {
    const chart = groupsMeetingChart(hub.rows);
    expect(chart.config.data.labels).toEqual(['TRG-A', 'TRG-B']);
    expect(chart.config.data.datasets.map((d) => d.data)).toEqual([
      [5, hub.rows[1]!.standardsMet],
      [1, 0],
    ]);
    expect(hub.rows[1]!.standardsMet).toBeLessThan(5);
    expect(chart.sample).toBe('n = 2 Work Groups');
    expect(groupsAttendanceChart(hub.rows).altText).toContain('TRG-A 100%');
  });

  it('says n, the scope and both dates in one line', () => {
    expect(
      chartCaption(attendanceByMeetingChart(complete.attendance).sample, {
        scope: 'TRG-TEST Fractions',
        asOf: END,
        savedOn: '2026-12-04',
      }),
    ).toBe('n = 4 meetings, 2 participants · TRG-TEST Fractions · as of 20/07/2026 · saved 04/12/2026');
  });
});

import { describe, expect, it } from 'vitest';
import {
  claimStrengthChart,
  hubIndicatorChart,
  indicatorProgressChart,
} from '../../../src-shared/charts/evaluationCharts';
import { STATUS_COLOURS } from '../../../src-shared/charts/palette';
import { standardQuotes } from '../../../src-shared/evaluation/areas';
import { hubFacts, rollUpHub } from '../../../src-shared/evaluation/hub';
import { indexSnapshot } from '../../../src-shared/evaluation/snapshot';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear } from './builders';

const END = '2026-07-20';

describe('the charts and quotes a slide per standard needs', () => {
  const e = evaluateWorkGroup(fullYear(), END);

  it("draws each indicator's way to its target in its status's colour, the status written beside it", () => {
    const block = e.standards.find((s) => s.standard === 'sustained')!;
    const { config, altText } = indicatorProgressChart(block.indicators);
    expect(config.options?.indexAxis).toBe('y');
    const labels = config.data.labels as string[][];
    const data = config.data.datasets[0]!.data as number[];
    // Support days are Targeted Support's alone: a Work Group's chart has no bar for them.
    const expected = block.indicators.filter((i) => i.status !== 'not_expected');
    expect(expected.map((i) => i.id)).not.toContain('support_days_held');
    expected.forEach((indicator, i) => {
      expect(labels[i]!.join(' ')).toContain(indicator.label);
      expect(labels[i]!.at(-1)).toMatch(/\(target .+\), (met|partly met|not yet)$/);
      expect(data[i]).toBeGreaterThanOrEqual(0);
      expect(data[i]).toBeLessThanOrEqual(100);
      expect(altText).toContain(indicator.label);
    });
    expect(config.data.datasets[0]!.backgroundColor).toEqual(expected.map((i) => STATUS_COLOURS[i.status]));
  });

  it('counts the Work Groups meeting, partly meeting and not yet meeting each indicator', () => {
    const hub = rollUpHub([e, evaluateWorkGroup(fullYear(), END)].map((g) => hubFacts(g, [])));
    const { config } = hubIndicatorChart(hub.standards[0]!.indicators);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Met', 'Partly met', 'Not yet']);
    hub.standards[0]!.indicators.forEach((_, i) => {
      expect(config.data.datasets.reduce((sum, d) => sum + (d.data[i] as number), 0)).toBe(2);
    });
  });

  it("counts an area's impact claims by strength", () => {
    const area = e.areas.find((a) => a.claims.length > 0)!;
    const { config } = claimStrengthChart(area);
    expect(config.data.labels).toEqual(['Anecdotal', 'Triangulated', 'Measured']);
    expect(config.data.datasets[0]!.data).toEqual([
      area.claimCounts.anecdotal,
      area.claimCounts.triangulated,
      area.claimCounts.measured,
    ]);
  });

  it("quotes for a standard come only from evidence tagged with it, chosen as an area's are", () => {
    const snapshot = fullYear();
    const quotes = standardQuotes(indexSnapshot(snapshot), snapshot, 'pupil_outcomes');
    expect(quotes.length).toBeGreaterThan(0);
    const tagged = [...snapshot.observations, ...snapshot.journalEntries].filter((r) =>
      r.standards.includes('pupil_outcomes'),
    );
    for (const q of quotes) expect(tagged.map((r) => r.id)).toContain(q.source.id);
  });
});

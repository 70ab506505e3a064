import { useState } from 'react';
import type { Input } from '../../../src-shared/api/contract';
import {
  LEVEL_STRENGTH_LABELS,
  LEVEL_STRENGTHS,
  type HubIndicator,
  type HubRollup,
  type LevelStrength,
  type Suppressible,
} from '../../../src-shared/api/evaluation';
import {
  changeDistributionChart,
  coverageChart,
  evidenceOverYearChart,
  groupsAttendanceChart,
  groupsMeetingChart,
  selfRatingsChart,
} from '../../../src-shared/charts/evaluationCharts';
import { hubChartContext } from '../../../src-shared/charts/caption';
import { PHASE, type Phase } from '../../../src-shared/domain/enums';
import { FIGURES } from '../../../src-shared/evaluation/figures';
import { formatFigure } from '../../../src-shared/evaluation/format';
import { ChartGrid, todayISO } from '../components/ChartFigure';
import { Figures } from '../components/Figures';
import { StatusBadge } from '../components/StatusBadge';
import { WordExport } from '../exports/WordExport';
import { paths } from '../router';
import { useQuery } from '../useQuery';
import { CoverageTable } from './workGroup/EvaluationTab';
import { ScreenHeading } from '../components/ScreenHeading';
import { HubGroupsTable } from './HubGroupsTable';
import { HubThemes } from '../themes/HubThemes';

type Filters = Input<'evaluation.hub'>;

/** A figure about pupils that may be too small to show: "fewer than 5" instead of the number. */
function Pupils({
  figure,
  below,
  unit = 'count',
}: {
  figure: Suppressible;
  below: number;
  unit?: HubIndicator['unit'];
}) {
  if (figure.suppressed) return <span className="suppressed">fewer than {below}</span>;
  return <>{formatFigure(figure.value, unit)}</>;
}

function pooled(indicator: HubIndicator, below: number) {
  const { summed, numerator, denominator } = indicator;
  if (indicator.unit === 'share' && (numerator.suppressed || denominator.suppressed || summed.suppressed)) {
    return <span className="suppressed">fewer than {below} pupils: withheld</span>;
  }
  if (indicator.unit === 'share' && numerator.value !== null && denominator.value !== null) {
    return (
      <>
        {formatFigure(summed.value, 'share')}{' '}
        <span className="sub">
          {numerator.value} of {denominator.value}
        </span>
      </>
    );
  }
  return <Pupils figure={summed} below={below} unit={indicator.unit} />;
}

const groupsWord = (n: number) => `${n} ${n === 1 ? 'group' : 'groups'}`;

/** The strength of a level's evidence as a column heading: what "Not given" and "None" are of. */
const LEVEL_HEADINGS: Record<LevelStrength, string> = {
  ...LEVEL_STRENGTH_LABELS,
  not_given: 'Strength not given',
  none: 'No records',
};

function Matrix({ rollup }: { rollup: HubRollup }) {
  // Only where some group's kind is judged by other rules: a hub of Work Groups alone has no such column.
  const otherRules = rollup.standards.some((s) => s.indicators.some((i) => i.notExpected > 0));
  return (
    <section aria-labelledby="hub-matrix-heading" className="stack">
      <h2 id="hub-matrix-heading">DfE Standard across the Work Groups</h2>
      {otherRules && (
        <p className="intro">
          Each group is judged by the rules of its kind of professional development (see “Judged by” above): an
          indicator its kind is not expected to show counts as “Not expected”, never as met, partly met or not yet.
        </p>
      )}
      {rollup.standards.map((standard) => (
        <section key={standard.standard} className="panel standard-block" aria-labelledby={`hub-${standard.standard}`}>
          <div className="block-head">
            <h3 id={`hub-${standard.standard}`}>{standard.label}</h3>
            <span className="tally">
              <StatusBadge status="met" prefix={`${standard.met} `} />
              <StatusBadge status="partly" prefix={`${standard.partly} `} />
              <StatusBadge status="not_yet" prefix={`${standard.notYet} `} />
              {standard.notExpected > 0 && <StatusBadge status="not_expected" prefix={`${standard.notExpected} `} />}
            </span>
          </div>
          <div className="table-wrap">
            <table className="list matrix" aria-label={`Indicators for ${standard.label} across the Work Groups`}>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Target</th>
                  <th scope="col">Met</th>
                  <th scope="col">Partly met</th>
                  <th scope="col">Not yet</th>
                  {otherRules && (
                    <th
                      scope="col"
                      title="Groups whose kind of PD is not expected to show it, by the rules of their kind"
                    >
                      Not expected
                    </th>
                  )}
                  <th scope="col">Pooled figure</th>
                </tr>
              </thead>
              <tbody>
                {standard.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">{indicator.label}</th>
                    <td className="nowrap figure">{formatFigure(indicator.target, indicator.unit)}</td>
                    <td className="nowrap">{groupsWord(indicator.met)}</td>
                    <td className="nowrap">{groupsWord(indicator.partly)}</td>
                    <td className="nowrap">{groupsWord(indicator.notYet)}</td>
                    {otherRules && <td className="nowrap">{groupsWord(indicator.notExpected)}</td>}
                    <td className="nowrap figure">{pooled(indicator, rollup.suppressBelow)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </section>
  );
}

function GroupsTable({ rollup }: { rollup: HubRollup }) {
  return (
    <section className="panel" aria-labelledby="hub-groups-heading">
      <h2 id="hub-groups-heading">Work Groups side by side</h2>
      <p className="intro">
        Each standard and area as worked out from what is recorded, with the Lead’s own judgement under it where one is
        given, by the rules of the group’s kind of PD (“Judged by”): what its kind is not expected to show reads “Not
        expected”. Select a heading to sort by it.
      </p>
      <HubGroupsTable rollup={rollup} />
    </section>
  );
}

/** How many Work Groups meet each NCETM area, as the standards are counted above. */
function AreasTally({ rollup }: { rollup: HubRollup }) {
  return (
    <section className="panel" aria-labelledby="hub-areas-heading">
      <h2 id="hub-areas-heading">NCETM outcome areas across the Work Groups</h2>
      <div className="table-wrap">
        <table className="list matrix" aria-label="NCETM outcome areas across the Work Groups">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Met</th>
              <th scope="col">Partly met</th>
              <th scope="col">Not yet</th>
              <th scope="col">Records of evidence</th>
            </tr>
          </thead>
          <tbody>
            {rollup.areas.map((area) => (
              <tr key={area.area}>
                <th scope="row">{area.label}</th>
                <td className="nowrap">{groupsWord(area.met)}</td>
                <td className="nowrap">{groupsWord(area.partly)}</td>
                <td className="nowrap">{groupsWord(area.notYet)}</td>
                <td className="nowrap">{area.evidenceByTerm.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Guskey's five levels across the groups: how many groups' evidence at each level is of each strength. */
function LevelsAcrossGroups({ rollup }: { rollup: HubRollup }) {
  return (
    <section className="panel" aria-labelledby="hub-levels-heading">
      <h2 id="hub-levels-heading">Evidence by level across the Work Groups</h2>
      <p className="intro">
        {FIGURES.evidenceByLevel.definition} A group’s own “Evidence by level”, on its Evaluation tab, says what each
        level still needs.
      </p>
      <div className="table-wrap">
        <table className="list matrix" aria-label="Evidence by level across the Work Groups">
          <thead>
            <tr>
              <th scope="col">Level</th>
              {LEVEL_STRENGTHS.map((strength) => (
                <th key={strength} scope="col">
                  {LEVEL_HEADINGS[strength]}
                </th>
              ))}
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {rollup.guskeyLevels.map((level) => (
              <tr key={level.level}>
                <th scope="row">{level.label}</th>
                {LEVEL_STRENGTHS.map((strength) => (
                  <td key={strength} className="nowrap">
                    {groupsWord(level.groups[strength])}
                  </td>
                ))}
                <td className="nowrap">{level.records.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function hubCharts(rollup: HubRollup) {
  const ratings = rollup.areas.find((a) => a.selfRatings)?.selfRatings;
  return [
    groupsMeetingChart(rollup.rows),
    groupsAttendanceChart(rollup.rows),
    evidenceOverYearChart(rollup.areas),
    changeDistributionChart(rollup.changeDistribution),
    ...(ratings ? [selfRatingsChart(ratings)] : []),
    coverageChart(rollup.coverage),
  ];
}

function Rollup({ filters }: { filters: Filters }) {
  const { data: rollup, error } = useQuery('evaluation.hub', filters);
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!rollup) return <p className="loading">Adding up the Work Groups…</p>;
  if (rollup.workGroupCount === 0) {
    return (
      <p className="empty panel">
        No Work Groups match these filters. Choose “All” in a filter, or add Work Groups on the{' '}
        <a href={paths.workGroups()}>Work Groups</a> page.
      </p>
    );
  }
  const t = rollup.totals;
  const f = rollup.figures;
  const below = rollup.suppressBelow;
  const figures: [string, React.ReactNode][] = [
    [FIGURES.workGroups.label, f.workGroups],
    [FIGURES.schools.label, f.schools],
    [FIGURES.schoolPlaces.label, f.schoolPlaces],
    [FIGURES.participants.label, f.participants],
    [FIGURES.focusChildren.label, <Pupils key="c" figure={f.focusChildren} below={below} />],
    [FIGURES.wholeGroupMeetings.label, f.sessions.wholeGroup],
    [FIGURES.sessions.label, f.sessions.total],
    [FIGURES.groupsMeetingAllFive.label, f.groupsMeetingAllFive],
    ['Journal entries', t.journalEntries],
    ['Observations', t.observations],
    ['Impact claims', t.impactClaims],
  ];
  const { projectId, academicYear, phase } = filters;
  /** The same Work Groups in the documents as on the screen. */
  const chosen = {
    ...(projectId ? { projectId } : {}),
    ...(academicYear ? { academicYear } : {}),
    ...(phase ? { phase } : {}),
  };
  return (
    <div className="stack">
      <div className="columns overview">
        <section className="panel" aria-labelledby="hub-totals-heading">
          <h2 id="hub-totals-heading">The Work Groups together</h2>
          <Figures figures={figures} />
          <p className="intro">
            {FIGURES.schools.definition} {FIGURES.sessions.definition} Counts of focus children under {below} are shown
            as “fewer than {below}” so that no pupil can be picked out.
          </p>
        </section>
        <section className="panel exports" aria-labelledby="hub-export-heading">
          <h2 id="hub-export-heading">Document and slides</h2>
          <p className="field-hint">
            The roll-up of the Work Groups shown here (with these filters), its charts and a few focus children’s
            stories, for the hub’s leaders and conference material.
          </p>
          <WordExport
            document={{ kind: 'hubSummary', ...chosen }}
            label="Hub summary (Word)"
            what="this hub summary"
            primary
          />
          <p className="field-hint">
            Slides of the same Work Groups for a conference or a meeting of the hub: the figures, a slide for each
            standard and area with its chart and quotes, a few focus children’s stories and the next steps, with notes
            for the speaker. Teachers and schools are not named unless you choose.
          </p>
          <WordExport
            document={{ kind: 'hubSlides', ...chosen }}
            label="Hub slides (PowerPoint)"
            what="these slides"
            schoolOption
          />
        </section>
      </div>
      <GroupsTable rollup={rollup} />
      <Matrix rollup={rollup} />
      <AreasTally rollup={rollup} />
      <LevelsAcrossGroups rollup={rollup} />
      <HubThemes among={chosen} />
      <section aria-labelledby="hub-charts-heading" className="stack">
        <h2 id="hub-charts-heading">Charts</h2>
        <ChartGrid charts={hubCharts(rollup)} filePrefix="hub" context={hubChartContext(rollup, todayISO())} />
        <p className="intro">
          Attendance is shown per Work Group in the table above: meetings differ from group to group, so there is no
          hub-wide chart of attendance by meeting.
        </p>
        <section className="panel" aria-labelledby="hub-coverage-heading">
          <h3 id="hub-coverage-heading">Coverage in figures</h3>
          <CoverageTable cells={rollup.coverage} />
        </section>
      </section>
    </div>
  );
}

/** The hub lead's view: every Work Group in the workspace (or those the filters pick) added up. */
export function HubScreen() {
  const [filters, setFilters] = useState<Filters>({});
  const { data: projects } = useQuery('project.list', {});
  const { data: groups } = useQuery('workGroup.list', { includeArchived: true });
  const years = [...new Set((groups ?? []).map((g) => g.academicYear))].sort().reverse();
  const set = (key: keyof Filters, value: string) => {
    const next = { ...filters };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    setFilters(next);
  };
  return (
    <section className="screen hub" aria-labelledby="hub-heading">
      <ScreenHeading id="hub-heading">Hub view</ScreenHeading>
      <p className="intro">
        All the Work Groups in this workspace, added up. Narrow them down with the filters, then export the hub summary
        for your hub’s leaders or save the charts for a presentation.
      </p>
      <form className="panel hub-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="hub-project">Project</label>
          <select id="hub-project" value={filters.projectId ?? ''} onChange={(e) => set('projectId', e.target.value)}>
            <option value="">All projects</option>
            {(projects ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hub-phase">Phase</label>
          <select id="hub-phase" value={filters.phase ?? ''} onChange={(e) => set('phase', e.target.value as Phase)}>
            <option value="">All phases</option>
            {PHASE.values.map((p) => (
              <option key={p} value={p}>
                {PHASE.labels[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hub-year">Academic year</label>
          <select
            id="hub-year"
            value={filters.academicYear ?? ''}
            onChange={(e) => set('academicYear', e.target.value)}
          >
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>
      <Rollup filters={filters} />
    </section>
  );
}

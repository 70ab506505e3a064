import { useState, type FormEvent } from 'react';
import {
  JUDGEMENT_SUBJECTS,
  type AreaSummary,
  type CoverageCell,
  type EvidenceItem,
  type GuskeyLevelSummary,
  type EvaluationAnswer,
  type Gap,
  type Indicator,
  type Judgement,
  type JudgementSubject,
  type StandardBlock,
  type WorkGroupEvaluationResult,
} from '../../../../src-shared/api/evaluation';
import { groupChartContext } from '../../../../src-shared/charts/caption';
import { TERMS, TERM_LABELS } from '../../../../src-shared/calendar/academicYear';
import {
  attendanceByMeetingChart,
  changeDistributionChart,
  coverageChart,
  evidenceOverYearChart,
  selfRatingsChart,
} from '../../../../src-shared/charts/evaluationCharts';
import {
  CLAIM_LEVEL,
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  NCETM_AREA,
  OUTCOME_OWNER,
} from '../../../../src-shared/domain/enums';
import { areasMet, FIGURES, STANDARD_COUNT } from '../../../../src-shared/evaluation/figures';
import { guskeyEvidenceText, guskeyStrengthText } from '../../../../src-shared/evaluation/guskeyLevels';
import { formatFigure, formatTarget, formatValue } from '../../../../src-shared/evaluation/format';
import { ChartGrid } from '../../components/ChartFigure';
import { judgedBy } from '../../../../src-shared/evaluation/kindRules';
import { StatusBadge } from '../../components/StatusBadge';
import { BatchCaseStudies } from '../../exports/BatchCaseStudies';
import { WordExport } from '../../exports/WordExport';
import { parseDateGB } from '../../forms/fieldSpec';
import { dateGB } from '../../records';
import { useQuery } from '../../useQuery';
import { hitAddress } from '../SearchScreen';
import type { TabProps } from './tabProps';
import { JudgementEditor } from './JudgementEditor';
import { LeadJudgement, YearAtAGlance } from './YearAtAGlance';
import { KeyFindingsEditor } from './KeyFindingsEditor';
import { YearOnYear } from './YearOnYear';
import { Figures } from '../../components/Figures';

const EVIDENCE_STEP = 25;
const SEVERITY_LABELS = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' } as const;

/** Where one piece of evidence is kept: its tab of the Work Group, opened at the record. */
const evidenceHref = (workGroupId: string, item: EvidenceItem) =>
  hitAddress({ kind: item.kind, id: item.id, workGroupId, title: item.label, snippet: '' });

/** Links to the records behind a figure, a page at a time (an indicator can rest on hundreds). */
export function EvidenceLinks({ workGroupId, items }: { workGroupId: string; items: EvidenceItem[] }) {
  const [shown, setShown] = useState(EVIDENCE_STEP);
  if (items.length === 0) return <p className="empty">No records behind this yet.</p>;
  return (
    <>
      <ul className="evidence-links">
        {items.slice(0, shown).map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <a href={evidenceHref(workGroupId, item)}>{item.label}</a>
          </li>
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" className="link-button" onClick={() => setShown(shown + EVIDENCE_STEP * 4)}>
          Show {Math.min(EVIDENCE_STEP * 4, items.length - shown)} more of {items.length}
        </button>
      )}
    </>
  );
}

const piecesOf = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;

function IndicatorRow({ indicator, workGroupId, kind }: { indicator: Indicator; workGroupId: string; kind: string }) {
  return (
    <tr>
      <th scope="row">
        {indicator.label}
        <span className="sub">{indicator.detail}</span>
        <span className="sub why">{indicator.whyNotExpected ?? indicator.reason}</span>
      </th>
      <td className="nowrap figure">{formatValue(indicator)}</td>
      <td className="nowrap figure">
        {indicator.status === 'not_expected' ? '–' : formatTarget(indicator)}
        {indicator.due && indicator.expectedByNow !== indicator.target && (
          <span className="sub">{formatFigure(indicator.expectedByNow, indicator.unit)} by now</span>
        )}
      </td>
      <td className="nowrap">
        <StatusBadge status={indicator.status} kind={kind} />
        {!indicator.due && indicator.status !== 'not_expected' && <span className="sub">Not due yet</span>}
      </td>
      <td className="evidence-cell">
        <details>
          <summary>
            {piecesOf(indicator.evidence.length)}
            <span className="visually-hidden"> behind “{indicator.label}”</span>
          </summary>
          <EvidenceLinks workGroupId={workGroupId} items={indicator.evidence} />
        </details>
      </td>
    </tr>
  );
}

interface JudgementProps {
  workGroupId: string;
  judgements: Judgement[];
  readOnly: boolean;
}

const ratingOf = (props: JudgementProps, subject: JudgementSubject) =>
  props.judgements.find((j) => j.subject === subject)?.rating;

function judgementFor(props: JudgementProps, subject: JudgementSubject, label: string, evidence: EvidenceItem[]) {
  const current = props.judgements.find((j) => j.subject === subject);
  return (
    <JudgementEditor
      key={subject}
      workGroupId={props.workGroupId}
      subject={subject}
      label={label}
      evidence={evidence}
      current={current}
      readOnly={props.readOnly}
    />
  );
}

function Standard({ block, kind, ...props }: JudgementProps & { block: StandardBlock; kind: string }) {
  const headingId = `standard-${block.standard}`;
  return (
    <section className="panel standard-block" aria-labelledby={headingId}>
      <div className="block-head">
        <h3 id={headingId} tabIndex={-1}>
          {block.label}
        </h3>
        <StatusBadge status={block.status} kind={kind} />
        <LeadJudgement rating={ratingOf(props, `standard:${block.standard}`)} />
      </div>
      <div className="block-body">
        <div className="table-wrap">
          <table className="list matrix" aria-label={`Indicators for ${block.label}`}>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Value</th>
                <th scope="col">Target</th>
                <th scope="col">Status</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {block.indicators.map((indicator) => (
                <IndicatorRow key={indicator.id} indicator={indicator} workGroupId={props.workGroupId} kind={kind} />
              ))}
            </tbody>
          </table>
        </div>
        {judgementFor(props, `standard:${block.standard}`, block.label, block.evidence)}
      </div>
    </section>
  );
}

function Area({ area, ...props }: JudgementProps & { area: AreaSummary }) {
  const headingId = `area-${area.area}`;
  const claimEvidence: EvidenceItem[] = area.claims.map((c) => ({
    kind: 'impactClaim',
    id: c.id,
    label: `Impact claim: ${c.statement}`,
  }));
  const ratings = area.selfRatings;
  return (
    <section className="panel area-block" aria-labelledby={headingId}>
      <div className="block-head">
        <h3 id={headingId} tabIndex={-1}>
          {area.label}
        </h3>
        <StatusBadge status={area.status} />
        <LeadJudgement rating={ratingOf(props, `area:${area.area}`)} />
      </div>
      <div className="block-body">
        <div className="area-details">
          <table className="list matrix" aria-label={`What the status of ${area.label} is read from`}>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Found</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {area.checks.map((check) => (
                <tr key={check.id}>
                  <th scope="row">
                    {check.label}
                    <span className="sub why">{check.reason}</span>
                  </th>
                  <td>{check.detail}</td>
                  <td className="nowrap">
                    <StatusBadge status={check.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h4>Intended outcomes</h4>
          {area.intendedOutcomes.length ? (
            <ul>
              {area.intendedOutcomes.map((o, i) => (
                <li key={i}>
                  {o.statement} <span className="sub">Owned by {OUTCOME_OWNER.labels[o.owner].toLowerCase()}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">No intended outcome agreed for this area. Add one on the Overview tab.</p>
          )}

          <h4>Evidence by term</h4>
          <table className="list compact" aria-label={`Evidence by term for ${area.label}`}>
            <thead>
              <tr>
                {TERMS.map((t) => (
                  <th key={t} scope="col">
                    {TERM_LABELS[t]}
                  </th>
                ))}
                {area.evidenceByTerm.undated > 0 && <th scope="col">Undated</th>}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {TERMS.map((t) => (
                  <td key={t}>{area.evidenceByTerm[t]}</td>
                ))}
                {area.evidenceByTerm.undated > 0 && <td>{area.evidenceByTerm.undated}</td>}
                <td>
                  <strong>{area.evidenceByTerm.total}</strong>
                </td>
              </tr>
            </tbody>
          </table>

          <h4>Impact claims by strength</h4>
          <p className="claim-counts">
            {EVIDENCE_STRENGTH.values.map((s) => (
              <span key={s}>
                {EVIDENCE_STRENGTH.labels[s]}: <strong>{area.claimCounts[s]}</strong>
              </span>
            ))}
          </p>
          {area.claims.length > 0 && (
            <ul className="claims">
              {area.claims.map((claim) => (
                <li key={claim.id}>
                  <a href={evidenceHref(props.workGroupId, { kind: 'impactClaim', id: claim.id, label: '' })}>
                    {claim.statement}
                  </a>{' '}
                  <span className="sub">
                    {CLAIM_LEVEL.labels[claim.level as keyof typeof CLAIM_LEVEL.labels] ?? claim.level} level,{' '}
                    {EVIDENCE_STRENGTH.labels[claim.strength].toLowerCase()}, {piecesOf(claim.evidence.length)} linked
                    {claim.missingEvidence > 0 && `; ${claim.missingEvidence} no longer in the workspace`}
                  </span>
                </li>
              ))}
            </ul>
          )}

          {ratings && (
            <>
              <h4>Self-ratings at the start and end of the year</h4>
              <table className="list compact" aria-label="Participants’ self-ratings">
                <thead>
                  <tr>
                    <th scope="col">Statement</th>
                    <th scope="col">Start</th>
                    <th scope="col">End</th>
                  </tr>
                </thead>
                <tbody>
                  {ratings.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{item.statement}</th>
                      <td className="nowrap">{formatFigure(item.startMean, 'mean')}</td>
                      <td className="nowrap">{formatFigure(item.endMean, 'mean')}</td>
                    </tr>
                  ))}
                  <tr className="total">
                    <th scope="row">All statements</th>
                    <td>{formatFigure(ratings.overall.startMean, 'mean')}</td>
                    <td>{formatFigure(ratings.overall.endMean, 'mean')}</td>
                  </tr>
                </tbody>
              </table>
              <p className="sub">
                {ratings.overall.paired} participants rated at both the start and the end
                {ratings.overall.meanChange !== null &&
                  `; their mean rating changed by ${ratings.overall.meanChange > 0 ? '+' : ''}${formatFigure(ratings.overall.meanChange, 'mean')}`}
                .
              </p>
            </>
          )}

          {area.quotes.length > 0 && (
            <>
              <h4>In their own words</h4>
              {area.quotes.map((q) => (
                <figure className="quote" key={`${q.source.id}-${q.date}`}>
                  <blockquote>{q.text}</blockquote>
                  <figcaption>
                    <a href={evidenceHref(props.workGroupId, q.source)}>{q.source.label}</a>
                  </figcaption>
                </figure>
              ))}
            </>
          )}
        </div>
        {judgementFor(props, `area:${area.area}`, area.label, [...area.evidence, ...claimEvidence])}
      </div>
    </section>
  );
}

function EvaluationQuestions({ questions }: { questions: EvaluationAnswer[] }) {
  return (
    <section className="panel" aria-labelledby="questions-heading">
      <h2 id="questions-heading" tabIndex={-1}>
        NCETM’s four evaluation questions
      </h2>
      <p className="intro">
        First drafts from the evidence recorded so far. They go into the end-of-year report, where you can put them in
        your own words.
      </p>
      {questions.map((q) => (
        <div key={q.id} className="question">
          <h3>{q.question}</h3>
          <p>{q.draft}</p>
        </div>
      ))}
    </section>
  );
}

function Gaps({ gaps, workGroupId }: { gaps: Gap[]; workGroupId: string }) {
  return (
    <section className="panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">What is missing</h2>
      {gaps.length === 0 ? (
        <p className="empty">Nothing is missing: every record the evaluation looks for is there.</p>
      ) : (
        <>
          <p className="intro">Most pressing first. Follow a link to put it right; the list updates as you do.</p>
          <ol className="gaps" aria-label="Gaps in the evidence">
            {gaps.map((gap) => (
              <li key={gap.id} className={`gap gap-${gap.severity}`}>
                <span className="severity">{SEVERITY_LABELS[gap.severity]}</span>
                <div>
                  <p>{gap.message}</p>
                  {gap.items.length > 0 && (
                    <div className="gap-items">
                      {gap.items.slice(0, 6).map((item) => (
                        <a key={`${item.kind}:${item.id}`} href={evidenceHref(workGroupId, item)}>
                          {item.label}
                        </a>
                      ))}
                      {gap.items.length > 6 && <span className="sub">and {gap.items.length - 6} more</span>}
                    </div>
                  )}
                  <span className="sub">
                    {[
                      ...gap.standards.map((s) => DFE_STANDARD.labels[s]),
                      ...gap.areas.map((a) => NCETM_AREA.labels[a]),
                    ].join(' · ')}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Evidence tagged to each standard and area, as a table shaded by count: the heat map in figures. */
export function CoverageTable({ cells }: { cells: CoverageCell[] }) {
  const count = (s: string, a: string) => cells.find((c) => c.standard === s && c.area === a)?.count ?? 0;
  const max = Math.max(1, ...cells.map((c) => c.count));
  return (
    <div className="table-wrap">
      <table className="list heat-map" aria-label="Coverage of the DfE standards by NCETM outcome area">
        <thead>
          <tr>
            <th scope="col">DfE standard</th>
            {NCETM_AREA.values.map((a) => (
              <th key={a} scope="col">
                {NCETM_AREA.labels[a]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DFE_STANDARD.values.map((s) => (
            <tr key={s}>
              <th scope="row">{DFE_STANDARD.labels[s]}</th>
              {NCETM_AREA.values.map((a) => {
                const n = count(s, a);
                const share = n / max;
                return (
                  <td
                    key={a}
                    className={n === 0 ? 'heat-none' : undefined}
                    // Never darker than the dark text on it can be read against (4.5:1 or more).
                    style={{ background: n ? `rgba(0, 114, 178, ${0.08 + share * 0.5})` : undefined }}
                  >
                    {n === 0 ? 'None' : n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AsOf({ asOf, onChange }: { asOf: string; onChange: (iso: string | undefined) => void }) {
  const [text, setText] = useState(dateGB(asOf));
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return onChange(undefined);
    const iso = parseDateGB(text);
    if (!iso) return setError('Write the date as dd/mm/yyyy, for example 31/03/2026.');
    setError(undefined);
    onChange(iso);
  };
  return (
    <form className={error ? 'as-of field-invalid' : 'as-of'} onSubmit={submit} aria-label="Evaluate as of a date">
      <label htmlFor="as-of-date">As of</label>
      <div className="as-of-row">
        <input
          id="as-of-date"
          className="date-input"
          placeholder="dd/mm/yyyy"
          aria-describedby="as-of-hint"
          aria-invalid={Boolean(error)}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Show the year as of this date</button>
        <button type="button" className="link-button" onClick={() => onChange(undefined)}>
          Back to the whole year
        </button>
      </div>
      <span className="field-hint" id="as-of-hint">
        See what was expected, and what was there, on an earlier date (dd/mm/yyyy).
      </span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function groupCharts(result: WorkGroupEvaluationResult) {
  const ratings = result.areas.find((a) => a.selfRatings)?.selfRatings;
  return [
    attendanceByMeetingChart(result.attendance, result.figures.attendance.rate),
    evidenceOverYearChart(result.areas),
    changeDistributionChart(result.changeDistribution),
    ...(ratings ? [selfRatingsChart(ratings)] : []),
    coverageChart(result.coverage),
  ];
}

export function EvaluationTab({ data, readOnly }: TabProps) {
  const group = data.workGroup;
  const [asOf, setAsOf] = useState<string | undefined>();
  const { data: result, error } = useQuery('evaluation.workGroup', asOf ? { id: group.id, asOf } : { id: group.id });

  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!result) return <p className="loading">Working out the evaluation…</p>;

  const judgementProps: JudgementProps = {
    workGroupId: group.id,
    judgements: result.judgements,
    readOnly,
  };
  return (
    <div className="evaluation stack">
      <section className="panel" aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">How the year measures up</h2>
        <p className="intro">
          As of <strong>{dateGB(result.asOf)}</strong>: each status worked out from what is recorded, your own judgement
          beside it. Follow a name for the detail.
        </p>
        <p className="intro judged-by">{judgedBy(result.workGroup.pdActivityType)}</p>
        <YearAtAGlance result={result} onOpen={jump} />
        <nav className="on-this-page" aria-label="On this page">
          {[
            ['gaps-heading', 'What is missing'],
            ['questions-heading', 'Evaluation questions'],
            ['levels-heading', 'Evidence by level'],
            ['charts-heading', 'Charts'],
          ].map(([id, label]) => (
            <a key={id} href={`#${id}`} onClick={(e) => jump(e, id!)}>
              {label}
            </a>
          ))}
        </nav>
      </section>
      <div className="columns overview">
        <div className="stack">
          <section className="panel" aria-labelledby="figures-heading">
            <h2 id="figures-heading">The year in figures</h2>
            <Figures
              figures={[
                [FIGURES.standardsMet.label, `${result.figures.standardsMet} of ${STANDARD_COUNT}`],
                [FIGURES.areasMet.label, `${areasMet(result.areas)} of ${result.areas.length}`],
                ['Gaps to fill', result.gaps.length],
                ['Lead’s judgements given', `${result.judgements.length} of ${JUDGEMENT_SUBJECTS.length}`],
              ]}
            />
            <AsOf key={result.asOf} asOf={result.asOf} onChange={setAsOf} />
          </section>
          <YearOnYear workGroupId={group.id} />
          <Gaps gaps={result.gaps} workGroupId={group.id} />
          <KeyFindingsEditor workGroupId={group.id} readOnly={readOnly} />
          <EvaluationQuestions questions={result.questions} />
        </div>
        <section className="panel exports" aria-labelledby="exports-heading">
          <h2 id="exports-heading">Documents and slides</h2>
          <h3>End-of-year report</h3>
          <p className="field-hint">
            For the schools’ leaders and the hub: the matrix, the charts, your judgements and NCETM’s four evaluation
            questions, ready for you to edit. It names the schools and participants.
          </p>
          <WordExport
            document={{ kind: 'report', workGroupId: group.id }}
            label="End-of-year report (Word)"
            what="this report"
            primary
          />
          <h3>Slides</h3>
          <p className="field-hint">
            For a hub meeting or a conference: the year in numbers, a slide for each standard and area with its chart
            and a quote or two, two focus children’s stories and the next steps, with notes for the speaker. Teachers
            and schools are not named unless you choose.
          </p>
          <WordExport
            document={{ kind: 'workGroupSlides', workGroupId: group.id }}
            label="Slides (PowerPoint)"
            what="these slides"
            schoolOption
          />
          <BatchCaseStudies
            workGroupId={group.id}
            workGroupCode={group.code}
            focusChildren={data.focusChild.map((c) => ({ id: c.id, code: c.code }))}
          />
        </section>
      </div>

      <section aria-labelledby="standards-heading" className="stack">
        <h2 id="standards-heading" tabIndex={-1}>
          DfE Standard for teachers’ professional development
        </h2>
        {result.standards.map((block) => (
          <Standard key={block.standard} block={block} kind={result.workGroup.pdActivityType} {...judgementProps} />
        ))}
      </section>

      <section aria-labelledby="areas-heading" className="stack">
        <h2 id="areas-heading" tabIndex={-1}>
          NCETM outcome areas
        </h2>
        {result.areas.map((area) => (
          <Area key={area.area} area={area} {...judgementProps} />
        ))}
      </section>

      <EvidenceByLevel levels={result.guskeyLevels} workGroupId={group.id} />

      <section aria-labelledby="charts-heading" className="stack">
        <h2 id="charts-heading" tabIndex={-1}>
          Charts
        </h2>
        <ChartGrid
          charts={groupCharts(result)}
          filePrefix={group.code}
          workGroupId={group.id}
          context={groupChartContext(group, result.asOf)}
        />
        <section className="panel" aria-labelledby="coverage-heading">
          <h3 id="coverage-heading">Coverage in figures</h3>
          <p className="intro">Pieces of evidence tagged to both the standard and the area. Darker cells hold more.</p>
          <CoverageTable cells={result.coverage} />
        </section>
      </section>
    </div>
  );
}

/** Guskey's five levels: each one's evidence, its strength and what is missing (guskeyLevels.ts, as in the report). */
function EvidenceByLevel({ levels, workGroupId }: { levels: GuskeyLevelSummary[]; workGroupId: string }) {
  return (
    <section className="panel" aria-labelledby="levels-heading">
      <h2 id="levels-heading" tabIndex={-1}>
        Evidence by level
      </h2>
      <p className="intro">
        Guskey’s five levels of evaluating professional development, from participants’ reactions to pupils’ learning.
        Each record counts at the level it is tagged with; a level’s strength is that of its strongest record.
      </p>
      <div className="table-wrap">
        <table className="list" aria-label="Evidence by level">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Evidence</th>
              <th scope="col">Strength</th>
              <th scope="col">Strongest records</th>
              <th scope="col">What is missing</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((l) => (
              <tr key={l.level}>
                <th scope="row">{l.label}</th>
                <td>{guskeyEvidenceText(l)}</td>
                <td>{guskeyStrengthText(l)}</td>
                <td>
                  {l.strongest.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="evidence-links">
                      {l.strongest.map((r) => (
                        <li key={`${r.kind}:${r.id}`}>
                          <a href={evidenceHref(workGroupId, r)}>{r.label}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{l.missing || 'Evidenced beyond anecdote.'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** In-page links without disturbing the hash router. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

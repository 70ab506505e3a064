import {
  JUDGEMENT_RATING_LABELS,
  type IndicatorStatus,
  type Judgement,
  type JudgementSubject,
  type WorkGroupEvaluationResult,
} from '../../../../src-shared/api/evaluation';
import { areaKeyFigure, standardKeyFigure } from '../../../../src-shared/evaluation/figures';
import { StatusBadge } from '../../components/StatusBadge';

interface Subject {
  subject: JudgementSubject;
  /** The id of the detail's heading further down the tab. */
  headingId: string;
  label: string;
  status: IndicatorStatus;
  keyFigure: string;
}

/** The Lead's own rating, labelled as the Lead's so it is never read as the computed status beside it. */
export function LeadJudgement({ rating }: { rating: Judgement['rating'] | undefined }) {
  return (
    <span className={rating ? `lead-judgement rag-${rating}` : 'lead-judgement'}>
      <span className="rag-swatch" aria-hidden="true" />
      Lead’s judgement: {rating ? JUDGEMENT_RATING_LABELS[rating] : <span className="sub">none yet</span>}
    </span>
  );
}

function Card({
  subject,
  rating,
  onOpen,
  kind,
}: {
  subject: Subject;
  rating: Judgement['rating'] | undefined;
  onOpen: OpenDetail;
  kind: string;
}) {
  return (
    <li className="glance-card">
      <a href={`#${subject.headingId}`} onClick={(event) => onOpen(event, subject.headingId)}>
        {subject.label}
      </a>
      <span className="glance-status">
        <StatusBadge status={subject.status} kind={kind} />
        <span className="glance-figure">{subject.keyFigure}</span>
      </span>
      <LeadJudgement rating={rating} />
    </li>
  );
}

type OpenDetail = (event: React.MouseEvent, id: string) => void;

/**
 * The year on one screen: every DfE standard and NCETM area with its computed status and key
 * figure, the Lead's judgement beside it, each linking to its detail further down.
 */
export function YearAtAGlance({ result, onOpen }: { result: WorkGroupEvaluationResult; onOpen: OpenDetail }) {
  const rating = (subject: JudgementSubject) => result.judgements.find((j) => j.subject === subject)?.rating;
  const standards: Subject[] = result.standards.map((s) => ({
    subject: `standard:${s.standard}`,
    headingId: `standard-${s.standard}`,
    label: s.label,
    status: s.status,
    keyFigure: standardKeyFigure(s),
  }));
  const areas: Subject[] = result.areas.map((a) => ({
    subject: `area:${a.area}`,
    headingId: `area-${a.area}`,
    label: a.label,
    status: a.status,
    keyFigure: areaKeyFigure(a),
  }));
  return (
    <div className="year-at-a-glance">
      {[
        { id: 'glance-standards', title: 'DfE Standard', list: standards },
        { id: 'glance-areas', title: 'NCETM outcome areas', list: areas },
      ].map(({ id, title, list }) => (
        <section key={id} aria-labelledby={id}>
          <h3 id={id}>{title}</h3>
          <ul className={`glance-grid glance-${list.length}`}>
            {list.map((s) => (
              <Card
                key={s.subject}
                subject={s}
                rating={rating(s.subject)}
                onOpen={onOpen}
                kind={result.workGroup.pdActivityType}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

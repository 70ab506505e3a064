import ExcelJS from 'exceljs';
import {
  JUDGEMENT_RATING_LABELS,
  type Indicator,
  type JudgementSubject,
  type WorkGroupEvaluationResult,
} from '../../../src-shared/api/evaluation';
import { termOf } from '../../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../../src-shared/calendar/dates';
import {
  CHANGE_JUDGEMENT,
  CLAIM_LEVEL,
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  MEETING_KIND,
  NCETM_AREA,
  OBSERVATION_KIND,
  PD_ACTIVITY_TYPE,
  PHASE,
  YEAR_GROUP,
  type DfeStandard,
  type NcetmArea,
} from '../../../src-shared/domain/enums';
import { FIGURES } from '../../../src-shared/evaluation/figures';
import { judgedBy, rulesFor, statusLabel } from '../../../src-shared/evaluation/kindRules';
import { guskeyEvidenceText } from '../../../src-shared/evaluation/guskeyLevels';
import { indexSnapshot, type WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import { round } from '../../../src-shared/evaluation/text';
import {
  AREA_EVIDENCE_COLUMNS,
  AREA_SELF_RATING_COLUMNS,
  areaEvidenceCells,
  areaSelfRatingCells,
  type CellValue,
  col,
  columnLetter,
  type ColumnType,
  excelDate,
  safeText,
} from './cells';
import { questionnairesTable, researchLessonsTable } from './lessonSurveySheets';
import { applyWidths, type TableSpec, writeTable } from './tables';
import { themeSheets } from './themeSheets';

// The Work Group summary workbook: one sheet per part of the year, each a defined table. Every
// figure is read from the evaluation result (the engine the screens use); the snapshot supplies
// only the records themselves (names, dates, tags) to list.

export interface SchoolDetails {
  id: string;
  name: string;
  urn: string;
  phase: string;
}

const TERM_LABELS = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' } as const;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const areaList = (areas: NcetmArea[]) => areas.map((a) => NCETM_AREA.labels[a]).join('; ');
const standardList = (standards: DfeStandard[]) => standards.map((s) => DFE_STANDARD.labels[s]).join('; ');
const mean = (values: number[]) =>
  values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 2);
const excerpt = (text: string, max = 300) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};

/** An indicator's figure as a number in the unit its cell is formatted for (shares stay 0–1). */
const unitType = (i: Pick<Indicator, 'unit'>): ColumnType =>
  i.unit === 'share' ? 'share' : i.unit === 'mean' ? 'mean' : 'count';

function addSheet(workbook: ExcelJS.Workbook, name: string, frozenRows: number) {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: frozenRows, xSplit: 0, activeCell: `A${frozenRows + 1}` }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

/** A sheet holding one table whose header row is row 1, frozen. */
function tableSheet(workbook: ExcelJS.Workbook, sheetName: string, spec: TableSpec) {
  const sheet = addSheet(workbook, sheetName, 1);
  const widths: number[] = [];
  writeTable(sheet, 1, spec, widths);
  applyWidths(sheet, widths);
  return sheet;
}

export function workGroupWorkbook(
  result: WorkGroupEvaluationResult,
  snapshot: WorkGroupSnapshot,
  schools: SchoolDetails[],
  producedOn: string,
): ExcelJS.Workbook {
  const ix = indexSnapshot(snapshot);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Work Group Evaluator';
  workbook.title = `Work Group summary: ${result.workGroup.code}`;
  workbook.created = excelDate(producedOn) ?? new Date(0);
  workbook.modified = workbook.created;

  const judgementOf = (subject: JudgementSubject) => result.judgements.find((j) => j.subject === subject);
  const ratingOf = (subject: JudgementSubject) => {
    const j = judgementOf(subject);
    return j ? JUDGEMENT_RATING_LABELS[j.rating] : null;
  };
  const indicators = result.standards.flatMap((s) => s.indicators);
  const wholeGroupMeetings = result.attendance.filter((m) => m.wholeGroup);

  // Overview: the title, key figures, then the DfE matrix with the Lead's ratings.
  {
    const sheet = addSheet(workbook, 'Overview', 2);
    const g = result.workGroup;
    sheet.getCell('A1').value = safeText(`Work Group summary: ${g.code} – ${g.name}`);
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getCell('A2').value = safeText(
      `${g.academicYear} · ${g.projectName} · ${PD_ACTIVITY_TYPE.labels[g.pdActivityType]}, judged by the ${rulesFor(g.pdActivityType).name} · Lead: ${g.leadName} · Figures as of ${formatDateGB(result.asOf)}, produced ${formatDateGB(producedOn)}`,
    );
    const widths: number[] = [];
    const overall = result.areas.find((a) => a.selfRatings)?.selfRatings?.overall;
    const { figures } = result;
    const keyFigures: CellValue[][] = [
      [FIGURES.schools.label, figures.schools, 'count', FIGURES.schools.definition],
      [FIGURES.schoolPlaces.label, figures.schoolPlaces, 'count', FIGURES.schoolPlaces.definition],
      [FIGURES.participants.label, figures.participants, 'count', FIGURES.participants.definition],
      [FIGURES.focusChildren.label, figures.focusChildren, 'count', FIGURES.focusChildren.definition],
      [FIGURES.wholeGroupMeetings.label, figures.sessions.wholeGroup, 'count', FIGURES.wholeGroupMeetings.definition],
      [FIGURES.sessions.label, figures.sessions.total, 'count', FIGURES.sessions.definition],
      [FIGURES.attendance.label, figures.attendance.rate, 'share', FIGURES.attendance.definition],
      [FIGURES.changeJudged.label, figures.changeJudged, 'count', FIGURES.changeJudged.definition],
      [FIGURES.standardsMet.label, figures.standardsMet, 'count', FIGURES.standardsMet.definition],
      ['DfE standards expected of its kind', figures.standardsExpected, 'count', judgedBy(g.pdActivityType)],
      ['Readings', result.totals.readings, 'count'],
      ['Journal entries', result.totals.journalEntries, 'count'],
      ['Observations', result.totals.observations, 'count'],
      ['Action-research cycles', result.totals.actionResearchCycles, 'count'],
      ['Impact claims', result.totals.impactClaims, 'count'],
      ['Indicators met', indicators.filter((i) => i.status === 'met').length, 'count'],
      ['Indicators partly met', indicators.filter((i) => i.status === 'partly').length, 'count'],
      ['Indicators not yet met', indicators.filter((i) => i.status === 'not_yet').length, 'count'],
      ['Gaps of high importance', result.gaps.filter((x) => x.severity === 'high').length, 'count'],
      ['Self-ratings: participants rated at both (n)', figures.selfRatings.n, 'count', FIGURES.selfRatings.definition],
      ['Self-ratings: mean at the start', figures.selfRatings.startMean, 'mean', FIGURES.selfRatings.definition],
      ['Self-ratings: mean at the end', figures.selfRatings.endMean, 'mean', FIGURES.selfRatings.definition],
      ['Self-ratings: mean change', overall?.meanChange ?? null, 'mean', FIGURES.selfRatings.definition],
    ];
    let next = writeTable(
      sheet,
      4,
      {
        name: 'KeyFigures',
        columns: [col('Key figure'), col('Value', 'number'), col('What it counts', 'longText')],
        rows: keyFigures.map((r) => [r[0]!, r[1]!, r[3] ?? null]),
        emptyText: '',
      },
      widths,
    );
    keyFigures.forEach((r, i) => {
      if (r[2] === 'mean') sheet.getCell(5 + i, 2).numFmt = '0.00';
      if (r[2] === 'share') sheet.getCell(5 + i, 2).numFmt = '0%';
    });
    next += 1;
    sheet.getCell(next, 1).value =
      'DfE Standard for teachers’ professional development: indicators and the Lead’s ratings';
    sheet.getCell(next, 1).font = { bold: true, size: 12 };
    const matrixStart = next + 1;
    next = writeTable(
      sheet,
      matrixStart,
      {
        name: 'DfeMatrix',
        columns: [
          col('Standard'),
          col('Standard status', 'status'),
          col('Lead’s rating', 'rating'),
          col('Indicator', 'longText'),
          col('Value', 'number'),
          col('Target', 'number'),
          col('Expected by now', 'number'),
          col('Status', 'status'),
          col('Detail', 'longText'),
        ],
        rows: result.standards.flatMap((s) =>
          s.indicators.map((i) => [
            s.label,
            statusLabel(s.status, result.workGroup.pdActivityType),
            ratingOf(`standard:${s.standard}`),
            i.label,
            i.value,
            i.target,
            i.expectedByNow,
            statusLabel(i.status, result.workGroup.pdActivityType),
            i.detail,
          ]),
        ),
        emptyText: 'No indicators',
      },
      widths,
    );
    // Each figure in the unit its indicator counts in.
    indicators.forEach((i, k) => {
      const fmt = unitType(i) === 'share' ? '0%' : unitType(i) === 'mean' ? '0.0' : '0';
      for (const c of [5, 6, 7]) sheet.getCell(matrixStart + 1 + k, c).numFmt = fmt;
    });
    next += 1;
    sheet.getCell(next, 1).value = 'The Lead’s judgements';
    sheet.getCell(next, 1).font = { bold: true, size: 12 };
    writeTable(
      sheet,
      next + 1,
      {
        name: 'LeadJudgements',
        columns: [
          col('Standard or area'),
          col('Rating', 'rating'),
          col('Narrative', 'longText'),
          col('Evidence linked', 'count'),
          col('Last changed', 'date'),
        ],
        rows: result.judgements.map((j) => {
          const [kind, id] = j.subject.split(':') as ['standard' | 'area', string];
          const label =
            kind === 'standard' ? DFE_STANDARD.labels[id as DfeStandard] : NCETM_AREA.labels[id as NcetmArea];
          return [label, JUDGEMENT_RATING_LABELS[j.rating], j.narrative, j.evidence.length, excelDate(j.updatedAt)];
        }),
        emptyText: 'The Lead has not rated any standard or area yet',
      },
      widths,
    );
    applyWidths(sheet, widths);
  }

  // Schools and leaders.
  const details = new Map(schools.map((s) => [s.id, s]));
  tableSheet(workbook, 'Schools and leaders', {
    name: 'Schools',
    columns: [
      col('School'),
      col('URN'),
      col('Phase'),
      col('Senior leader'),
      col('Senior leader’s role'),
      col('Named in development plan'),
      col('Leader engagements', 'count'),
      col('Last engagement', 'date'),
      col('Participants', 'count'),
      col('Intended impact', 'longText'),
      col('End-of-year evaluation', 'longText'),
      col('How the work continues', 'longText'),
    ],
    rows: snapshot.schoolParticipations.map((p) => {
      const school = details.get(p.schoolId);
      const last = [...p.leaderEngagements]
        .map((e) => e.date)
        .sort()
        .at(-1);
      return [
        ix.schoolName(p.schoolId),
        school?.urn || null,
        school?.phase ? (PHASE.labels[school.phase as keyof typeof PHASE.labels] ?? school.phase) : null,
        p.seniorLeaderName,
        p.seniorLeaderRole,
        yesNo(p.namedInDevelopmentPlan),
        p.leaderEngagements.length,
        excelDate(last),
        snapshot.participants.filter((x) => x.schoolId === p.schoolId).length,
        p.intendedImpact,
        p.endEvaluation,
        p.continuationPlan,
      ];
    }),
    emptyText: 'No schools recorded yet',
  });

  // Participants, with their own start and end self-ratings.
  const attendedBy = (participantId: string) =>
    result.attendance.filter((m) => m.wholeGroup && ix.meeting(m.meetingId)?.attendeeIds.includes(participantId))
      .length;
  tableSheet(workbook, 'Participants', {
    name: 'Participants',
    columns: [
      col('Name'),
      col('School'),
      col('Role'),
      col('Research question', 'longText'),
      col('Self-rating at the start (mean)', 'mean'),
      col('Self-rating at the end (mean)', 'mean'),
      col('Change in self-rating', 'mean'),
      col('Whole-group meetings attended', 'count'),
      col('Attendance', 'share'),
      col('Focus children', 'count'),
      col('Journal entries', 'count'),
      col('Action-research cycles', 'count'),
    ],
    rows: snapshot.participants.map((p) => {
      const start = mean(Object.values(p.startRatings));
      const end = mean(Object.values(p.endRatings));
      const attended = attendedBy(p.id);
      return [
        p.name,
        ix.schoolName(p.schoolId),
        p.role,
        p.researchQuestion,
        start,
        end,
        start !== null && end !== null ? round(end - start, 2) : null,
        attended,
        wholeGroupMeetings.length === 0 ? null : round(attended / wholeGroupMeetings.length, 4),
        snapshot.focusChildren.filter((c) => c.participantId === p.id).length,
        snapshot.journalEntries.filter((j) => j.participantId === p.id).length,
        snapshot.actionResearchCycles.filter((c) => c.participantId === p.id).length,
      ];
    }),
    emptyText: 'No participants recorded yet',
  });

  // Meetings, with the engine's attendance figures.
  tableSheet(workbook, 'Meetings', {
    name: 'Meetings',
    columns: [
      col('Date', 'date'),
      col('Term'),
      col('Kind'),
      col('Host school'),
      col('Whole-group meeting'),
      col('Attended', 'count'),
      col('Participants', 'count'),
      col('Attendance', 'share'),
      col('Readings discussed', 'count'),
      col('NCETM areas'),
      col('DfE standards'),
      col('Notes', 'longText'),
    ],
    rows: result.attendance.map((m) => {
      const meeting = ix.meeting(m.meetingId);
      return [
        excelDate(m.date),
        TERM_LABELS[termOf(m.date)],
        MEETING_KIND.labels[m.kind as keyof typeof MEETING_KIND.labels] ?? m.kind,
        meeting?.hostSchoolId ? ix.schoolName(meeting.hostSchoolId) : null,
        yesNo(m.wholeGroup),
        m.attended,
        m.participants,
        m.rate,
        meeting?.readingIds.length ?? 0,
        meeting ? areaList(meeting.areas) : null,
        meeting ? standardList(meeting.standards) : null,
        meeting ? excerpt(meeting.notes) : null,
      ];
    }),
    emptyText: `No meetings up to ${formatDateGB(result.asOf)}`,
  });

  // Attendance: participants down, meetings across, 1 for attended.
  {
    const meetings = result.attendance;
    const meetingColumns = meetings.map((m) =>
      col(
        `${formatDateGB(m.date)} ${MEETING_KIND.labels[m.kind as keyof typeof MEETING_KIND.labels] ?? m.kind}`,
        'count',
      ),
    );
    const columns = [
      col('Participant'),
      col('School'),
      ...meetingColumns,
      col('Sessions attended', 'count'),
      col('Attendance at whole-group meetings', 'share'),
    ];
    const sheet = tableSheet(workbook, 'Attendance', {
      name: 'Attendance',
      columns,
      rows: snapshot.participants.map((p) => {
        const marks = meetings.map((m) => (ix.meeting(m.meetingId)?.attendeeIds.includes(p.id) ? 1 : 0));
        const attended = attendedBy(p.id);
        return [
          p.name,
          ix.schoolName(p.schoolId),
          ...marks,
          marks.reduce<number>((a, b) => a + b, 0),
          wholeGroupMeetings.length === 0 ? null : round(attended / wholeGroupMeetings.length, 4),
        ];
      }),
      emptyText: 'No participants recorded yet',
    });
    if (meetings.length > 0 && snapshot.participants.length > 0) {
      const first = columns.indexOf(meetingColumns[0]!) + 1;
      const ref = `${columnLetter(first)}2:${columnLetter(first + meetings.length - 1)}${1 + snapshot.participants.length}`;
      sheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'cellIs',
            operator: 'equal',
            formulae: ['1'],
            priority: 1,
            style: {
              fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' }, bgColor: { argb: 'FFC6EFCE' } },
            },
          },
        ],
      });
    }
  }

  // Focus children: codes only, never names.
  tableSheet(workbook, 'Focus children', {
    name: 'FocusChildren',
    columns: [
      col('Code'),
      col('Year group'),
      col('Followed by'),
      col('Desired change', 'longText'),
      col('Observations', 'count'),
      col('Measures', 'count'),
      col('Change judgement (1–5)', 'changeJudgement'),
      col('Change'),
      col('Consent recorded'),
      col('Retain until', 'date'),
    ],
    rows: snapshot.focusChildren.map((c) => {
      const observations = snapshot.observations.filter((o) => o.focusChildId === c.id && o.date <= result.asOf);
      return [
        c.code,
        YEAR_GROUP.labels[c.yearGroup],
        ix.participant(c.participantId)?.name ?? null,
        c.desiredChange,
        observations.length,
        observations.filter((o) => o.kind === 'measure').length,
        c.changeJudgement ?? null,
        c.changeJudgement ? CHANGE_JUDGEMENT.labels[String(c.changeJudgement) as '1'] : 'Not judged yet',
        yesNo(c.consentRecorded),
        excelDate(c.retainUntil),
      ];
    }),
    emptyText: 'No focus children recorded yet',
  });

  // Evidence log: one row per tagged piece of evidence, with a 0/1 column per area and standard for pivots.
  {
    type Row = {
      date: string | undefined;
      kind: string;
      item: string;
      participant: string | null;
      child: string | null;
      areas: NcetmArea[];
      standards: DfeStandard[];
      guskey: number | undefined;
      strength: string | undefined;
      text: string;
    };
    const who = (id: string) => ix.participant(id)?.name ?? null;
    const rows: Row[] = [
      ...snapshot.journalEntries.map((j) => ({
        date: j.date,
        kind: 'Journal entry',
        item: ix.item('journalEntry', j.id).label,
        participant: who(j.participantId),
        child: j.focusChildIds.map((id) => ix.child(id)?.code ?? '').join(', ') || null,
        areas: j.areas,
        standards: j.standards,
        guskey: j.guskeyLevel,
        strength: j.strength,
        text: j.text,
      })),
      ...snapshot.observations.map((o) => {
        const child = ix.child(o.focusChildId);
        return {
          date: o.date,
          kind: `Observation: ${OBSERVATION_KIND.labels[o.kind]}`,
          item: ix.item('observation', o.id).label,
          participant: child ? who(child.participantId) : null,
          child: child?.code ?? null,
          areas: o.areas,
          standards: o.standards,
          guskey: o.guskeyLevel,
          strength: o.strength,
          text: o.kind === 'measure' ? `${o.measureValue ?? ''} (${o.measureScale}) ${o.text}` : o.text,
        };
      }),
      ...snapshot.meetings.map((m) => ({
        date: m.date,
        kind: 'Meeting',
        item: ix.item('meeting', m.id).label,
        participant: null,
        child: null,
        areas: m.areas,
        standards: m.standards,
        guskey: m.guskeyLevel,
        strength: m.strength,
        text: m.notes,
      })),
      ...snapshot.supportDays.map((d) => ({
        date: d.date,
        kind: 'Support day',
        item: ix.item('supportDay', d.id).label,
        participant: null,
        child: null,
        areas: d.areas,
        standards: d.standards,
        guskey: d.guskeyLevel,
        strength: d.strength,
        text: [d.notes, d.nextSteps].filter(Boolean).join(' … '),
      })),
      ...snapshot.actionResearchCycles.map((c) => ({
        date: c.startDate ?? c.endDate,
        kind: 'Action-research cycle',
        item: ix.item('actionResearchCycle', c.id).label,
        participant: who(c.participantId),
        child: null,
        areas: c.areas,
        standards: c.standards,
        guskey: c.guskeyLevel,
        strength: c.strength,
        text: [c.plan, c.reflect].filter(Boolean).join(' … '),
      })),
      ...snapshot.impactClaims.map((c) => ({
        date: undefined,
        kind: `Impact claim (${CLAIM_LEVEL.labels[c.level]})`,
        item: ix.item('impactClaim', c.id).label,
        participant: c.level === 'participant' && c.subjectId ? who(c.subjectId) : null,
        child: null,
        areas: [c.area],
        standards: c.standard ? [c.standard] : [],
        guskey: undefined,
        strength: c.strength,
        text: c.statement,
      })),
    ].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    tableSheet(workbook, 'Evidence log', {
      name: 'EvidenceLog',
      columns: [
        col('Date', 'date'),
        col('Term'),
        col('Kind'),
        col('Item'),
        col('Participant'),
        col('Focus child'),
        col('NCETM areas'),
        col('DfE standards'),
        col('Guskey level', 'count'),
        col('Strength'),
        ...NCETM_AREA.values.map((a) => col(NCETM_AREA.labels[a], 'count')),
        ...DFE_STANDARD.values.map((s) => col(`Standard ${DFE_STANDARD.labels[s].slice(0, 1)}`, 'count')),
        col('Excerpt', 'longText'),
      ],
      rows: rows.map((r) => [
        excelDate(r.date),
        r.date ? TERM_LABELS[termOf(r.date)] : 'Undated',
        r.kind,
        r.item,
        r.participant,
        r.child,
        areaList(r.areas),
        standardList(r.standards),
        r.guskey ?? null,
        r.strength ? EVIDENCE_STRENGTH.labels[r.strength as keyof typeof EVIDENCE_STRENGTH.labels] : null,
        ...NCETM_AREA.values.map((a) => (r.areas.includes(a) ? 1 : 0)),
        ...DFE_STANDARD.values.map((s) => (r.standards.includes(s) ? 1 : 0)),
        excerpt(r.text),
      ]),
      emptyText: 'No evidence recorded yet',
    });
  }

  // NCETM areas, as the engine summarises them.
  tableSheet(workbook, 'NCETM areas', {
    name: 'NcetmAreas',
    columns: [
      col('Outcome area'),
      col('Lead’s rating', 'rating'),
      col('Intended outcomes', 'count'),
      ...AREA_EVIDENCE_COLUMNS,
      ...[1, 2, 3, 4, 5].map((level) => col(`Guskey level ${level}`, 'count')),
      ...AREA_SELF_RATING_COLUMNS,
      col('Intended outcomes (text)', 'longText'),
    ],
    rows: result.areas.map((a) => [
      a.label,
      ratingOf(`area:${a.area}`),
      a.intendedOutcomes.length,
      ...areaEvidenceCells(a),
      ...[1, 2, 3, 4, 5].map((level) => a.guskeyLevels.find((g) => g.level === level)?.count ?? 0),
      ...areaSelfRatingCells(a),
      a.intendedOutcomes.map((o) => o.statement).join('\n'),
    ]),
    emptyText: 'No areas',
  });

  // Guskey's five levels, as the engine judges them.
  tableSheet(workbook, 'Evidence by level', {
    name: 'GuskeyLevels',
    columns: [
      col('Guskey level'),
      col('Records', 'count'),
      col('Evidence'),
      col('Strength'),
      col('Strongest records', 'longText'),
      col('Still missing', 'longText'),
    ],
    rows: result.guskeyLevels.map((l) => [
      l.label,
      l.total,
      guskeyEvidenceText(l),
      l.strength ? EVIDENCE_STRENGTH.labels[l.strength] : null,
      l.strongest.map((r) => r.label).join('\n'),
      l.missing || null,
    ]),
    emptyText: 'No levels',
  });

  tableSheet(workbook, 'Research lessons', researchLessonsTable(snapshotAsOf(snapshot, result.asOf)));
  tableSheet(workbook, 'Questionnaires', questionnairesTable(result.surveys));

  // Gaps, most important first (the engine's order).
  tableSheet(workbook, 'Gaps', {
    name: 'Gaps',
    columns: [
      col('Importance', 'status'),
      col('Gap', 'longText'),
      col('DfE standards'),
      col('NCETM areas'),
      col('Records concerned', 'count'),
      col('Which', 'longText'),
    ],
    rows: result.gaps.map((g) => [
      g.severity === 'high' ? 'High' : g.severity === 'medium' ? 'Medium' : 'Low',
      g.message,
      standardList(g.standards),
      areaList(g.areas),
      g.items.length,
      g.items.map((i) => i.label).join('; '),
    ]),
    emptyText: 'No gaps found',
  });

  themeSheets(snapshot, {
    table: (name, spec) => tableSheet(workbook, name, spec),
    plain: (name, frozenRows) => addSheet(workbook, name, frozenRows),
  });

  return workbook;
}

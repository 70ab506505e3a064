import type { HubRollup } from '../../src-shared/api/evaluation';
import type { DocumentRequest, MissingItem } from '../../src-shared/api/exports';
import { DomainError } from '../../src-shared/api/errors';
import {
  attendanceByMeetingChart,
  changeDistributionChart,
  coverageChart,
  evidenceOverYearChart,
  selfRatingsChart,
  type EvaluationChart,
} from '../../src-shared/charts/evaluationCharts';
import { chartCaption, groupChartContext, hubChartContext, type ChartContext } from '../../src-shared/charts/caption';
import { measuresChart } from '../../src-shared/charts/measuresChart';
import type { WorkGroupSnapshot } from '../../src-shared/evaluation/snapshot';
import type { Finding } from '../../src-shared/privacy/findings';
import { applyReplacements, scanForPersonalData, type ScanOptions } from '../../src-shared/privacy/scan';
import { evaluationService } from '../services/evaluation';
import { recordStore } from '../services/records';
import { keyFindingsService } from '../services/keyFindings';
import { readSettings } from '../services/settings';
import { hubThemesOf } from '../services/themes';
import type { Store } from '../store/store';
import { renderChart } from './chartImage';
import { missingFor } from './completeness';
import { passGate, scanScope, scanScopes, withIndicatorDetails } from './gate';
import { imageSize } from './imageSize';
import { documentText } from './outgoingText';
import { hubDeck } from './slides/hubDeck';
import { workGroupDeck } from './slides/workGroupDeck';
import { childrenAcrossTheRange } from './hubPack';
import { actionResearchDocument } from './word/actionResearch';
import { toBuffer } from './word/blocks';
import { caseStudyDocument } from './word/caseStudy';
import { hubSummaryDocument } from './word/hubSummary';
import { reportDocument, type ReportChart } from './word/report';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** How many Work Groups a hub report or deck quotes and tells stories from. */
const SHOWCASE_GROUPS = 6;

type Replacements = ReadonlyMap<string, string>;

/** Applies "replace in this export only" to every piece of text a document is made from, never to ids. */
function replaced<T>(value: T, replacements: Replacements): T {
  if (replacements.size === 0) return value;
  const walk = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') return /id$|ids$/i.test(key) ? v : applyReplacements(v, replacements);
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(value) as T;
}

/** A chart drawn for a page, with the caption the screen shows under it ("saved" the day the document is made). */
const drawn = (chart: EvaluationChart, title: string, context: ChartContext & { savedOn: string }): ReportChart => ({
  image: renderChart(chart.config),
  title,
  altText: chart.altText,
  caption: chartCaption(chart.sample, context),
});

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface ProducedDocument {
  fileName: string;
  mimeType: string;
  data: Buffer;
  findings: Finding[];
  missing: MissingItem[];
}

export function exportService(store: Store) {
  const evaluation = evaluationService(store);
  const records = recordStore(store);
  const today = () => store.now().slice(0, 10);

  const workGroupOf = (kind: 'focusChild' | 'participant', id: string) => {
    const record = records.find(kind, id);
    if (!record)
      throw new DomainError(
        'not_found',
        `That ${kind === 'focusChild' ? 'focus child' : 'participant'} no longer exists.`,
      );
    return record['workGroupId'] as string;
  };

  const images = (snapshot: WorkGroupSnapshot, focusChildId: string) => {
    const map = new Map<string, { data: Buffer; type: 'png' | 'jpg'; width: number; height: number }>();
    for (const o of snapshot.observations) {
      if (o.focusChildId !== focusChildId || !o.attachmentId) continue;
      const row = store
        .statement<[string], { data: Buffer }>('SELECT data FROM attachment WHERE id = ? AND deleted_at IS NULL')
        .get(o.attachmentId);
      const size = row && imageSize(row.data);
      if (row && size) map.set(o.attachmentId, { data: row.data, ...size });
    }
    return map;
  };

  /** A focus child's measures drawn on their own scale, or nothing when the child has no measure. */
  const childMeasuresChart = (snapshot: WorkGroupSnapshot, child: { id: string; code: string }) => {
    const measures = snapshot.observations.filter((o) => o.focusChildId === child.id && o.kind === 'measure');
    if (measures.length === 0) return undefined;
    const chart = measuresChart(child.code, measures);
    return { image: renderChart(chart.config), title: chart.caption, altText: chart.altText };
  };

  /** Quotes and stories are chosen from many: a deck passes over those the check would flag. */
  const quotableUnder = (scope: ScanOptions) => (text: string) =>
    scanForPersonalData([{ where: '', text }], scope).length === 0;

  const hubName = () => readSettings(store).hubName;
  /** The hub's name is the Lead's own setting, printed on the title: never taken for a pupil's name. */
  const withHubName = (scope: ScanOptions): ScanOptions => ({
    ...scope,
    allowed: [...(scope.allowed ?? []), ...(hubName() ? [hubName()] : [])],
  });

  /** The Work Groups a hub document quotes and tells stories from: those meeting most standards. */
  const showcaseOf = (rollup: HubRollup, replacements: Replacements) =>
    [...rollup.rows]
      .sort((a, b) => b.met - a.met || a.highGaps - b.highGaps)
      .slice(0, SHOWCASE_GROUPS)
      .map((row) => ({
        evaluation: replaced(evaluation.evaluateWorkGroup(row.workGroup.id), replacements),
        snapshot: replaced(evaluation.snapshot(row.workGroup.id), replacements),
      }));

  async function build(
    request: DocumentRequest,
    showSchool: boolean,
    replacements: Replacements,
  ): Promise<ProducedDocument> {
    let data: Buffer;
    let fileName: string;
    let mimeType = DOCX_MIME;
    let scanOptions: ScanOptions = {};
    let missing: MissingItem[] = [];
    const stillToComplete = () => missing.map((m) => m.text);
    switch (request.kind) {
      case 'caseStudy': {
        const snapshot = replaced(evaluation.snapshot(workGroupOf('focusChild', request.focusChildId)), replacements);
        const child = snapshot.focusChildren.find((c) => c.id === request.focusChildId)!;
        missing = missingFor(request, snapshot, []);
        const chart = childMeasuresChart(snapshot, child);
        const document = caseStudyDocument(snapshot, child.id, {
          showSchool,
          producedOn: today(),
          images: images(snapshot, child.id),
          stillToComplete: stillToComplete(),
          ...(chart ? { measuresChart: chart } : {}),
        });
        data = await toBuffer(document);
        fileName = `case-study-${child.code}.docx`;
        scanOptions = scanScope(snapshot, showSchool);
        break;
      }
      case 'actionResearch': {
        const snapshot = replaced(evaluation.snapshot(workGroupOf('participant', request.participantId)), replacements);
        missing = missingFor(request, snapshot, []);
        const children = snapshot.focusChildren.filter((c) => c.participantId === request.participantId);
        const charts = children.flatMap((c) => {
          const chart = childMeasuresChart(snapshot, c);
          return chart ? [[c.id, chart] as const] : [];
        });
        data = await toBuffer(
          actionResearchDocument(snapshot, request.participantId, {
            showSchool,
            producedOn: today(),
            images: new Map(children.flatMap((c) => [...images(snapshot, c.id)])),
            measuresCharts: new Map(charts),
            stillToComplete: stillToComplete(),
          }),
        );
        const participant = snapshot.participants.find((p) => p.id === request.participantId)!;
        fileName = `action-research-${showSchool ? slug(participant.name) : request.participantId.slice(0, 8)}.docx`;
        scanOptions = scanScope(snapshot, showSchool);
        break;
      }
      case 'report': {
        const result = replaced(evaluation.evaluateWorkGroup(request.workGroupId), replacements);
        const snapshot = replaced(evaluation.snapshot(request.workGroupId), replacements);
        missing = missingFor(request, snapshot, result.judgements);
        const ratings = result.areas.find((a) => a.selfRatings)?.selfRatings;
        const context = { ...groupChartContext(result.workGroup, result.asOf), savedOn: today() };
        const document = reportDocument(
          result,
          snapshot,
          {
            attendance: drawn(
              attendanceByMeetingChart(result.attendance, result.figures.attendance.rate),
              'Attendance by meeting',
              context,
            ),
            evidenceByArea: drawn(
              evidenceOverYearChart(result.areas),
              'Evidence over the year by NCETM outcome area',
              context,
            ),
            change: drawn(changeDistributionChart(result.changeDistribution), 'Focus children’s change', context),
            ...(ratings
              ? { selfRatings: drawn(selfRatingsChart(ratings), 'Self-ratings, start and end', context) }
              : {}),
            coverage: drawn(coverageChart(result.coverage), 'Evidence across standards and areas', context),
          },
          {
            keyFindings: replaced(keyFindingsService(store).read(request.workGroupId), replacements),
            showNames: showSchool,
            producedOn: today(),
            stillToComplete: stillToComplete(),
            yearOnYear: replaced(evaluation.compareWithPreviousYear(request.workGroupId), replacements),
          },
        );
        data = await toBuffer(document);
        fileName = `evaluation-report-${result.workGroup.code}.docx`;
        // A report is for the school's leaders and the hub: it names the group's people and schools.
        scanOptions = scanScope(snapshot, true);
        break;
      }
      case 'hubSummary': {
        const { kind: _kind, ...filters } = request;
        void _kind;
        const rollup = replaced(evaluation.evaluateHub(filters), replacements);
        const snapshots = rollup.rows
          .slice(0, 40)
          .map((row) => ({ row, snapshot: replaced(evaluation.snapshot(row.workGroup.id), replacements) }));
        const showcase = showcaseOf(rollup, replacements);
        const context = { ...hubChartContext(rollup, today()), savedOn: today() };
        scanOptions = withHubName(
          scanScopes(
            [...snapshots, ...showcase].map((s) => s.snapshot),
            true,
          ),
        );
        const document = hubSummaryDocument(rollup, {
          hubName: hubName(),
          showcase,
          showSchool,
          quotable: quotableUnder(scanOptions),
          charts: [
            drawn(evidenceOverYearChart(rollup.areas), 'Evidence over the year by NCETM outcome area', context),
            drawn(changeDistributionChart(rollup.changeDistribution), 'Focus children’s change', context),
            drawn(coverageChart(rollup.coverage), 'Evidence across standards and areas', context),
          ],
          excerpts: childrenAcrossTheRange(snapshots, (s) => s.snapshot.focusChildren, 6).map(({ group, child }) => ({
            code: child.code,
            workGroupName: group.row.workGroup.name,
            desiredChange: child.desiredChange,
            changeJudgement: child.changeJudgement,
            change: child.changeNote,
          })),
          themes: replaced(hubThemesOf(store, rollup), replacements),
          producedOn: today(),
        });
        data = await toBuffer(document);
        fileName = `hub-summary-${today()}.docx`;
        break;
      }
      case 'workGroupSlides': {
        const result = replaced(evaluation.evaluateWorkGroup(request.workGroupId), replacements);
        const snapshot = replaced(evaluation.snapshot(request.workGroupId), replacements);
        missing = missingFor(request, snapshot, result.judgements);
        // Slides are shown to a hall: teachers and schools are named only when the Lead chooses.
        scanOptions = withIndicatorDetails(scanScope(snapshot, showSchool), result);
        data = await workGroupDeck(result, snapshot, {
          showSchool,
          quotable: quotableUnder(scanOptions),
          producedOn: today(),
          yearOnYear: replaced(evaluation.compareWithPreviousYear(request.workGroupId), replacements),
        });
        fileName = `slides-${result.workGroup.code}.pptx`;
        mimeType = PPTX_MIME;
        break;
      }
      case 'hubSlides': {
        const { kind: _kind, ...filters } = request;
        void _kind;
        const rollup = replaced(evaluation.evaluateHub(filters), replacements);
        const showcase = showcaseOf(rollup, replacements);
        scanOptions = withHubName(
          scanScopes(
            showcase.map((g) => g.snapshot),
            showSchool,
          ),
        );
        data = await hubDeck(rollup, showcase, {
          showSchool,
          producedOn: today(),
          quotable: quotableUnder(scanOptions),
          hubName: hubName(),
          themes: replaced(hubThemesOf(store, rollup), replacements),
        });
        fileName = `hub-slides-${today()}.pptx`;
        mimeType = PPTX_MIME;
        break;
      }
    }
    const findings = scanForPersonalData(await documentText(data), scanOptions);
    return { fileName, mimeType, data, findings, missing };
  }

  return {
    check: async (request: DocumentRequest, showSchool: boolean) => {
      const { findings, missing } = await build(request, showSchool, new Map());
      return { findings, missing };
    },

    /** Builds the document; refuses while the check still finds something, unless the user accepts it. */
    produce: async (
      request: DocumentRequest,
      options: { showSchool: boolean; replacements: { match: string; replacement: string }[]; allowFlagged: boolean },
    ): Promise<ProducedDocument> => {
      const replacements = new Map(options.replacements.map((r) => [r.match, r.replacement]));
      const produced = await build(request, options.showSchool, replacements);
      passGate(produced.findings, { allowFlagged: options.allowFlagged, what: 'document', replaceable: true });
      return produced;
    },
  };
}

export function exportHandlers(store: Store) {
  const service = exportService(store);
  return {
    'export.check': async ({ document, showSchool }: { document: DocumentRequest; showSchool: boolean }) =>
      service.check(document, showSchool),
    'export.document': async (input: {
      document: DocumentRequest;
      showSchool: boolean;
      replacements: { match: string; replacement: string }[];
      allowFlagged: boolean;
    }) => {
      const produced = await service.produce(input.document, input);
      return {
        fileName: produced.fileName,
        mimeType: produced.mimeType,
        dataBase64: produced.data.toString('base64'),
        findings: produced.findings,
        missing: produced.missing,
      };
    },
  };
}

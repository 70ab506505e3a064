import { Writable } from 'node:stream';
import type { JudgementSubject, Judgement } from '../../../src-shared/api/evaluation';
import { XLSX_MIME, type WorkbookExportInput, type WorkbookRequest } from '../../../src-shared/api/spreadsheets';
import { taggedEvidence } from '../../../src-shared/evaluation/areas';
import { defaultAsOf, snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import type { MissingItem } from '../../../src-shared/api/exports';
import type { Finding } from '../../../src-shared/privacy/findings';
import { scanForPersonalData } from '../../../src-shared/privacy/scan';
import { evaluationService } from '../../services/evaluation';
import { recordStore } from '../../services/records';
import { reportProgress } from '../../services/jobs';
import type { Store } from '../../store/store';
import { missingForSummary } from '../completeness';
import { passGate, scanScope, withIndicatorDetails } from '../gate';
import { documentText } from '../outgoingText';
import { type HubEvidence, writeHubWorkbook } from './hubWorkbook';
import { hubThemesOf } from '../../services/themes';
import { type SchoolDetails, workGroupWorkbook } from './workGroupWorkbook';

export interface ProducedWorkbook {
  fileName: string;
  data: Buffer;
  findings: Finding[];
  /** What the Work Group's year does not hold yet (the report's list); nothing for the hub workbook. */
  missing: MissingItem[];
}

/** Collects what a streaming writer writes, for the doors that carry the file as one value. */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.chunks.push(chunk);
    done();
  }
}

export function workbookService(store: Store) {
  const evaluation = evaluationService(store);
  const records = recordStore(store);
  const today = () => store.now().slice(0, 10);

  const ratings = () => {
    const byGroup = new Map<string, Map<JudgementSubject, Judgement['rating']>>();
    const rows = store
      .statement<[], { work_group_id: string; subject: JudgementSubject; rating: Judgement['rating'] }>(
        'SELECT work_group_id, subject, rating FROM judgement WHERE deleted_at IS NULL',
      )
      .all();
    for (const row of rows) {
      const map = byGroup.get(row.work_group_id) ?? new Map();
      map.set(row.subject, row.rating);
      byGroup.set(row.work_group_id, map);
    }
    return byGroup;
  };

  /** A group's evidence up to the same "as of" date the roll-up used, counted as the workbook is written. */
  const evidenceOf = (asOf: string | undefined, groups: number) => {
    let written = 0;
    return (workGroupId: string) => {
      reportProgress('Writing the workbook', ++written, groups);
      return evidenceAsOf(asOf, workGroupId);
    };
  };

  const evidenceAsOf = (asOf: string | undefined, workGroupId: string) => {
    const full = evaluation.snapshot(workGroupId);
    const snapshot = snapshotAsOf(full, asOf ?? defaultAsOf(full.workGroup.academicYear, today()));
    const pieces: HubEvidence[] = taggedEvidence(snapshot);
    for (const claim of snapshot.impactClaims) {
      pieces.push({
        kind: 'impactClaim',
        id: claim.id,
        areas: [claim.area],
        standards: claim.standard ? [claim.standard] : [],
        strength: claim.strength,
      });
    }
    return pieces;
  };

  type HubRequest = Extract<WorkbookRequest, { kind: 'hub' }>;
  const hubSource = (request: HubRequest) => {
    const { kind: _kind, ...filters } = request;
    void _kind;
    const rollup = evaluation.evaluateHub(filters);
    return {
      rollup,
      themes: hubThemesOf(store, rollup),
      ratings: ratings(),
      evidenceOf: evidenceOf(request.asOf, rollup.rows.length),
      producedOn: today(),
    };
  };

  /**
   * The hub workbook holds figures and the app's own labels; the words people typed into it are each
   * group's name and project (its Lead is named by design). Checked from the roll-up, so a national
   * workbook is never read back whole.
   */
  const hubFindings = (source: ReturnType<typeof hubSource>) =>
    scanForPersonalData(
      [
        ...source.rollup.rows.map(({ workGroup }) => ({
          where: `Work Group ${workGroup.code}`,
          text: `${workGroup.name}. ${workGroup.projectName}`,
        })),
        // Themes are named by the Leads.
        ...source.themes.themes.flatMap((t) =>
          t.groups.map((g) => ({ where: `Themes across groups, ${g.code}`, text: `${g.name}.` })),
        ),
      ],
      { allowed: source.rollup.rows.map((row) => row.workGroup.leadName) },
    );

  /** The Work Group summary names the group's people and schools, as the report does; the check reads the file itself. */
  const workGroupSummary = async (request: Extract<WorkbookRequest, { kind: 'workGroup' }>) => {
    const result = evaluation.evaluateWorkGroup(request.workGroupId, request.asOf);
    const snapshot = evaluation.snapshot(request.workGroupId);
    const schools: SchoolDetails[] = snapshot.schools.map((s) => {
      const record = records.find('school', s.id);
      return {
        id: s.id,
        name: s.name,
        urn: String(record?.['urn'] ?? ''),
        phase: String(record?.['phase'] ?? ''),
      };
    });
    const workbook = workGroupWorkbook(result, snapshot, schools, today());
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const findings = scanForPersonalData(
      await documentText(data),
      withIndicatorDetails(scanScope(snapshot, true), result),
    );
    return {
      fileName: `work-group-summary-${result.workGroup.code}.xlsx`,
      data,
      findings,
      missing: missingForSummary(snapshot, result.judgements),
    };
  };

  const gate = (findings: Finding[], allowFlagged: boolean) =>
    passGate(findings, { allowFlagged, what: 'workbook', replaceable: false });

  return {
    /** What the personal-data check finds in the workbook, for the user to look at before it is made. */
    check: async (request: WorkbookRequest): Promise<{ findings: Finding[]; missing: MissingItem[] }> => {
      if (request.kind === 'hub') return { findings: hubFindings(hubSource(request)), missing: [] };
      const { findings, missing } = await workGroupSummary(request);
      return { findings, missing };
    },

    /**
     * Writes the hub workbook into a stream (a file, for the command line) that `open` gives once it
     * has let the check's findings out.
     */
    writeHub: async (request: HubRequest, open: (findings: Finding[]) => Writable) => {
      const source = hubSource(request);
      await writeHubWorkbook(source, open(hubFindings(source)));
    },

    produce: async ({ allowFlagged, ...request }: WorkbookExportInput): Promise<ProducedWorkbook> => {
      if (request.kind === 'hub') {
        const source = hubSource(request);
        const findings = hubFindings(source);
        gate(findings, allowFlagged);
        const collector = new Collector();
        await writeHubWorkbook(source, collector);
        return {
          fileName: `hub-workbook-${today()}.xlsx`,
          data: Buffer.concat(collector.chunks),
          findings,
          missing: [],
        };
      }
      const produced = await workGroupSummary(request);
      gate(produced.findings, allowFlagged);
      return produced;
    },
  };
}

export function workbookHandlers(store: Store) {
  const service = workbookService(store);
  return {
    'export.workbookCheck': async (request: WorkbookRequest) => service.check(request),
    'export.workbook': async (request: WorkbookExportInput) => {
      const produced = await service.produce(request);
      return {
        fileName: produced.fileName,
        mimeType: XLSX_MIME,
        dataBase64: produced.data.toString('base64'),
        findings: produced.findings,
        missing: produced.missing,
      };
    },
  };
}

import { Writable } from 'node:stream';
import type { JudgementSubject, Judgement } from '../../../src-shared/api/evaluation';
import { XLSX_MIME, type WorkbookRequest } from '../../../src-shared/api/spreadsheets';
import { taggedEvidence } from '../../../src-shared/evaluation/areas';
import { defaultAsOf, snapshotAsOf } from '../../../src-shared/evaluation/workGroup';
import { evaluationService } from '../../services/evaluation';
import { recordStore } from '../../services/records';
import { reportProgress } from '../../services/jobs';
import type { Store } from '../../store/store';
import { type HubEvidence, writeHubWorkbook } from './hubWorkbook';
import { type SchoolDetails, workGroupWorkbook } from './workGroupWorkbook';

export interface ProducedWorkbook {
  fileName: string;
  data: Buffer;
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

  return {
    /** Writes the hub workbook into any stream (a file, for the command line). */
    writeHub: async (request: Extract<WorkbookRequest, { kind: 'hub' }>, stream: Writable) => {
      const { kind: _kind, ...filters } = request;
      void _kind;
      const rollup = evaluation.evaluateHub(filters);
      await writeHubWorkbook(
        { rollup, ratings: ratings(), evidenceOf: evidenceOf(request.asOf, rollup.rows.length), producedOn: today() },
        stream,
      );
    },

    produce: async (request: WorkbookRequest): Promise<ProducedWorkbook> => {
      if (request.kind === 'hub') {
        const collector = new Collector();
        const { kind: _kind, ...filters } = request;
        void _kind;
        const rollup = evaluation.evaluateHub(filters);
        await writeHubWorkbook(
          { rollup, ratings: ratings(), evidenceOf: evidenceOf(request.asOf, rollup.rows.length), producedOn: today() },
          collector,
        );
        return { fileName: `hub-workbook-${today()}.xlsx`, data: Buffer.concat(collector.chunks) };
      }
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
      return { fileName: `work-group-summary-${result.workGroup.code}.xlsx`, data };
    },
  };
}

export function workbookHandlers(store: Store) {
  const service = workbookService(store);
  return {
    'export.workbook': async (request: WorkbookRequest) => {
      const produced = await service.produce(request);
      return { fileName: produced.fileName, mimeType: XLSX_MIME, dataBase64: produced.data.toString('base64') };
    },
  };
}

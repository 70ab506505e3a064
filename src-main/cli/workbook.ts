import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { contract } from '../../src-shared/api/contract';
import type { MissingItem } from '../../src-shared/api/exports';
import { writeFileAtomically } from '../export/atomicWrite';
import { callAsync, findWorkGroup, type Io, type Options, UsageError, withWorkspace } from './common';
import { hubFilters, letOut, listMissing } from './export';

/**
 * wge export summary --work-group CODE | hub-summary: the Excel workbooks. The hub workbook is
 * streamed straight into the file (beside it, then renamed), so a national workspace's workbook
 * is never held in memory whole.
 */
export async function exportWorkbook(what: 'summary' | 'hub-summary', o: Options, out: string, io: Io): Promise<void> {
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out must name an Excel file ending in .xlsx.');
  const started = performance.now();
  let missing: MissingItem[] = [];
  await withWorkspace(o, async (handlers, store) => {
    if (what === 'summary') {
      const group = findWorkGroup(handlers, o['work-group'], '--work-group');
      const produced = await callAsync(handlers, 'export.workbook', {
        kind: 'workGroup',
        workGroupId: group.id,
        allowFlagged: true,
      });
      missing = produced.missing;
      if (!o.json) listMissing([produced], io);
      letOut(produced.findings, o, io);
      writeFileAtomically(out, Buffer.from(produced.dataBase64, 'base64'));
    } else {
      const filters = hubFilters(handlers, o);
      const parsed = contract['export.workbookCheck'].input.safeParse({ kind: 'hub', ...filters });
      if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
      const request = parsed.data as Extract<typeof parsed.data, { kind: 'hub' }>;
      const { workbookService } = await import('../export/excel/workbookService');
      const temporary = `${out}.${process.pid}.partial`;
      let file: WriteStream | undefined;
      try {
        // The file is opened only once the check lets the workbook out, so a refusal leaves nothing behind.
        await workbookService(store).writeHub(request, (findings) => {
          letOut(findings, o, io);
          return (file = createWriteStream(temporary));
        });
        await finished(file!);
        renameSync(temporary, out);
      } catch (error) {
        file?.destroy();
        rmSync(temporary, { force: true });
        throw error;
      }
    }
  });
  const seconds = (performance.now() - started) / 1000;
  if (o.json) io.out(JSON.stringify({ written: [out], seconds, missing }));
  else io.out(`Wrote ${out} in ${seconds.toFixed(1)} s.`);
}

import type { Store } from '../store/store';
import type { Handlers } from './handlers';

type ExportModule = typeof import('../export/exportService');

/**
 * The Word, PowerPoint and Excel exports, loaded on first use: docx, chart.js and the canvas are large, and most
 * sessions (and every quick `wge` command) never need them.
 */
export function exportHandlers(store: Store): Handlers<'export.'> {
  let loaded: Promise<ReturnType<ExportModule['exportHandlers']>> | undefined;
  const exports = () => (loaded ??= import('../export/exportService').then((m) => m.exportHandlers(store)));
  const workbooks = async () => (await import('../export/excel/workbookService')).workbookHandlers(store);
  return {
    'export.check': async (input) => (await exports())['export.check'](input),
    'export.document': async (input) => (await exports())['export.document'](input),
    // The Excel workbooks (exceljs), loaded on first use too.
    'export.workbookCheck': async (input) => (await workbooks())['export.workbookCheck'](input),
    'export.workbook': async (input) => (await workbooks())['export.workbook'](input),
  };
}

import type { Handlers } from '../services/handlers';
import type { Store } from '../store/store';

type ImportModule = typeof import('./importService');

/** The spreadsheet imports, loaded on first use: exceljs is large and most sessions never import. */
export function importHandlers(store: Store): Handlers<'import.'> {
  let loaded: Promise<ReturnType<ImportModule['importService']>> | undefined;
  const service = () => (loaded ??= import('./importService').then((m) => m.importService(store)));
  return {
    'import.inspect': async (input) => (await service()).inspect(input),
    'import.preview': async (input) => (await service()).preview(input),
    'import.commit': async (input) => (await service()).commit(input),
  };
}

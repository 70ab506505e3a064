import type { BundleSummary } from '../../src-shared/api/exchange';
import { readBundle, refuse, type Bundle } from '../exchange/bundleFile';
import { conflictService } from '../exchange/conflicts';
import { checkBundle, exportBundle } from '../exchange/exportBundle';
import { applyMerge, planMerge, previewMerge, type MergePlan } from '../exchange/merge';
import { tableColumns } from '../exchange/workspace';
import { machineOf } from '../exchange/teacherWorkspace';
import { forgetPassphrase, keepPassphrase, keptPassphrase, keptStatus } from '../exchange/keptPassphrase';
import { writeBackup } from '../store/backup';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { forgetErasedWords } from './erasure';

// Offline exchange: bundles out, bundles in (a merge by UUID, previewed first, one transaction after
// a backup), and the conflicts a merge leaves for the user to review.

const summary = (store: Store, bundle: Bundle, plan: MergePlan): BundleSummary => {
  const { manifest } = bundle;
  const from = machineOf(store, manifest.sourceWorkspaceId, manifest.fromParticipant);
  return {
    sourceWorkspaceId: manifest.sourceWorkspaceId,
    createdAt: manifest.createdAt,
    workGroupId: manifest.workGroupId,
    workGroupCode: manifest.workGroupCode,
    workGroupName: manifest.workGroupName,
    ...(manifest.participantId ? { participantId: manifest.participantId } : {}),
    pack: manifest.pack === true,
    ...(from ? { from } : {}),
    startsTeacherWorkspace: plan.startsTeacherWorkspace,
    encrypted: bundle.encrypted,
    tables: plan.tables,
    totals: plan.totals,
  };
};

/** A merge that breaks a rule only the database itself keeps (a unique index, say) is refused in words. */
function underRules<T>(merge: () => T): T {
  try {
    return merge();
  } catch (error) {
    if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_')) throw error;
    throw refuse(`its records do not fit this workspace's rules (${(error as Error).message})`);
  }
}

/**
 * Reading, previewing and importing one bundle's bytes, whatever door they came by (a file chosen, the
 * shared-folder inbox). A passphrase given with the call comes first; otherwise the one this workspace keeps.
 * `alongside` runs inside the import's own transaction (the inbox notes the file taken there).
 */
export function bundleService(store: Store) {
  const read = (data: Buffer, bundlePassphrase: string | undefined) =>
    readBundle(
      data,
      {
        schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
        columns: (table) => tableColumns(store, table),
      },
      { passphrase: bundlePassphrase ?? keptPassphrase(store) },
    );
  return {
    preview: async (data: Buffer, bundlePassphrase: string | undefined): Promise<BundleSummary> => {
      const bundle = await read(data, bundlePassphrase);
      return summary(
        store,
        bundle,
        underRules(() => previewMerge(store, bundle)),
      );
    },
    import: async (
      data: Buffer,
      bundlePassphrase: string | undefined,
      alongside: () => void = () => undefined,
    ): Promise<BundleSummary & { backupPath?: string }> => {
      const bundle = await read(data, bundlePassphrase);
      const preview = underRules(() => previewMerge(store, bundle));
      if (!preview.changed) {
        store.transaction(alongside);
        return summary(store, bundle, preview);
      }
      const backupPath =
        preview.writes.length > 0 || preview.conflicts.length > 0
          ? writeBackup(store.db, store.path, 'before-merge')
          : undefined;
      const plan = underRules(() =>
        store.transaction(() => {
          const plan = planMerge(store, bundle);
          applyMerge(store, bundle, plan);
          alongside();
          return plan;
        }),
      );
      if (plan.totals.erased > 0) forgetErasedWords(store);
      return { ...summary(store, bundle, plan), ...(backupPath ? { backupPath } : {}) };
    },
  };
}

export function exchangeHandlers(
  store: Store,
): Handlers<'bundle.'> & Handlers<'bundlePassphrase.'> & Handlers<'conflict.'> {
  const conflicts = conflictService(store);
  const bundles = bundleService(store);
  const bytes = (dataBase64: string) => Buffer.from(dataBase64, 'base64');

  return {
    'bundle.check': (input) => ({ findings: checkBundle(store, input) }),

    'bundle.export': async ({ unencrypted, ...input }) => {
      const bundlePassphrase = input.bundlePassphrase ?? (unencrypted ? undefined : keptPassphrase(store));
      const produced = await exportBundle(store, { ...input, bundlePassphrase });
      return { fileName: produced.fileName, dataBase64: produced.data.toString('base64'), findings: produced.findings };
    },

    'bundle.preview': ({ dataBase64, bundlePassphrase }) => bundles.preview(bytes(dataBase64), bundlePassphrase),
    'bundle.import': ({ dataBase64, bundlePassphrase }) => bundles.import(bytes(dataBase64), bundlePassphrase),

    'bundlePassphrase.status': () => keptStatus(store),
    'bundlePassphrase.keep': ({ bundlePassphrase }) => keepPassphrase(store, bundlePassphrase),
    'bundlePassphrase.forget': () => forgetPassphrase(store),

    'conflict.list': ({ workGroupId, includeResolved }) => conflicts.list(workGroupId, includeResolved),
    'conflict.swap': ({ id }) => conflicts.swap(id),
    'conflict.resolve': ({ id }) => conflicts.resolve(id),
  };
}

import type { HubFacts } from '../../src-shared/evaluation/hub';
import type { Store } from '../store/store';

/** Set by the builds and test runs (scripts/engine-fingerprint.ts): changes whenever the engine's code does. */
declare const WGE_ENGINE_FINGERPRINT: string;

/** What a Work Group's hub figures were worked out for: the group's version (migration 006) and the "as of" date. */
export interface FiguresKey {
  workGroupId: string;
  version: number;
  asOf: string;
}

export interface KeptFigures extends FiguresKey {
  facts: HubFacts;
}

export const sameFigures = (a: FiguresKey, b: FiguresKey | undefined) =>
  b !== undefined && a.version === b.version && a.asOf === b.asOf;

/**
 * Each Work Group's hub figures kept in the workspace (migration 009), so that the first roll-up
 * after opening reads them rather than working every group out again. Only figures made by this
 * engine for the group's current version and "as of" date are read; any others are replaced.
 */
export function hubFiguresOnDisk(store: Store) {
  const engine = WGE_ENGINE_FINGERPRINT;
  return {
    /** The kept figures of those of these Work Groups that have them. */
    read(wanted: FiguresKey[]): KeptFigures[] {
      if (wanted.length === 0) return [];
      const byId = new Map(wanted.map((key) => [key.workGroupId, key]));
      return store
        .statement<[string, string], { id: string; facts: string }>(
          `SELECT f.work_group_id AS id, f.facts FROM json_each(?) AS wanted
           JOIN hub_figures AS f ON f.work_group_id = wanted.value ->> 'workGroupId'
             AND f.version = wanted.value ->> 'version' AND f.as_of = wanted.value ->> 'asOf'
           WHERE f.engine = ?`,
        )
        .all(JSON.stringify(wanted), engine)
        .map((row) => ({ ...byId.get(row.id)!, facts: JSON.parse(row.facts) as HubFacts }));
    },

    /** Keeps figures just worked out, all in one transaction. */
    write(figures: KeptFigures[]): void {
      if (figures.length === 0) return;
      try {
        store.transaction(() => {
          store.statement('DELETE FROM hub_figures WHERE engine <> ?').run(engine);
          const keep = store.statement(
            'INSERT OR REPLACE INTO hub_figures (work_group_id, version, as_of, engine, facts) VALUES (?, ?, ?, ?, ?)',
          );
          for (const f of figures) keep.run(f.workGroupId, f.version, f.asOf, engine, JSON.stringify(f.facts));
        });
      } catch (error) {
        // Keeping figures only saves time: a roll-up on a full disk or a read-only file is still right.
        if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_')) throw error;
      }
    },
  };
}

import type { RecordKind } from '../../src-shared/api/contract';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { call, type Io, parse, UsageError, withWorkspace } from './common';

const USAGE = '"wge trash" needs list --db F [--json], or erase --db F (--id ID ... | --everything).';

/** wge trash list|erase: what is in the Trash, and erasing it for good (as the Trash screen does). */
export async function trash(args: string[], io: Io): Promise<void> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const o = parse(rest);
      const items = await withWorkspace(o, (h) => call(h, 'trash.list', {}));
      if (o.json) return io.out(JSON.stringify(items));
      if (items.length === 0) return io.out('The Trash is empty.');
      for (const item of items) {
        const also = item.alsoDeleted ? ` (with ${item.alsoDeleted} linked)` : '';
        const kind = item.kind === 'workGroup' ? 'Work Group' : RECORD_KIND_SPECS[item.kind as RecordKind].label;
        io.out(`${item.id}\t${formatDateGB(item.deletedAt)}\t${kind}\t${item.label}${also}`);
      }
      return;
    }
    case 'erase': {
      const o = parse(rest, { id: { type: 'string', multiple: true }, everything: { type: 'boolean' } });
      const ids = (o.id as unknown as string[] | undefined) ?? [];
      const everything = Boolean(o.everything);
      if ((everything && ids.length > 0) || (!everything && ids.length === 0))
        throw new UsageError(`Name what to erase: one or more --id (from "wge trash list"), or --everything.`);
      const { erased } = await withWorkspace(o, (h) => call(h, 'trash.erase', everything ? { everything } : { ids }));
      return io.out(
        `Erased ${erased} ${erased === 1 ? 'record' : 'records'} for good. Backups taken before still hold them until they are rotated away.`,
      );
    }
    default:
      throw new UsageError(USAGE);
  }
}

import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { withoutMetadata } from './imageMetadata';
import { workGroupAccess } from './workGroupAccess';

function cleaned(data: Buffer, mimeType: string): Buffer {
  try {
    return withoutMetadata(data, mimeType);
  } catch (error) {
    throw new DomainError(
      'invalid_input',
      `${(error as Error).message} Save the picture again and choose it once more.`,
      [{ field: 'dataBase64', message: (error as Error).message }],
    );
  }
}

/** Images of pupils' work, kept inside the workspace file without their metadata. */
export function attachmentHandlers(store: Store): Handlers<'attachment.'> {
  const { db } = store;
  const access = workGroupAccess(store);
  return {
    'attachment.add': ({ workGroupId, mimeType, dataBase64 }) =>
      store.transaction(() => {
        access.writable(workGroupId);
        const id = store.newId();
        const now = store.now();
        db.prepare(
          `INSERT INTO attachment (id, work_group_id, mime_type, data, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(id, workGroupId, mimeType, cleaned(Buffer.from(dataBase64, 'base64'), mimeType), now, now);
        return { id };
      }),
    'attachment.get': ({ id }) => {
      const row = db
        .prepare<[string], { mime_type: string; data: Buffer }>(
          'SELECT mime_type, data FROM attachment WHERE id = ? AND deleted_at IS NULL',
        )
        .get(id);
      if (!row) throw new DomainError('not_found', 'That image no longer exists.');
      return { id, mimeType: row.mime_type, dataBase64: row.data.toString('base64') };
    },
  };
}

import { DomainError } from '../../src-shared/api/errors';
import { passphraseProblem } from '../../src-shared/domain/passphrase';
import { KEPT_WHILE_ENCRYPTED } from '../store/cipher';
import type { Store } from '../store/store';

// The group's bundle passphrase, given once per workspace. It is kept only in a workspace encrypted
// with its own passphrase, where it is as safe as the pen portraits beside it; a workspace without
// one does not keep it, since anyone who copied the file could then open every bundle. Removing the
// workspace's passphrase wipes it from the workspace and its backups first (store/cipher.ts).

const KEY = KEPT_WHILE_ENCRYPTED;

export interface KeptPassphraseStatus {
  kept: boolean;
  /** Only an encrypted workspace keeps it. */
  canKeep: boolean;
}

export function keptPassphrase(store: Store): string | undefined {
  return store.statement<[string], { value: string }>('SELECT value FROM workspace_meta WHERE key = ?').get(KEY)?.value;
}

export const keptStatus = (store: Store): KeptPassphraseStatus => ({
  kept: keptPassphrase(store) !== undefined,
  canKeep: store.encrypted,
});

export function keepPassphrase(store: Store, passphrase: string): KeptPassphraseStatus {
  if (!store.encrypted)
    throw new DomainError(
      'conflict',
      'This workspace has no passphrase of its own, so the bundle passphrase would lie readable in its file. Protect the workspace with a passphrase first (wge passphrase set), or give the bundle passphrase each time.',
    );
  const weak = passphraseProblem(passphrase);
  if (weak) throw new DomainError('invalid_input', `${weak} Nothing has been kept.`);
  store
    .statement(
      'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(KEY, passphrase);
  return keptStatus(store);
}

export function forgetPassphrase(store: Store): KeptPassphraseStatus {
  store.statement('DELETE FROM workspace_meta WHERE key = ?').run(KEY);
  return keptStatus(store);
}

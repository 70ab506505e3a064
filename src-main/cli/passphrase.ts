import { fileKind } from '../store/cipher';
import { changePassphrase } from '../store/passphrase';
import { existingDb, Failure, type Io, parse, passphrase, UsageError } from './common';

const ACTIONS = ['set', 'change', 'remove'] as const;
type Action = (typeof ACTIONS)[number];

function describe(action: Action, db: string, changed: number): string {
  const one = changed === 1;
  const its = one ? 'its backup' : `its ${changed} backups`;
  if (action === 'set')
    return `${db} is now protected by a passphrase${changed ? `, and so ${one ? 'is' : 'are'} ${its}` : ''}. Keep the passphrase somewhere safe: if it is forgotten, nobody can open the workspace again.`;
  if (action === 'change')
    return `The passphrase of ${db} has been changed${changed ? `, and so ${one ? 'has' : 'have'} ${its}` : ''}.`;
  return `${db} no longer has a passphrase${changed ? `, nor ${one ? 'has' : 'have'} ${its}` : ''}: anyone who can reach the file can read it.`;
}

/**
 * wge passphrase set|change|remove --db FILE: protects a workspace and its backups with a passphrase,
 * changes it, or takes it off. The current passphrase comes from --passphrase-file or WGE_PASSPHRASE,
 * the new one from --new-passphrase-file or WGE_NEW_PASSPHRASE.
 */
export function passphraseCommand(args: string[], io: Io): void {
  const [action, ...rest] = args;
  if (!ACTIONS.includes(action as Action))
    throw new UsageError('"wge passphrase" needs one of: set, change, remove. Run "wge help" for details.');
  const o = parse(rest, action === 'remove' ? {} : { 'new-passphrase-file': { type: 'string' } });
  const db = existingDb(o.db);
  const kind = fileKind(db);
  if (action === 'set' && kind === 'encrypted')
    throw new Failure(`${db} already has a passphrase. To change it, use "wge passphrase change".`);
  if (action !== 'set' && kind === 'plain')
    throw new Failure(`${db} has no passphrase to ${action}. To protect it with one, use "wge passphrase set".`);
  const current = action === 'set' ? undefined : passphrase(o);
  if (action !== 'set' && current === undefined)
    throw new UsageError(
      'Give the current passphrase with --passphrase-file FILE or the WGE_PASSPHRASE environment variable.',
    );
  const next = action === 'remove' ? undefined : passphrase(o, 'new-passphrase-file', 'WGE_NEW_PASSPHRASE');
  if (action !== 'remove' && next === undefined)
    throw new UsageError(
      'Give the new passphrase with --new-passphrase-file FILE or the WGE_NEW_PASSPHRASE environment variable.',
    );

  const change = changePassphrase(db, current, next);
  if (o.json) return io.out(JSON.stringify({ db, encrypted: next !== undefined, ...change }));
  io.out(describe(action as Action, db, change.backupsChanged));
  if (change.backupsLeft.length > 0) {
    io.out('Left as they were, because the old passphrase did not open them (made under an earlier one, or damaged):');
    for (const path of change.backupsLeft) io.out(`  ${path}`);
  }
}

import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../useAction';
import { useQuery } from '../useQuery';
import { PassphraseField } from './PassphraseField';

/**
 * The group's bundle passphrase, given once and kept in this workspace: only in one protected by its
 * own passphrase, where it is encrypted with everything else.
 */
export function KeptPassphrase() {
  const { data: status } = useQuery('bundlePassphrase.status', {});
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState('');
  const { busy, error, run } = useAction();
  if (!status) return null;

  const keep = () =>
    run('Keeping the passphrase…', async () => {
      setDone('');
      await api.call('bundlePassphrase.keep', { bundlePassphrase: passphrase });
      setPassphrase('');
      setDone('Kept. Bundles made and opened here use it when no passphrase is typed.');
    });
  const forget = () =>
    run('Forgetting the passphrase…', async () => {
      setDone('');
      await api.call('bundlePassphrase.forget', {});
      setDone('Forgotten. Type the bundle passphrase each time you make or open a bundle.');
    });

  return (
    <section className="panel form" aria-labelledby="kept-passphrase-heading">
      <h2 id="kept-passphrase-heading">Keeping the group’s passphrase for bundles</h2>
      {status.kept ? (
        <>
          <p className="intro">
            This workspace keeps your group’s bundle passphrase, encrypted with the workspace’s own passphrase. Bundles
            made and opened here use it when none is typed.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => void forget()} disabled={busy !== ''}>
              Forget the bundle passphrase
            </button>
          </div>
        </>
      ) : status.canKeep ? (
        <>
          <p className="intro">
            Give your group’s bundle passphrase once and this workspace keeps it, encrypted with its own passphrase, so
            you need not type it for each bundle.
          </p>
          <PassphraseField
            label="The group’s passphrase for bundles"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
            disabled={busy !== ''}
          />
          <div className="button-row">
            <button type="button" onClick={() => void keep()} disabled={busy !== '' || !passphrase}>
              Keep it in this workspace
            </button>
          </div>
        </>
      ) : (
        <p className="intro">
          This workspace has no passphrase of its own, so it does not keep the bundle passphrase (anyone who copied the
          file could read it): type it each time. Protect the workspace with a passphrase to keep it here.
        </p>
      )}
      <p className="status" role="status">
        {busy || done}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

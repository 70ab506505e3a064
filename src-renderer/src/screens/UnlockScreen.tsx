import { useState, type FormEvent } from 'react';
import { api, failureMessage } from '../api';
import { BusyButton } from '../components/BusyButton';
import { Field } from '../components/Field';

/** An encrypted workspace opened without its passphrase: nothing in it can be read until it is given. */
export function UnlockScreen({ name }: { name: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // Unlocking has every answer read again, the workspace's status among them: the app then opens.
      await api.call('workspace.unlock', { passphrase });
    } catch (failure) {
      setError(failureMessage(failure));
      setBusy(false);
    }
  };

  return (
    <main className="app-main unlock" id="main" tabIndex={-1}>
      <section className="panel" aria-labelledby="unlock-heading">
        <h1 id="unlock-heading">This workspace is protected by a passphrase</h1>
        <p className="intro">
          “{name}” is encrypted, so that the pupils’ and teachers’ records in it stay private on this computer. Type its
          passphrase to open it. If it has been forgotten, it cannot be recovered: open a backup made before the
          passphrase was set, or ask whoever set it.
        </p>
        <form onSubmit={(event) => void unlock(event)} aria-labelledby="unlock-heading">
          <Field label="Passphrase" error={error}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="current-password"
                autoFocus
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
          <BusyButton type="submit" className="primary" busy={busy}>
            {busy ? 'Opening…' : 'Open the workspace'}
          </BusyButton>
        </form>
      </section>
    </main>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../src-shared/api/contract';
import { formatDateTimeGB } from '../../../src-shared/calendar/dates';
import { api } from '../api';
import { Field } from '../components/Field';
import { ScreenHeading } from '../components/ScreenHeading';
import { FindingsDialog, type Finding } from '../exports/FindingsDialog';
import { PassphraseField } from '../exchange/PassphraseField';
import { useTeacherRole } from '../exchange/teacherRole';
import { useAction } from '../useAction';
import { useQuery } from '../useQuery';
import { changes, PreviewTable } from './backups/BundleImport';

type Listed = Output<'inbox.list'>;

/**
 * The shared-folder inbox: the folder the schools share (OneDrive, SharePoint, Google Drive, a USB stick),
 * the bundles waiting there with who sent them and what importing would merge, and the chosen ones imported.
 * A teacher's workspace also writes its updates there.
 */
export function InboxScreen() {
  const status = useQuery('inbox.status', {});
  const teacher = useTeacherRole();
  const kept = useQuery('bundlePassphrase.status', {}).data?.kept;
  const [folder, setFolder] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [listed, setListed] = useState<Listed | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [findings, setFindings] = useState<Finding[] | undefined>();
  const { busy, error, run } = useAction();
  const secret = passphrase ? { bundlePassphrase: passphrase } : {};

  const look = useCallback(
    (bundlePassphrase: string) =>
      run('Looking in the shared folder…', async () => {
        const found = await api.call('inbox.list', bundlePassphrase ? { bundlePassphrase } : {});
        setListed(found);
        setChosen((names) => names.filter((name) => found.bundles.some((b) => b.fileName === name && b.preview)));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run is remade each render; looking once on opening is enough
    [],
  );
  useEffect(() => void look(''), [look]);

  const saveFolder = () =>
    run('Saving the folder…', async () => {
      await api.call('inbox.setFolder', { folder: folder ?? '' });
      setNotice('');
      const found = await api.call('inbox.list', secret);
      setListed(found);
    });

  const importChosen = () =>
    run('Importing…', async () => {
      const { imported } = await api.call('inbox.import', { fileNames: chosen, ...secret });
      setNotice(
        imported
          .map((done) => `${done.fileName}: ${changes(done.totals)}${done.from ? `, from ${done.from}` : ''}.`)
          .join(' ') + (imported.some((done) => done.backupPath) ? ' A backup was taken before anything changed.' : ''),
      );
      setChosen([]);
      setListed(await api.call('inbox.list', secret));
    });

  const mine = () => ({ workGroupId: teacher!.workGroupId, participantId: teacher!.participantId });
  /** The personal-data check first: what it finds is shown before the bundle leaves, as on the Overview. */
  const send = (allowFlagged: boolean) =>
    run('Writing your updates…', async () => {
      if (!allowFlagged) {
        const { findings } = await api.call('bundle.check', mine());
        if (findings.length > 0) return setFindings(findings);
      }
      setFindings(undefined);
      const sent = await api.call('inbox.send', { ...mine(), allowFlagged, ...secret });
      setNotice(`Your updates are in the shared folder as ${sent.fileName}. The Lead sees them once the folder syncs.`);
    });

  const current = status.data?.folder;
  const toggle = (name: string, on: boolean) =>
    setChosen((names) => (on ? [...names, name] : names.filter((n) => n !== name)));

  return (
    <section className="screen inbox-screen" aria-labelledby="inbox-heading">
      <ScreenHeading id="inbox-heading">Inbox</ScreenHeading>
      <p className="intro">
        Point this workspace at a folder your schools already share (OneDrive, SharePoint, Google Drive or a USB stick).
        Bundles put there by other computers are listed here until you import them; nothing is sent over the internet by
        this app.
      </p>
      <div className="form">
        <Field
          label="Shared folder"
          hint="The folder’s full path, for example C:\Users\you\OneDrive\Work Group bundles"
        >
          {(p) => (
            <input
              {...p}
              type="text"
              value={folder ?? current ?? ''}
              disabled={busy !== ''}
              onChange={(event) => setFolder(event.target.value)}
            />
          )}
        </Field>
        <PassphraseField
          label="Bundle passphrase"
          hint={
            kept
              ? 'Leave it empty to use the passphrase kept in this workspace'
              : 'The passphrase your group shares for bundles (not this workspace’s own)'
          }
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="off"
          disabled={busy !== ''}
        />
        <div className="button-row">
          <button type="button" onClick={saveFolder} disabled={busy !== '' || folder === undefined}>
            Use this folder
          </button>
          <button type="button" onClick={() => void look(passphrase)} disabled={busy !== '' || !current}>
            Look in the folder again
          </button>
          {teacher && (
            <button type="button" onClick={() => void send(false)} disabled={busy !== '' || !current}>
              Send my updates to the shared folder
            </button>
          )}
        </div>
      </div>
      <p className="status" role="status">
        {busy}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {findings && (
        <FindingsDialog
          what="your updates"
          findings={findings}
          busy={busy !== ''}
          onExportAnyway={() => void send(true)}
          onCancel={() => setFindings(undefined)}
        />
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {listed && !listed.folder && (
        <p>No shared folder is set yet: type its full path above and choose “Use this folder”.</p>
      )}
      {listed?.folder && listed.bundles.length === 0 && (
        <p>Nothing new in the shared folder: every bundle there has been imported, or was sent from here.</p>
      )}
      {listed && listed.bundles.length > 0 && (
        <section aria-labelledby="inbox-waiting-heading">
          <h2 id="inbox-waiting-heading">Waiting in the shared folder</h2>
          <ul className="inbox-list">
            {listed.bundles.map((b) => (
              <li key={b.fileName} className="panel">
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(b.fileName)}
                    disabled={!b.preview || busy !== ''}
                    onChange={(event) => toggle(b.fileName, event.target.checked)}
                  />{' '}
                  <strong>{b.fileName}</strong>
                </label>
                <p>
                  {b.preview
                    ? `${b.preview.workGroupCode}: ${b.preview.workGroupName}${b.preview.pack ? ' (a participant’s pack)' : b.preview.participantId ? ' (one participant’s updates)' : ''}, `
                    : ''}
                  {b.createdAt ? `made on ${formatDateTimeGB(b.createdAt)}` : 'not yet opened'}
                  {b.from ? ` on ${b.from}` : ''}.{b.preview && ` Importing it brings in ${changes(b.preview.totals)}.`}
                </p>
                {b.problem && <p className="form-error">{b.problem}</p>}
                {b.preview && <PreviewTable preview={b.preview} />}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={importChosen}
              disabled={busy !== '' || chosen.length === 0}
            >
              Import the chosen bundles
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

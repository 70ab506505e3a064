import { useState } from 'react';
import { formatDateTimeGB } from '../../../../src-shared/calendar/dates';
import type { Output } from '../../../../src-shared/api/contract';
import { count, formatCount } from '../../../../src-shared/evaluation/text';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { readAsBase64 } from '../../download';
import { PassphraseField } from '../../exchange/PassphraseField';
import { useQuery } from '../../useQuery';
import { useAction } from '../../useAction';

type Preview = Output<'bundle.preview'>;
type Imported = Output<'bundle.import'>;

const sentence = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** "2 new records, 1 changed and 1 changed on both computers" */
export function changes(totals: Preview['totals']): string {
  const parts = [
    totals.added > 0 && count(totals.added, 'new record'),
    totals.updated > 0 && `${formatCount(totals.updated)} changed`,
    totals.conflicts > 0 && `${formatCount(totals.conflicts)} changed on both computers`,
    totals.erased > 0 && `${formatCount(totals.erased)} erased for good on the other computer`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return 'nothing new';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** What the bundle is and what it would change here, table by table. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const rows = preview.tables.filter((t) => t.added + t.updated + t.unchanged + t.conflicts + t.erased > 0);
  const anyErased = rows.some((t) => t.erased > 0);
  return (
    <div className="table-wrap">
      <table className="list" aria-label="What the bundle changes">
        <thead>
          <tr>
            <th scope="col">Kind of record</th>
            <th scope="col">New</th>
            <th scope="col">Changed</th>
            <th scope="col">Changed on both computers</th>
            <th scope="col">Already the same</th>
            {anyErased && <th scope="col">Erased for good</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.table}>
              <th scope="row">{sentence(t.label)}</th>
              <td>{t.added}</td>
              <td>{t.updated}</td>
              <td>{t.conflicts}</td>
              <td>{t.unchanged}</td>
              {anyErased && <td>{t.erased}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Import a bundle": choose the file, see what it would add and change (nothing is written yet), then
 * import it as one action after a backup.
 */
export function BundleImport() {
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [imported, setImported] = useState<Imported | undefined>();
  const { busy, error, run } = useAction();
  const [inputKey, setInputKey] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const kept = useQuery('bundlePassphrase.status', {}).data?.kept;
  /** The bundle as sent, with the passphrase typed (an open bundle needs none). */
  const sent = (dataBase64: string) => ({ dataBase64, ...(passphrase ? { bundlePassphrase: passphrase } : {}) });

  const showPreview = async (picked: { dataBase64: string }) =>
    setPreview(await api.call('bundle.preview', sent(picked.dataBase64)));

  const choose = (chosen: File | undefined) =>
    run('Reading the bundle…', async () => {
      setFile(undefined);
      setPreview(undefined);
      setImported(undefined);
      if (!chosen) return;
      // Kept even when it does not open, so the passphrase can be typed again without choosing the file again.
      const picked = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      setFile(picked);
      await showPreview(picked);
    });

  const bringIn = () =>
    run('Importing the bundle…', async () => {
      const done = await api.call('bundle.import', sent(file!.dataBase64));
      setImported(done);
      setPreview(undefined);
      setFile(undefined);
      setInputKey((k) => k + 1);
    });

  const cancel = () => {
    setPreview(undefined);
    setFile(undefined);
    setInputKey((k) => k + 1);
  };

  return (
    <section className="panel" aria-labelledby="bundle-import-heading">
      <h2 id="bundle-import-heading">Import a bundle</h2>
      <p className="intro">
        A bundle carries a Work Group from another computer. You will see what it adds and changes before anything is
        saved, and a backup is taken first. Records are matched by their identity, never by name, so importing the same
        bundle twice changes nothing.
      </p>
      <div className="form">
        <PassphraseField
          label="Bundle passphrase"
          hint={
            kept
              ? 'Leave it empty to use the passphrase kept in this workspace, or type the one the bundle was made with'
              : 'The passphrase your group shares for bundles (not this workspace’s own); only a bundle that was not encrypted opens without it'
          }
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="off"
          disabled={busy !== ''}
        />
        <Field label="Bundle file" hint="A Work Group Evaluator bundle (.wgbundle), made with “Export a bundle”">
          {(p) => (
            <input
              {...p}
              key={inputKey}
              type="file"
              accept=".wgbundle"
              disabled={busy !== ''}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          )}
        </Field>
      </div>
      <p className="status" role="status">
        {busy}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {file && !preview && !busy && (
        <div className="button-row">
          <button type="button" onClick={() => void run('Opening the bundle…', () => showPreview(file))}>
            Open the bundle again
          </button>
        </div>
      )}
      {preview && file && (
        <section aria-labelledby="bundle-preview-heading">
          <h3 id="bundle-preview-heading">What the bundle will change</h3>
          <p>
            <strong>
              {preview.workGroupCode}: {preview.workGroupName}
            </strong>
            {preview.pack ? ' (a participant’s pack)' : preview.participantId ? ' (one participant’s updates)' : ''},
            made on {formatDateTimeGB(preview.createdAt)}
            {preview.from ? ` on ${preview.from}` : ''}. Importing it brings in {changes(preview.totals)}.
            {preview.startsTeacherWorkspace &&
              ' This workspace will become that participant’s own: it shows their focus children, journal, observations, cycles and self-ratings with the group’s meetings and readings, and sends their updates back to the Lead.'}
            {preview.totals.conflicts > 0 &&
              ' Where a record was changed on both computers, the newer version is kept and the other is listed under “Conflicts to review” for you to check.'}
          </p>
          {!preview.encrypted && (
            <p className="form-error" role="note">
              This bundle was not encrypted, so anyone who had the file could have read or changed it. Import it only if
              you know where it came from, and ask for the next one to be exported with your group’s bundle passphrase.
            </p>
          )}
          <PreviewTable preview={preview} />
          <div className="button-row">
            <button type="button" className="primary" onClick={bringIn} disabled={busy !== ''}>
              Import the bundle
            </button>
            <button type="button" onClick={cancel} disabled={busy !== ''}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {imported && (
        <p className="notice" role="status">
          {imported.backupPath
            ? `Imported ${imported.workGroupCode}: ${changes(imported.totals)}${imported.from ? `, from ${imported.from}` : ''}. A backup was taken first.`
            : `Nothing changed: this workspace already holds everything in the bundle for ${imported.workGroupCode}.`}
          {imported.totals.conflicts > 0 &&
            ' Review the records changed on both computers under “Conflicts to review”.'}
        </p>
      )}
    </section>
  );
}

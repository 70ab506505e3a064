import { useState } from 'react';
import { passphraseProblem } from '../../../src-shared/domain/passphrase';
import { api } from '../api';
import { Field } from '../components/Field';
import { useCheckedExport } from '../exports/useCheckedExport';
import { paths } from '../router';
import { PassphraseField } from './PassphraseField';
import { useTeacherRole } from './teacherRole';
import { useQuery } from '../useQuery';
import type { TabProps } from '../screens/workGroup/tabProps';

/** Makes a bundle and saves it, after the personal-data check (useCheckedExport); encrypted when given a passphrase. */
export function useBundleExport({
  bundlePassphrase,
  unencrypted,
  ...request
}: {
  workGroupId: string;
  participantId?: string;
  bundlePassphrase?: string;
  unencrypted?: boolean;
}) {
  return useCheckedExport({
    what: 'this bundle',
    making: 'Making the bundle…',
    check: () => api.call('bundle.check', request),
    produce: (options) =>
      api.call('bundle.export', {
        ...request,
        ...(bundlePassphrase ? { bundlePassphrase } : {}),
        ...(unencrypted ? { unencrypted } : {}),
        ...(options.allowFlagged ? { allowFlagged: true } : {}),
      }),
    replaceable: false,
  });
}

/** What is wrong with the passphrase typed twice for a bundle, or nothing. */
function passphraseError(passphrase: string, again: string): { passphrase?: string; again?: string } {
  if (!passphrase)
    return {
      passphrase:
        'Type the passphrase your group shares for bundles: the bundle is encrypted with it, and the other computer needs it to open the bundle.',
    };
  const weak = passphraseProblem(passphrase);
  if (weak) return { passphrase: weak };
  if (again !== passphrase) return { again: 'The two passphrases differ. Type the same passphrase in both.' };
  return {};
}

/**
 * A bundle of a Work Group erased here (not encrypted: erasing has taken its words, names and photos): imported on another computer, it erases that computer's
 * copy too (an erased record always wins a merge).
 */
export function ErasureBundle({ workGroupId, label }: { workGroupId: string; label: string }) {
  const { start, busy, statusLine, dialog } = useBundleExport({ workGroupId, unencrypted: true });
  return (
    <li>
      {label}{' '}
      <button type="button" onClick={start} disabled={busy} aria-label={`Export a bundle of the erasure: ${label}`}>
        Export a bundle of the erasure
      </button>
      {statusLine}
      {dialog}
    </li>
  );
}

/**
 * "Export a bundle": this Work Group's records (or one participant's pack) in one file to carry on a
 * USB stick, checked for personal details before it leaves, like every other export. In a
 * participant's own workspace it is "Send my updates": their own records, back to the Lead.
 */
export function BundleExport({ data }: Pick<TabProps, 'data'>) {
  const teacher = useTeacherRole();
  const kept = useQuery('bundlePassphrase.status', {}).data?.kept ?? false;
  const [participantId, setParticipantId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});
  const chosen = teacher ? teacher.participantId : participantId;
  const { start, busy, statusLine, dialog } = useBundleExport({
    workGroupId: data.workGroup.id,
    ...(chosen ? { participantId: chosen } : {}),
    bundlePassphrase: passphrase,
  });
  const exportBundle = () => {
    // Both left empty where a passphrase is kept: the workspace's is used.
    const problems = kept && !passphrase && !again ? {} : passphraseError(passphrase, again);
    setErrors(problems);
    if (!problems.passphrase && !problems.again) void start();
  };

  return (
    <section className="panel form" aria-labelledby="bundle-export-heading">
      <h2 id="bundle-export-heading">{teacher ? 'Send my updates' : 'Carry to another computer'}</h2>
      {teacher ? (
        <p className="intro">
          Your focus children, observations, journal, cycles and self-ratings go to the Lead in one file (.wgbundle):
          save it on a USB stick or in the folder your group shares, and the Lead imports it on their Backups screen. It
          is encrypted with the passphrase your group shares for bundles. The Lead’s next pack, imported on your{' '}
          <a href={paths.backups()}>Backups</a> screen, brings the group’s meetings and readings up to date here.
        </p>
      ) : (
        <p className="intro">
          A bundle (.wgbundle) holds this Work Group’s records in one file, to carry on a USB stick. On the other
          computer, import it on the <a href={paths.backups()}>Backups</a> screen: it is merged record by record, and
          anything changed on both computers is listed there for you to review. A participant’s pack holds the group’s
          meetings and readings with that participant’s own records and nothing of anyone else’s: opened in a new
          workspace, it becomes their own. The bundle is encrypted with a passphrase your group shares for bundles (not
          this workspace’s own): give it to the other computer’s user in person, never with the file.
        </p>
      )}
      {!teacher && data.participant.length > 0 && (
        <Field label="What goes in the bundle">
          {(p) => (
            <select {...p} value={participantId} onChange={(event) => setParticipantId(event.target.value)}>
              <option value="">The whole Work Group</option>
              {data.participant.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  {participant.name}’s pack: the group’s meetings and readings with their own records
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <PassphraseField
        label="Bundle passphrase"
        hint={
          kept
            ? 'Leave both empty to use the passphrase kept in this workspace'
            : 'At least 8 characters: a few ordinary words together'
        }
        error={errors.passphrase}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
      />
      <PassphraseField
        label="Bundle passphrase again"
        error={errors.again}
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      <div className="button-row">
        <button type="button" onClick={exportBundle} disabled={busy}>
          {teacher ? 'Send my updates' : 'Export a bundle'}
        </button>
      </div>
      {statusLine}
      {dialog}
    </section>
  );
}

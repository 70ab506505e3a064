import { existsSync, readFileSync, statSync } from 'node:fs';
import type { BundleSummary } from '../../src-shared/api/exchange';
import type { AllHandlers } from '../services/handlers';
import { FINDING_LABELS } from '../../src-shared/privacy/findings';
import { writeFileAtomically } from '../export/atomicWrite';
import { letOut } from './export';
import {
  call,
  callAsync,
  Failure,
  findWorkGroup,
  type Io,
  parseWithFiles,
  passphrase,
  type Options,
  UsageError,
  withWorkspace,
} from './common';

// wge bundle export | import: a Work Group's year between machines on a USB stick.

const USAGE =
  '"wge bundle" needs export --db F --work-group CODE [--participant ID] --out FILE [--allow-flagged] [--unencrypted] (in a participant\'s own workspace: export --db F --out FILE, their updates), import --db F FILE [--dry-run], participants --db F --work-group CODE (their ids, for --participant), or passphrase --db F (keep the one given) [--forget]; the bundle passphrase comes from --bundle-passphrase-file FILE or WGE_BUNDLE_PASSPHRASE, or is kept in the workspace.';

/** The passphrase the group shares for bundles, if given: never on the command line itself. */
export const bundlePassphrase = (o: Options) => passphrase(o, 'bundle-passphrase-file', 'WGE_BUNDLE_PASSPHRASE');

export const UNENCRYPTED_WARNING =
  'Warning: this bundle was not encrypted, so anyone who had the file could have read it or changed it. Ask for bundles to be exported with the group’s bundle passphrase.';

export function describe(summary: BundleSummary, io: Io, done: boolean) {
  const what = summary.pack ? ' (a participant’s pack)' : summary.participantId ? ' (one participant’s updates)' : '';
  io.out(
    `${done ? 'Merged' : 'Importing would merge'} ${summary.workGroupCode} “${summary.workGroupName}”${what}, bundled on ${summary.createdAt.slice(0, 10)}${summary.from ? ` on ${summary.from}` : ''}:`,
  );
  if (summary.startsTeacherWorkspace)
    io.out(
      `This workspace ${done ? 'is now' : 'will become'} that participant’s own: it holds the Work Group’s frame and their records, and sends their updates with "wge bundle export --db F --out FILE".`,
    );
  for (const t of summary.tables) {
    if (t.added + t.updated + t.unchanged + t.conflicts + t.erased === 0) continue;
    io.out(
      `  ${t.table.padEnd(22)} ${t.added} added, ${t.updated} updated, ${t.unchanged} unchanged, ${t.conflicts} conflicts` +
        (t.erased ? `, ${t.erased} erased for good` : ''),
    );
  }
  const { added, updated, conflicts, erased } = summary.totals;
  if (added + updated + conflicts + erased === 0)
    io.out('Nothing to change: this workspace already has everything in the bundle.');
  else if (conflicts > 0)
    io.out(
      `${conflicts} ${conflicts === 1 ? 'record was' : 'records were'} changed on both machines: the newer version ${done ? 'was' : 'will be'} kept and the other ${done ? 'is' : 'will be'} listed as a conflict to review.`,
    );
}

/** Which Work Group (and participant) a bundle is made of: in a participant's own workspace, that participant's updates. */
export function whatToSend(handlers: AllHandlers, o: Options) {
  const teacher = call(handlers, 'workspace.status', {}).teacher;
  const workGroupId =
    teacher && o['work-group'] === undefined
      ? teacher.workGroupId
      : findWorkGroup(handlers, o['work-group'], '--work-group').id;
  const participantId = typeof o.participant === 'string' ? o.participant : teacher?.participantId;
  return { workGroupId, participantId };
}

export async function bundle(args: string[], io: Io): Promise<void> {
  const [what, ...rest] = args;
  const { o, files } = parseWithFiles(rest, {
    'work-group': { type: 'string' },
    participant: { type: 'string' },
    out: { type: 'string' },
    'allow-flagged': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'bundle-passphrase-file': { type: 'string' },
    unencrypted: { type: 'boolean' },
    forget: { type: 'boolean' },
  });
  switch (what) {
    case 'export': {
      if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". ${USAGE}`);
      if (typeof o.out !== 'string' || !o.out)
        throw new UsageError('--out FILE is required: where to write the bundle.');
      const out = o.out;
      const secret = bundlePassphrase(o);
      if (secret !== undefined && o.unencrypted)
        throw new UsageError('Give either a bundle passphrase or --unencrypted, not both.');
      await withWorkspace(o, async (handlers) => {
        const kept = call(handlers, 'bundlePassphrase.status', {}).kept;
        // A bundle leaves the machine: it is encrypted unless the user says plainly that it need not be.
        if (secret === undefined && !kept && !o.unencrypted)
          throw new UsageError(
            'Give the bundle passphrase your group shares with --bundle-passphrase-file FILE or WGE_BUNDLE_PASSPHRASE (or keep it in the workspace with "wge bundle passphrase"), so the bundle is encrypted; or add --unencrypted to write it open (anyone who finds the file can then read it).',
          );
        const { workGroupId, participantId } = whatToSend(handlers, o);
        const produced = await callAsync(handlers, 'bundle.export', {
          workGroupId,
          ...(participantId ? { participantId } : {}),
          allowFlagged: true,
          ...(secret !== undefined ? { bundlePassphrase: secret } : {}),
          ...(o.unencrypted ? { unencrypted: true } : {}),
        });
        letOut(produced.findings, o, io);
        writeFileAtomically(out, Buffer.from(produced.dataBase64, 'base64'));
        if (o.json) return io.out(JSON.stringify({ file: out, findings: produced.findings }));
        for (const f of produced.findings) io.out(`  ${FINDING_LABELS[f.kind]}: “${f.match}” in ${f.where}`);
        if (o.unencrypted) io.out('The bundle is not encrypted: anyone who finds the file can read it.');
        io.out(`Wrote ${out}. Carry it to the other machine and run "wge bundle import" there.`);
      });
      return;
    }
    case 'import': {
      const [file] = files;
      if (!file || files.length > 1) throw new UsageError('Name one bundle to import: wge bundle import --db F FILE.');
      if (!existsSync(file)) throw new Failure(`There is no file at ${file}.`);
      if (statSync(file).size > 300 * 1024 * 1024) throw new Failure(`${file} is too large to be a bundle.`);
      const dataBase64 = readFileSync(file).toString('base64');
      const secret = bundlePassphrase(o);
      await withWorkspace(
        o,
        async (handlers) => {
          const method = o['dry-run'] ? 'bundle.preview' : 'bundle.import';
          let summary: BundleSummary & { backupPath?: string };
          try {
            summary = await callAsync(handlers, method, {
              dataBase64,
              ...(secret !== undefined ? { bundlePassphrase: secret } : {}),
            });
          } catch (error) {
            // A refused bundle is a failure of the file, not of how the command was typed.
            if (error instanceof UsageError) throw new Failure(error.message);
            throw error;
          }
          if (o.json) return io.out(JSON.stringify(summary));
          if (!summary.encrypted) io.out(UNENCRYPTED_WARNING);
          describe(summary, io, !o['dry-run']);
          if (summary.backupPath) io.out(`A backup from before the merge is kept at ${summary.backupPath}.`);
        },
        { mayCreate: !o['dry-run'] },
      );
      return;
    }
    case 'participants': {
      // Whom a pack can be made for: each participant's id, to give to --participant.
      await withWorkspace(o, (handlers) => {
        const group = findWorkGroup(handlers, o['work-group'], '--work-group');
        const participants = call(handlers, 'participant.list', { workGroupId: group.id });
        if (o.json) return io.out(JSON.stringify(participants.map(({ id, name }) => ({ id, name }))));
        for (const p of participants) io.out(`${p.id}  ${p.name}`);
      });
      return;
    }
    case 'passphrase': {
      if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". ${USAGE}`);
      const secret = bundlePassphrase(o);
      if (o.forget === (secret !== undefined))
        throw new UsageError(
          'Give the bundle passphrase to keep (--bundle-passphrase-file FILE or WGE_BUNDLE_PASSPHRASE), or --forget, not both.',
        );
      await withWorkspace(o, (handlers) => {
        if (o.forget) {
          call(handlers, 'bundlePassphrase.forget', {});
          return io.out('This workspace no longer keeps a bundle passphrase: give it with each bundle command.');
        }
        call(handlers, 'bundlePassphrase.keep', { bundlePassphrase: secret! });
        io.out(
          'This workspace now keeps the bundle passphrase, encrypted with the workspace. Bundle commands use it when none is given; removing the workspace’s passphrase forgets it.',
        );
      });
      return;
    }
    default:
      throw new UsageError(USAGE);
  }
}

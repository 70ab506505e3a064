import { bundlePassphrase, describe, UNENCRYPTED_WARNING, whatToSend } from './bundle';
import { call, callAsync, Failure, type Io, parseWithFiles, UsageError, withWorkspace } from './common';

// wge inbox: the shared-folder inbox from a terminal. Lists the bundles waiting in the workspace's
// shared folder, imports the chosen ones, and writes this workspace's own bundle there.

const USAGE =
  '"wge inbox" needs --db F [--json] (list what is waiting), folder --db F [PATH] (show or set the shared folder; "" stops using one), import --db F NAME… (import those bundles), or send --db F [--work-group CODE --participant ID] (write this workspace’s bundle into the folder: a teacher’s updates, or a Lead’s pack); the bundle passphrase comes from --bundle-passphrase-file FILE or WGE_BUNDLE_PASSPHRASE, or is kept in the workspace.';

export async function inbox(args: string[], io: Io): Promise<void> {
  const [first, ...others] = args;
  const what = first?.startsWith('--') ? 'list' : first;
  const { o, files } = parseWithFiles(what === 'list' ? args : others, {
    'work-group': { type: 'string' },
    participant: { type: 'string' },
    'bundle-passphrase-file': { type: 'string' },
    'allow-flagged': { type: 'boolean' },
  });
  const secret = bundlePassphrase(o);
  const withSecret = secret !== undefined ? { bundlePassphrase: secret } : {};
  switch (what) {
    case 'list':
      if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". ${USAGE}`);
      return withWorkspace(o, async (handlers) => {
        const listed = await callAsync(handlers, 'inbox.list', withSecret);
        if (o.json) return io.out(JSON.stringify(listed));
        if (!listed.folder)
          return io.out('No shared folder is set for this workspace. Set one with "wge inbox folder --db F PATH".');
        if (listed.bundles.length === 0) return io.out(`Nothing new in ${listed.folder}.`);
        io.out(`Waiting in ${listed.folder}:`);
        for (const b of listed.bundles) {
          io.out(
            `${b.fileName}  ${b.createdAt ? `bundled on ${b.createdAt.slice(0, 10)}` : 'not yet read'}${b.from ? ` on ${b.from}` : ''}`,
          );
          if (b.preview) describe(b.preview, { ...io, out: (line) => io.out(`  ${line}`) }, false);
          if (b.problem) io.out(`  ${b.problem}`);
        }
        io.out('Import the ones you want with "wge inbox import --db F NAME…".');
      });
    case 'folder':
      if (files.length > 1) throw new UsageError(`Give one folder. ${USAGE}`);
      return withWorkspace(o, (handlers) => {
        const { folder } =
          files.length === 1
            ? call(handlers, 'inbox.setFolder', { folder: files[0]! })
            : call(handlers, 'inbox.status', {});
        io.out(folder ? `The shared folder is ${folder}.` : 'No shared folder is set for this workspace.');
      });
    case 'import':
      if (files.length === 0) throw new UsageError(`Name the bundles to import. ${USAGE}`);
      return withWorkspace(o, async (handlers) => {
        const { imported } = await callAsync(handlers, 'inbox.import', { fileNames: files, ...withSecret }).catch(
          (error: unknown) => {
            // A refused bundle is a failure of the file, not of how the command was typed.
            throw error instanceof UsageError ? new Failure(error.message) : error;
          },
        );
        if (o.json) return io.out(JSON.stringify(imported));
        for (const done of imported) {
          io.out(`${done.fileName}:`);
          if (!done.encrypted) io.out(UNENCRYPTED_WARNING);
          describe(done, io, true);
          if (done.backupPath) io.out(`A backup from before the merge is kept at ${done.backupPath}.`);
        }
      });
    case 'send':
      if (files.length > 0) throw new UsageError(`Unexpected "${files[0]}". ${USAGE}`);
      return withWorkspace(o, async (handlers) => {
        const { workGroupId, participantId } = whatToSend(handlers, o);
        const sent = await callAsync(handlers, 'inbox.send', {
          workGroupId,
          ...(participantId ? { participantId } : {}),
          allowFlagged: o['allow-flagged'] === true,
          ...withSecret,
        });
        io.out(`Wrote ${sent.path}. It reaches the other computer as the shared folder syncs.`);
      });
    default:
      throw new UsageError(USAGE);
  }
}

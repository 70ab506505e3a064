import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PD_ACTIVITY_TYPES } from '../../src-shared/domain/enums';
import { startWorker } from '../worker/channel';
import { WorkspaceOpenError } from '../store/errors';
import { startServer } from '../server/server';
import { Failure, type Io, openOptions, parse, requireDb, UsageError } from './common';
import { demo } from './demo';
import { passphraseCommand } from './passphrase';
import { backup, check, restore } from './backup';
import { evaluate } from './evaluate';
import { exportDocuments } from './export';
import { importSpreadsheet } from './import';
import { bundle } from './bundle';
import { themes } from './themes';
import { inbox } from './inbox';
import { trash } from './trash';
import { workgroup } from './workgroup';

const HELP = `wge: Work Group Evaluator from the command line

Usage: wge <command> [options]     (every command takes --db FILE, the workspace)

A workspace protected by a passphrase needs it with every command: --passphrase-file FILE (the
passphrase on the file's first line) or the WGE_PASSPHRASE environment variable, never typed
after the command, where others could see it. A new workspace given one is encrypted from the start.

Commands:
  serve      --db F [--port N]                       open the app in your browser (127.0.0.1 only)
  workgroup  add --db F --code C --name N --year 2025/26 --project P [--type T] --lead NAME
             list --db F [--all] [--json]
             rename --db F --code C --name N
             archive --db F --code C [--restore]
             findings --db F --code C [--set "A finding." ...] [--draft] [--json]   the report's key findings: show, set or back to the draft
  evaluate   --db F (--work-group CODE | --hub) [--json] [--as-of YYYY-MM-DD]   the year against the DfE Standard and NCETM areas
  themes     --db F (--work-group CODE | --hub [--year 2025/26]) [--json]   each theme of the codebook with its counts of coded passages
             map --db F --from CODE:"theme" --to CODE:"theme"   in the hub's themes, count one group's theme as another's
             unmap --db F --from CODE:"theme"   count it under its own name again
  demo       --db F --scale group|hub|national [--seed N] [--json]   write a new workspace of fictional demo data
  export     case-study (--child CODE | --work-group CODE) | action-research --participant ID
             | report --work-group CODE | hub-report [--project NAME] [--year 2025/26]
             --db F --out PATH [--show-school] [--allow-flagged]   Word documents (a batch writes into the folder PATH)
             | summary --work-group CODE | hub-summary [--project NAME] [--year 2025/26]   Excel workbooks (--out FILE.xlsx)
             | slides (--work-group CODE | --hub [--project NAME] [--year 2025/26])   PowerPoint slides (--out FILE.pptx), checked as the Word documents are
  import     schools|participants|attendance|observations --db F --work-group CODE FILE [--sheet NAME] [--dry-run] [--skip-errors]
             [--map "Heading=field" ...]   an .xlsx or .csv file: prints each row's fate, then imports the new rows
             (a backup is taken first); --map says which field a column holds where the headings are not understood
             | surveyResponses ... --questionnaire "title" [--occasion start|end] [--respondent "As named=Participant"...]
             answers from a Microsoft Forms or Google Forms export, into that questionnaire of the Work Group
  bundle     export --db F --work-group CODE [--participant ID] --out FILE [--allow-flagged] [--unencrypted]
             import --db F FILE [--dry-run] [--json]   carry a Work Group between machines; import merges by identity
             (encrypted with the group's bundle passphrase, from --bundle-passphrase-file FILE or WGE_BUNDLE_PASSPHRASE
             or kept in the workspace; export refuses without one unless --unencrypted is given). With --participant,
             a Lead's export is that participant's pack, which starts their own workspace when imported into a new one;
             there, export --db F --out FILE sends their updates back
             participants --db F --work-group CODE [--json]   the participants' ids, for --participant
             passphrase --db F [--forget]   keep the bundle passphrase given (in an encrypted workspace only), or forget it
  inbox      --db F [--json]   the bundles waiting in the shared folder, with who sent them and what importing would merge
             folder --db F [PATH]   show or set the shared folder (OneDrive, SharePoint, Google Drive, a USB stick)
             import --db F NAME...   import those bundles from the folder
             send --db F [--work-group CODE --participant ID]   write this workspace's bundle (a teacher's updates) into it
  trash      list --db F [--json]                    what is in the Trash (ids, when deleted)
             erase --db F (--id ID ... | --everything)   erase for good: words, names and photos go
  backup     --db F --out FILE                       a consistent copy of the workspace
  restore    --db F BACKUP                           put a backup in place (what is there now is backed up first)
  check      --db F                                  the full integrity check, in plain words
  passphrase set|change|remove --db F [--new-passphrase-file FILE]
             encrypt the workspace and its backups with a passphrase, change it or take it off
             (the new passphrase from --new-passphrase-file FILE or WGE_NEW_PASSPHRASE)
  help                                               show this text

--project names a national project; a new name is added as a project of --type, one of: ${PD_ACTIVITY_TYPES.map((t) => t.replace('_', '-')).join(', ')}.
Errors are printed on one line. Exit codes: 0 done, 1 failed, 2 wrong usage.`;

async function serve(args: string[], io: Io): Promise<void> {
  const o = parse(args, { port: { type: 'string' } });
  const port = o.port === undefined ? 0 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a number from 0 to 65535.');
  const db = requireDb(o.db);
  // Browser mode may start a new workspace, but never without saying so (a mistyped name would otherwise go unseen).
  if (!existsSync(db)) io.out(`There is no workspace at ${db}: starting a new, empty one there.`);
  // Without its passphrase, an encrypted workspace opens locked and the page asks for it.
  // The worker is built beside the command line; tests that run the command line from its sources name a built one.
  const workerFile = process.env['WGE_WORKER_FILE'] ?? join(import.meta.dirname, 'worker.js');
  const services = await startWorker(workerFile, {
    role: 'store',
    path: db,
    options: openOptions(o),
    askForPassphrase: true,
  });
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const running = await startServer((method, input) => services.call(method, input), rendererDir, port).catch(
    async (error: Error) => {
      await services.close();
      throw new Failure(`Browser mode could not start: ${error.message}. Try another --port.`);
    },
  );
  io.out(`Work Group Evaluator is running. Open this address in your browser: ${running.url}`);
  io.out('It works once, for one browser. Press Enter for another address, Ctrl+C to stop.');
  const lines = createInterface({ input: process.stdin });
  lines.on('line', () => io.out(`Another address, which also works once: ${running.newAddress()}`));
  const stop = () => {
    lines.close();
    void running.close().then(() => services.close());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs one command line and returns the exit code. */
export async function main(argv: string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return 0;
      case 'serve':
        await serve(args, io);
        return 0;
      case 'workgroup':
        await workgroup(args, io);
        return 0;
      case 'evaluate':
        await evaluate(args, io);
        return 0;
      case 'themes':
        await themes(args, io);
        return 0;
      case 'export':
        await exportDocuments(args, io);
        return 0;
      case 'backup':
        backup(args, io);
        return 0;
      case 'restore':
        restore(args, io);
        return 0;
      case 'bundle':
        await bundle(args, io);
        return 0;
      case 'inbox':
        await inbox(args, io);
        return 0;
      case 'trash':
        await trash(args, io);
        return 0;
      case 'check':
        check(args, io);
        return 0;
      case 'passphrase':
        passphraseCommand(args, io);
        return 0;
      case 'import':
        return await importSpreadsheet(args, io);
      case 'demo':
        return demo(args, io);
      default:
        throw new UsageError(`"${command}" is not a wge command. Run "wge help" to see the commands.`);
    }
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof Failure || error instanceof WorkspaceOpenError;
    const how =
      error instanceof WorkspaceOpenError && error.reason === 'passphrase_needed'
        ? ' Give the passphrase with --passphrase-file FILE or the WGE_PASSPHRASE environment variable.'
        : '';
    io.err(`wge: ${known ? (error as Error).message + how : `unexpected error: ${String(error)}`}`);
    return usage ? 2 : 1;
  }
}

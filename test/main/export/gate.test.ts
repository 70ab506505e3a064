import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { contract, methods, type Input, type Method } from '../../../src-shared/api/contract';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { addWorkGroup, wge } from '../../support/cli';
import { openWorkspace, tempFolder, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { asyncCaller } from '../exchange/support';

// The one gate: every contract method that hands a file out of the app runs the personal-data
// check and refuses while it finds something, unless the user has accepted what it found.

/** What a careless note looks like: a pupil's full name, date of birth, UPN and a parent's contact details. */
const CARELESS_NOTE =
  'Amelia Thornbury (born 03/05/2016, UPN A123456789012) explained her bar model; her mum asked for updates on 07700 900123 or mum.thornbury@example.com.';

/** A small year whose records name a pupil in the journal, in a focus child's change and in the group's name. */
function yearNamingAPupil(workspace: ReturnType<typeof tempWorkspace>) {
  const year = recordSmallYear(workspace.call);
  workspace.call('journalEntry.create', {
    participantId: year.participant.id,
    date: '2025-11-12',
    text: CARELESS_NOTE,
    areas: ['pupil_outcomes'],
  });
  workspace.call('focusChild.update', {
    id: year.child.id,
    participantId: year.participant.id,
    code: year.child.code,
    yearGroup: 'y5',
    changeNote: 'Amelia Thornbury now explains comparisons without prompting.',
  });
  workspace.call('workGroup.rename', { id: year.workGroup.id, name: 'Fractions with Amelia Thornbury’s class' });
  return year;
}

/** Every way the contract hands a file out: methods whose answer carries a file's bytes. */
const fileMethods = methods.filter((method) => {
  const output = contract[method].output as { shape?: Record<string, unknown> };
  return Boolean(output.shape && 'dataBase64' in output.shape);
});

describe('the one gate every export passes', () => {
  it('knows every method that hands a file out, so a new export cannot slip past', () => {
    // attachment.get hands a picture to the app's own screen to show; nothing leaves the computer.
    expect(fileMethods.filter((m) => m !== 'attachment.get').sort()).toEqual(
      ['bundle.export', 'export.document', 'export.workbook'].sort(),
    );
  });

  it('refuses every export of a workspace whose records name a pupil, until the user accepts what was found', async () => {
    const workspace = tempWorkspace();
    const year = yearNamingAPupil(workspace);
    const callAsync = asyncCaller(workspace.handlers);
    const requests: { [M in Method]?: Input<M>[] } = {
      'export.document': [
        { document: { kind: 'caseStudy', focusChildId: year.child.id } },
        { document: { kind: 'actionResearch', participantId: year.participant.id } },
        { document: { kind: 'report', workGroupId: year.workGroup.id } },
        { document: { kind: 'hubSummary' } },
        { document: { kind: 'workGroupSlides', workGroupId: year.workGroup.id } },
        { document: { kind: 'hubSlides' } },
      ],
      'export.workbook': [{ kind: 'workGroup', workGroupId: year.workGroup.id }, { kind: 'hub' }],
      'bundle.export': [{ workGroupId: year.workGroup.id }],
    };
    for (const method of fileMethods.filter((m) => m !== 'attachment.get')) {
      const inputs = requests[method] as object[] | undefined;
      expect(inputs, `${method} has no request in this test`).toBeDefined();
      for (const input of inputs!) {
        const label = `${method} ${JSON.stringify(input)}`;
        const refused = await dispatchAsync(workspace.handlers, method, input);
        expect(refused, label).toMatchObject({
          ok: false,
          error: { code: 'conflict', message: expect.stringMatching(/may identify someone.*“Amelia/) },
        });
        const accepted = (await callAsync(method, { ...input, allowFlagged: true } as never)) as {
          dataBase64: string;
          findings: { match: string }[];
        };
        expect(accepted.dataBase64.length, label).toBeGreaterThan(0);
        expect(
          accepted.findings.some((f) => f.match.startsWith('Amelia')),
          label,
        ).toBe(true);
      }
    }
  }, 120_000);

  it('finds in the Excel summary’s evidence log the pupil’s name, date of birth, UPN and parent’s details, cell by cell', async () => {
    const workspace = tempWorkspace();
    const year = yearNamingAPupil(workspace);
    const callAsync = asyncCaller(workspace.handlers);
    const { findings } = await callAsync('export.workbookCheck', { kind: 'workGroup', workGroupId: year.workGroup.id });
    const inLog = findings.filter((f) => /^Evidence log, cell [A-Z]+\d+$/.test(f.where));
    expect(new Set(inLog.map((f) => f.kind))).toEqual(new Set(['name', 'date_of_birth', 'upn', 'phone', 'email']));
    // The check reads the file that is made: the workbook handed out holds exactly what was checked.
    const made = await callAsync('export.workbook', {
      kind: 'workGroup',
      workGroupId: year.workGroup.id,
      allowFlagged: true,
    });
    expect(made.findings).toEqual(findings);
    const zip = await JSZip.loadAsync(Buffer.from(made.dataBase64, 'base64'));
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('UPN A123456789012');
  });

  it('lets a workbook of an ordinary year out without asking', async () => {
    const workspace = tempWorkspace();
    const year = recordSmallYear(workspace.call);
    const callAsync = asyncCaller(workspace.handlers);
    expect(
      (await callAsync('export.workbookCheck', { kind: 'workGroup', workGroupId: year.workGroup.id })).findings,
    ).toEqual([]);
    expect(await callAsync('export.workbookCheck', { kind: 'hub' })).toEqual({ findings: [], missing: [] });
    expect((await callAsync('export.workbook', { kind: 'hub' })).findings).toEqual([]);
  });
});

describe('the gate on the command line', () => {
  it('refuses every export of a workspace naming a pupil without --allow-flagged, and leaves no file or folder', async () => {
    const folder = tempFolder();
    const db = join(folder, 'year.wgdb');
    expect((await addWorkGroup(db, 'TRG-2025-01')).code).toBe(0);
    const workspace = openWorkspace(db);
    const group = workspace.call('workGroup.list', {})[0]!;
    const school = workspace.call('school.create', { name: 'Puddleby Lane Test Primary', phase: 'primary', urn: '' });
    const participant = workspace.call('participant.create', {
      workGroupId: group.id,
      schoolId: school.id,
      name: 'Ms Sample Teacher',
    });
    workspace.call('journalEntry.create', { participantId: participant.id, date: '2025-11-12', text: CARELESS_NOTE });
    workspace.call('focusChild.create', { participantId: participant.id, code: 'Y5-A01', yearGroup: 'y5' });
    workspace.call('workGroup.rename', { id: group.id, name: 'Fractions with Amelia Thornbury’s class' });
    workspace.store.close();

    const exports: [string, string[]][] = [
      ['summary.xlsx', ['export', 'summary', '--work-group', 'TRG-2025-01']],
      ['hub.xlsx', ['export', 'hub-summary']],
      ['report.docx', ['export', 'report', '--work-group', 'TRG-2025-01']],
      ['case-studies', ['export', 'case-study', '--work-group', 'TRG-2025-01']],
      ['slides.pptx', ['export', 'slides', '--work-group', 'TRG-2025-01']],
      ['year.wgbundle', ['bundle', 'export', '--work-group', 'TRG-2025-01', '--unencrypted']],
    ];
    for (const [name, command] of exports) {
      const out = join(folder, name);
      const refused = await wge(...command, '--db', db, '--out', out);
      expect(refused.code, command.join(' ')).toBe(1);
      expect(refused.out, command.join(' ')).toMatch(/“?Amelia/);
      expect(refused.err.join('\n'), command.join(' ')).toMatch(/add --allow-flagged to export anyway/);
      expect(existsSync(out), `${command.join(' ')} left ${name}`).toBe(false);
    }
    expect(readdirSync(folder).sort()).toEqual(
      ['year.wgdb', 'year.wgdb.backups'].filter((f) => existsSync(join(folder, f))),
    );

    for (const [name, command] of exports) {
      const written = await wge(...command, '--db', db, '--out', join(folder, name), '--allow-flagged');
      expect(written.code, `${command.join(' ')}: ${written.err.join(' ')}`).toBe(0);
      expect(existsSync(join(folder, name))).toBe(true);
    }
  }, 120_000);
});
